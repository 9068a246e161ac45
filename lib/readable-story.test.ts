import { expect, it } from 'vitest';
import { addDraft, addLocalChannel, addStaff, describeOnEachEngine, storyFields } from '@/db/testing';
import { readableStory } from './readable-story';

describeOnEachEngine('a story the person may read', ({ db }) => {
  it('is found for its author and the desk, and missing for another reporter or a malformed id', async () => {
    const author = await addStaff(db(), '林記者', 'reporter');
    const other = await addStaff(db(), '吳記者', 'reporter');
    const editor = await addStaff(db(), '王編輯', 'editor');
    const channel = await addLocalChannel(db(), editor.id);
    const draft = await addDraft(db(), storyFields({ channelId: channel.id, title: '草稿', text: '內文' }), author.id);

    expect((await readableStory(db(), author, draft.id))?.title).toBe('草稿');
    expect((await readableStory(db(), editor, String(draft.id)))?.id).toBe(draft.id);
    expect(await readableStory(db(), other, draft.id)).toBeUndefined();
    for (const segment of [`0${draft.id}`, `${draft.id}.0`, '99999999999', '-1', 'abc']) {
      expect(await readableStory(db(), editor, segment)).toBeUndefined();
    }
  });
});
