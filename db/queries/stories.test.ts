import { expect, it } from 'vitest';
import { documentFromBlocks, sanitizeDocument } from '@/lib/rich-text/document';
import { describeOnEachEngine } from '../testing';
import type { Db } from '../client';
import { storyRevisions, auditLog } from '../schema';
import { createChannel } from './channels';
import { createStaff } from './staff';
import { type StoryInput, createStory, decodeCursor, getPublishedStory, listPublishedStories } from './stories';

async function newsroom(db: Db) {
  const author = await createStaff(db, { name: '林', email: 'lin@news.example', role: 'reporter', passwordHash: 'x', mustChangePassword: false, actorId: null });
  const channel = await createChannel(db, { slug: 'local', name: '本地', position: 0 });
  const story = (overrides: Partial<StoryInput>) =>
    createStory(
      db,
      {
        title: '標題',
        channelId: channel.id,
        sourceName: '本網',
        isOriginal: true,
        body: documentFromBlocks([{ type: 'p', text: '內文' }]),
        state: 'published',
        publishedAt: new Date(Date.now() - 60_000),
        authorId: author.id,
        ...overrides,
      },
      author.id,
    );
  return { author, channel, story };
}

describeOnEachEngine('stories', ({ db }) => {
  it('shows readers only published stories that are due and not deleted', async () => {
    const { story } = await newsroom(db());
    const published = await story({ title: '已發佈' });
    const draft = await story({ title: '草稿', state: 'draft', publishedAt: null });
    const inReview = await story({ title: '待審', state: 'in_review' });
    const scheduled = await story({ title: '排程', state: 'scheduled', publishedAt: new Date(Date.now() + 3_600_000) });
    const notDue = await story({ title: '未到時間', publishedAt: new Date(Date.now() + 3_600_000) });
    const deleted = await story({ title: '已刪除' });
    await db().execute(`update stories set deleted_at = now() where id = ${deleted.id}`);

    expect((await getPublishedStory(db(), published.id))?.title).toBe('已發佈');
    for (const hidden of [draft, inReview, scheduled, notDue, deleted]) expect(await getPublishedStory(db(), hidden.id)).toBeUndefined();
    expect((await listPublishedStories(db(), { limit: 10 })).items.map((s) => s.title)).toEqual(['已發佈']);
  });

  it('renders the body on save and writes a revision and an audit entry', async () => {
    const { story } = await newsroom(db());
    const created = await story({ body: sanitizeDocument({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '<b>粗</b>' }] }] }).doc });
    expect(created.bodyHtml).toBe('<p>&lt;b&gt;粗&lt;/b&gt;</p>');
    expect(created.bodyText).toBe('<b>粗</b>');
    expect(await db().select().from(storyRevisions)).toHaveLength(1);
    expect((await db().select().from(auditLog)).map((e) => e.action)).toContain('story.create');
  });

  it('pages newest first by keyset, stable when a newer story arrives', async () => {
    const { story } = await newsroom(db());
    const base = Date.now() - 10 * 60_000;
    for (let i = 0; i < 5; i++) await story({ title: `第${i}則`, publishedAt: new Date(base + i * 1000) });
    const first = await listPublishedStories(db(), { limit: 2 });
    expect(first.items.map((s) => s.title)).toEqual(['第4則', '第3則']);
    await story({ title: '最新', publishedAt: new Date() });
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
