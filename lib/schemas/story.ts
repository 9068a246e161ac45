import { z } from 'zod';
import { rowId } from './ids';
import { type StoryDocument, isSafeHref, sanitizeDocument } from '@/lib/rich-text/document';

const text = (label: string, max: number) =>
  z
    .string({ error: `${label}格式不正確` })
    .trim()
    .max(max, `${label}不可超過 ${max} 個字`);

const optionalText = (label: string, max: number) =>
  text(label, max)
    .nullish()
    .transform((v) => (v ? v : null));

/** The longest 摘要: what a card shows uncut (lib/reader/loaders.ts), and about what a search result or social card shows. */
export const SUMMARY_MAX = 120;

/** 網址代稱 of a story: optional, lower-case Latin letters, digits and hyphens, read in the address. */
export const storySlugField = z
  .string({ error: '網址代稱格式不正確' })
  .trim()
  .toLowerCase()
  .max(80, '網址代稱不可超過 80 個字元')
  .regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/, '網址代稱只能用小寫英文字母、數字和連字號（不可在開頭或結尾）')
  .nullish()
  .transform((v) => (v ? v : null));

const id = rowId;

const galleryItemInput = z.object({
  mediaId: id('圖片不存在'),
  caption: text('圖片說明', 500),
  alt: text('替代文字', 300),
  credit: text('圖片來源', 100),
});

/** The fields a person edits in the story editor (never state, author or version). */
export const storyFieldsInput = z.object({
  title: text('標題', 200),
  subtitle: optionalText('副標題', 200),
  channelId: id('頻道不存在').nullable(),
  sourceName: text('來源', 100),
  isOriginal: z.boolean({ error: '原創格式不正確' }),
  editorId: id('責編不存在').nullable(),
  writerCredit: optionalText('撰稿', 100),
  photosCredit: optionalText('供圖', 100),
  photographerCredit: optionalText('攝影', 100),
  editorsNote: optionalText('編者按', 2000),
  // Parsed here, once: what comes out is the checked document the save path stores and renders.
  body: z.unknown().transform((value, ctx): StoryDocument => {
    const { doc, problems } = sanitizeDocument(value);
    if (!problems.length) return doc;
    const whole = '正文不是有效的文件';
    ctx.addIssue({ code: 'custom', message: problems.includes(whole) ? whole : `${whole}：${problems.slice(0, 3).join('、')}` });
    return z.NEVER;
  }),
  videoUrl: optionalText('影片網址', 2000).refine((v) => v === null || (isSafeHref(v) && /^https?:\/\//.test(v)), '影片網址必須以 http:// 或 https:// 開頭'),
  correction: optionalText('更正說明', 1000),
  // Optional keys: versions saved before these fields existed (revisions, pending) lack them.
  slug: storySlugField.optional(),
  summary: optionalText('摘要', SUMMARY_MAX).optional(),
  topicIds: z.array(id('專題不存在')).max(20, '最多加入 20 個專題').default([]),
  gallery: z.array(galleryItemInput).max(60, '圖集最多 60 張圖片').default([]),
});

/** The fields as the server has checked them: the body is a `StoryDocument`. */
export type CheckedStoryFields = z.output<typeof storyFieldsInput>;

/** The fields as the editor in the browser holds them: its body is whatever tiptap produced, unchecked until saved. */
export type StoryFields = Omit<CheckedStoryFields, 'body'> & { body: unknown };

/** A save from the editor: the version it started from guards against overwriting others. */
export const storySaveInput = z.object({
  storyId: id('找不到這篇稿件').optional(),
  baseVersion: z.number().int().positive().optional(),
  autosave: z.boolean().default(false),
  fields: storyFieldsInput,
});

/** Server actions receive the editor's state as one JSON field, capped in size. */
export function jsonField<S extends z.ZodType>(schema: S) {
  return z
    .string({ error: '資料格式不正確' })
    .max(1_500_000, '內容過大，請分成多篇或刪減圖片')
    .transform((raw, ctx) => {
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: '資料格式不正確' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

export const commentInput = z.object({
  storyId: id('找不到這篇稿件'),
  body: z.string({ error: '請輸入留言' }).trim().min(1, '請輸入留言').max(2000, '留言不可超過 2000 個字'),
});
