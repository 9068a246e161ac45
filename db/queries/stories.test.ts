import { expect, it } from 'vitest';
import { sanitizeDocument } from '@/lib/rich-text/document';
import type { CheckedStoryFields } from '@/lib/schemas/story';
import { addDraft, addLocalChannel, addPublishedStory, addStaff, describeOnEachEngine, markStoryDeleted, storyFields } from '../testing';
import type { Db } from '../client';
import { storyRevisions, auditLog } from '../schema';
import { decodeCursor, getPublishedStory, listPublishedStories } from './stories';
import { moveStory } from './story-workflow';

async function newsroom(db: Db) {
  const author = await addStaff(db, '林', 'reporter', 'lin@news.example');
  const editor = await addStaff(db, '周', 'editor', 'zhou@news.example');
  const channel = await addLocalChannel(db, editor.id);
  const fields = (overrides: Partial<CheckedStoryFields>) => storyFields({ channelId: channel.id, title: '標題', text: '內文' }, overrides);
  const draft = (overrides: Partial<CheckedStoryFields> = {}) => addDraft(db, fields(overrides), author.id);
  const story = (overrides: Partial<CheckedStoryFields> = {}, publishedAt?: Date) => addPublishedStory(db, fields(overrides), { authorId: author.id, publisherId: editor.id }, publishedAt);
  return { author, editor, channel, draft, story };
}

describeOnEachEngine('stories', ({ db }) => {
  it('shows readers only published stories that are due and not deleted', async () => {
    const { author, editor, draft: addDraftStory, story } = await newsroom(db());
    const published = await story({ title: '已發佈' });
    const draft = await addDraftStory({ title: '草稿' });
    const submitted = await addDraftStory({ title: '待審' });
    const inReview = await moveStory(db(), { storyId: submitted.id, baseVersion: submitted.version, move: 'submit', actorId: author.id });
    const toSchedule = await addDraftStory({ title: '排程' });
    const scheduled = await moveStory(db(), {
      storyId: toSchedule.id,
      baseVersion: toSchedule.version,
      move: 'schedule',
      actorId: editor.id,
      assignSelfAsEditor: true,
      publishAt: new Date(Date.now() + 3_600_000),
    });
    const notDue = await story({ title: '未到時間' }, new Date(Date.now() + 3_600_000));
    const deleted = await story({ title: '已刪除' });
    await markStoryDeleted(db(), deleted.id);
    expect([inReview.state, scheduled.state, notDue.state]).toEqual(['in_review', 'scheduled', 'published']);

    expect((await getPublishedStory(db(), published.id))?.title).toBe('已發佈');
    for (const hidden of [draft, inReview, scheduled, notDue, deleted]) expect(await getPublishedStory(db(), hidden.id)).toBeUndefined();
    expect((await listPublishedStories(db(), { limit: 10 })).items.map((s) => s.title)).toEqual(['已發佈']);
  });

  it('renders the body on save and writes a revision and an audit entry', async () => {
    const { draft } = await newsroom(db());
    const created = await draft({ body: sanitizeDocument({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '<b>粗</b>' }] }] }).doc });
    expect(created.bodyHtml).toBe('<p>&lt;b&gt;粗&lt;/b&gt;</p>');
    expect(created.bodyText).toBe('<b>粗</b>');
    expect(await db().select().from(storyRevisions)).toHaveLength(1);
    expect((await db().select().from(auditLog)).map((e) => e.action)).toContain('story.create');
  });

  it('pages newest first by keyset, stable when a newer story arrives', async () => {
    const { story } = await newsroom(db());
    const base = Date.now() - 10 * 60_000;
    for (let i = 0; i < 5; i++) await story({ title: `第${i}則` }, new Date(base + i * 1000));
    const first = await listPublishedStories(db(), { limit: 2 });
    expect(first.items.map((s) => s.title)).toEqual(['第4則', '第3則']);
    await story({ title: '最新' }, new Date());
    const second = await listPublishedStories(db(), { limit: 2, cursor: decodeCursor(first.next) });
    expect(second.items.map((s) => s.title)).toEqual(['第2則', '第1則']);
    const third = await listPublishedStories(db(), { limit: 2, cursor: decodeCursor(second.next) });
    expect(third.items.map((s) => s.title)).toEqual(['第0則']);
    expect(third.next).toBeUndefined();
  });

  it('ignores a malformed cursor', () => {
    expect(decodeCursor('1;drop table')).toBeUndefined();
    expect(decodeCursor(undefined)).toBeUndefined();
    expect(decodeCursor('1700000000000_42')).toEqual({ publishedAt: new Date(1700000000000), id: 42 });
  });
});
