import { describe, expect, it } from 'vitest';
import type { StorySnapshot } from '@/lib/story-snapshot';
import { documentFromBlocks } from './rich-text/document';
import { diffSnapshots } from './story-diff';

const base: StorySnapshot = {
  title: '舊標題',
  subtitle: null,
  channelId: 1,
  sourceName: '本網',
  isOriginal: true,
  editorId: null,
  writerCredit: '林',
  photosCredit: null,
  photographerCredit: null,
  editorsNote: null,
  body: documentFromBlocks([{ type: 'p', text: '第一段' }, { type: 'p', text: '第二段' }]),
  videoUrl: null,
  correction: null,
  topicIds: [],
  gallery: [],
};
const names = { channel: (id: number | null) => (id === 1 ? '要聞' : id === 2 ? '原創' : '（無）'), person: (id: number | null) => (id ? `人${id}` : '（無）') };

describe('diffSnapshots', () => {
  it('lists changed fields with names, not ids, and diffs the body by line', () => {
    const after = { ...base, title: '新標題', channelId: 2, editorId: 5, body: documentFromBlocks([{ type: 'p', text: '第一段' }, { type: 'p', text: '改過的第二段' }]) };
    const { fields, body } = diffSnapshots(base, after, names);
    expect(fields).toEqual([
      { label: '標題', before: '舊標題', after: '新標題' },
      { label: '頻道', before: '要聞', after: '原創' },
      { label: '責編', before: '（無）', after: '人5' },
    ]);
    expect(body).toEqual([
      { kind: 'same', text: '第一段\n' },
      { kind: 'removed', text: '第二段\n' },
      { kind: 'added', text: '改過的第二段\n' },
    ]);
  });

  it('finds nothing between equal versions', () => {
    const { fields, body } = diffSnapshots(base, { ...base }, names);
    expect(fields).toEqual([]);
    expect(body.every((b) => b.kind === 'same')).toBe(true);
  });
});
