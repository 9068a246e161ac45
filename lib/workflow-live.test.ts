import { describe, expect, it } from 'vitest';
import type { StoryState } from '@/db/schema';
import { can } from './permissions';
import { documentFromBlocks } from './rich-text/document';
import type { CheckedStoryFields } from './schemas/story';
import { editorOnSave, isLive, sameStoryContent } from './workflow';

const states: StoryState[] = ['draft', 'in_review', 'scheduled', 'published', 'unpublished'];

describe('live stories', () => {
  it.each(states)('%s is live only when readers see it or are about to', (state) => {
    expect(isLive(state)).toBe(state === 'published' || state === 'scheduled');
  });

  it.each<[string, Parameters<typeof editorOnSave>[0], ReturnType<typeof editorOnSave>]>([
    ['a reporter’s choice is ignored on a draft', { state: 'draft', current: null, wanted: 7, mayAssign: false }, { editorId: null }],
    ['a reporter cannot clear a live story’s 責編', { state: 'published', current: 7, wanted: null, mayAssign: false }, { editorId: 7 }],
    ['an editor sets it on a draft', { state: 'draft', current: null, wanted: 7, mayAssign: true }, { editorId: 7 }],
    ['an editor clears it on a draft', { state: 'in_review', current: 7, wanted: null, mayAssign: true }, { editorId: null }],
    ['an unchanged 責編 saves on a live story', { state: 'published', current: 7, wanted: 7, mayAssign: true }, { editorId: 7 }],
    ['a save never clears a published story’s 責編', { state: 'published', current: 7, wanted: null, mayAssign: true }, { refused: '已發佈或排程的稿件不能沒有責編' }],
    ['a save never changes a scheduled story’s 責編', { state: 'scheduled', current: 7, wanted: 8, mayAssign: true }, { refused: '已發佈或排程的稿件須以「更換責編」變更責編' }],
    ['an unpublished story is edited freely', { state: 'unpublished', current: 7, wanted: null, mayAssign: true }, { editorId: null }],
  ])('%s', (_, input, expected) => {
    expect(editorOnSave(input)).toEqual(expected);
  });

  it('a reporter may edit an own live story (into its pending version) but never one in review or another’s', () => {
    const reporter = { id: 3, role: 'reporter' as const, active: true };
    expect(can(reporter, 'story.edit', { authorId: 3, state: 'published' })).toBe(true);
    expect(can(reporter, 'story.edit', { authorId: 3, state: 'scheduled' })).toBe(true);
    expect(can(reporter, 'story.edit', { authorId: 3, state: 'unpublished' })).toBe(false);
    expect(can(reporter, 'story.edit', { authorId: 9, state: 'published' })).toBe(false);
    expect(can(reporter, 'story.publish', { authorId: 3, state: 'published' })).toBe(false);
  });
});

describe('sameStoryContent', () => {
  const fields = (overrides: Partial<CheckedStoryFields> = {}): CheckedStoryFields => ({
    title: '標題',
    subtitle: null,
    channelId: 1,
    sourceName: '本網',
    isOriginal: true,
    editorId: 7,
    writerCredit: null,
    photosCredit: null,
    photographerCredit: null,
    editorsNote: null,
    body: documentFromBlocks([{ type: 'p', text: '正文一段' }]),
    videoUrl: null,
    correction: null,
    topicIds: [2, 1],
    gallery: [{ mediaId: 5, caption: '說明', alt: '替代', credit: '' }],
    ...overrides,
  });

  it('ignores key order and topic order', () => {
    const reordered = Object.fromEntries(Object.entries(fields()).reverse()) as CheckedStoryFields;
    expect(sameStoryContent(reordered, fields({ topicIds: [1, 2] }))).toBe(true);
  });

  it.each<[string, Partial<CheckedStoryFields>]>([
    ['the body', { body: documentFromBlocks([{ type: 'p', text: '正文一段，加一句' }]) }],
    ['the title', { title: '新標題' }],
    ['a photo’s alt text', { gallery: [{ mediaId: 5, caption: '說明', alt: '', credit: '' }] }],
    ['the 更正說明', { correction: '已更正地名' }],
    ['the 責編', { editorId: 8 }],
  ])('sees a change in %s', (_, change) => {
    expect(sameStoryContent(fields(), fields(change))).toBe(false);
  });
});
