import { diffLines } from 'diff';
import { documentText, sanitizeDocument } from './rich-text/document';
import type { StoryFields } from './schemas/story';

interface FieldChange {
  label: string;
  before: string;
  after: string;
}

interface BodyChange {
  kind: 'added' | 'removed' | 'same';
  text: string;
}

const fieldLabels: [keyof StoryFields, string][] = [
  ['title', '標題'],
  ['subtitle', '副標題'],
  ['channelId', '頻道'],
  ['sourceName', '來源'],
  ['isOriginal', '原創'],
  ['editorId', '責編'],
  ['writerCredit', '撰稿'],
  ['photosCredit', '供圖'],
  ['photographerCredit', '攝影'],
  ['editorsNote', '編者按'],
  ['videoUrl', '影片網址'],
  ['correction', '更正說明'],
];

const show = (value: unknown) => (value === null || value === undefined || value === '' ? '（空）' : value === true ? '是' : value === false ? '否' : String(value));

/** A readable comparison of two versions: the fields that changed, and the body line by line. */
export function diffSnapshots(before: StoryFields, after: StoryFields, names: { channel: (id: number | null) => string; person: (id: number | null) => string }) {
  const fields: FieldChange[] = [];
  for (const [key, label] of fieldLabels) {
    let a: unknown = before[key];
    let b: unknown = after[key];
    if (key === 'channelId') [a, b] = [names.channel(before.channelId), names.channel(after.channelId)];
    if (key === 'editorId') [a, b] = [names.person(before.editorId), names.person(after.editorId)];
    if (show(a) !== show(b)) fields.push({ label, before: show(a), after: show(b) });
  }
  const captions = (s: StoryFields) => (s.gallery ?? []).map((g, i) => `${i + 1}. ${g.caption || '（無說明）'}｜${g.alt || '（無替代文字）'}`).join('\n');
  if (captions(before) !== captions(after)) fields.push({ label: '圖集', before: captions(before) || '（無）', after: captions(after) || '（無）' });
  const text = (s: StoryFields) => documentText(sanitizeDocument(s.body).doc) + '\n';
  const body: BodyChange[] = diffLines(text(before), text(after)).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
  return { fields, body };
}
