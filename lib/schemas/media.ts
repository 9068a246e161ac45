import { z } from 'zod';
import { rowId } from './ids';

const mediaId = z.coerce.number({ error: '找不到這個媒體' }).int().positive('找不到這個媒體');

export const mediaTextInput = z.object({
  id: mediaId,
  caption: z.string().trim().max(2000, '圖片說明不可超過 2000 個字').default(''),
  alt: z.string().trim().max(500, '替代文字不可超過 500 個字').default(''),
  credit: z.string().trim().max(200, '圖片來源不可超過 200 個字').default(''),
});

export const mediaIdInput = z.object({ id: mediaId });

export const videoPosterInput = z.object({
  id: mediaId,
  // Empty clears the poster.
  posterId: z.union([z.literal(''), z.coerce.number().int().positive()]).transform((v) => (v === '' ? null : v)),
});

/** The library's search form, read from the address; anything unusable is ignored. */
export const mediaFilterInput = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  kind: z.enum(['image', 'video']).optional().catch(undefined),
  uploader: z.coerce.number().int().positive().optional().catch(undefined),
  before: z.coerce.number().int().positive().optional().catch(undefined),
});

/** The library picker's request: text to search for, the kind a slot takes, and where the last page ended. */
export const mediaPickerInput = z.object({
  q: z.string({ error: '搜尋文字格式不正確' }).trim().max(100, '搜尋文字不可超過 100 個字').default(''),
  kind: z.enum(['image', 'video'], { error: '媒體類型不正確' }),
  before: rowId('頁碼不正確').optional(),
});

const percent = (label: string) =>
  z.coerce
    .number({ error: `${label}須為 0 到 100 的數字` })
    .min(0, `${label}須為 0 到 100 的數字`)
    .max(100, `${label}須為 0 到 100 的數字`)
    .transform((v) => Math.round(v));

/** 焦點: a point on the photo, in percent from its left and top edges. */
export const mediaFocusInput = z.object({
  id: mediaId,
  focalX: percent('焦點的左右位置'),
  focalY: percent('焦點的上下位置'),
});
