import { describe, expect, it } from 'vitest';
import { editorChoices, emptyStoryFields } from './editor-story';

const options = { channels: [], topics: [], editors: [{ id: 2, name: '周敏華' }] };
const story = (editorId: number | null, editorName: string | null) => ({ fields: { ...emptyStoryFields('本網'), editorId }, editorName });

describe('the 責編 choices of a story', () => {
  it('are the active editors when the story’s 責編 is one of them, or it has none', () => {
    expect(editorChoices(options, story(2, '周敏華'))).toEqual(options.editors);
    expect(editorChoices(options, story(null, null))).toEqual(options.editors);
    expect(editorChoices(options, null)).toEqual(options.editors);
  });

  it('keep a 責編 who has left, marked, so the form does not show （未指定）', () => {
    expect(editorChoices(options, story(7, '王志遠'))).toEqual([...options.editors, { id: 7, name: '王志遠（已停用）' }]);
  });
});
