import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Actor } from '@/lib/permissions';
import type { Db } from '../client';
import { addDraft, addLocalChannel, addMedia, addPublishedStory, addStaff, describeOnEachEngine, storyFields } from '../testing';
import { auditLog } from '../schema';
import {
  addStoryToTopic,
  addTopic,
  getTopicForAdmin,
  getVisibleTopic,
  listTopicsForAdmin,
  moveTopicStory,
  removeStoryFromTopic,
  searchStoriesForTopic,
  setTopicVisible,
  updateTopic,
} from './topics';

async function setup(db: Db) {
  const admin = await addStaff(db, '管', 'admin', 'admin@news.example');
  const channel = await addLocalChannel(db, admin.id);
  const fields = (title: string) => storyFields({ channelId: channel.id, title, text: '內文' });
  const story = (title: string) => addPublishedStory(db, fields(title), { authorId: admin.id, publisherId: admin.id });
  const draft = (title: string) => addDraft(db, fields(title), admin.id);
  const topic = () => addTopic(db, { title: '冰雪季', slug: 'ice', summary: '冬天的城市', coverMediaId: null }, admin.id);
  return { admin, story, draft, topic };
}

const order = async (db: Db, topicId: number, actor: Actor) => (await getTopicForAdmin(db, { topicId, actor }))!.stories.map((s) => s.title);

describeOnEachEngine('topic administration', ({ db }) => {
  it('a new topic stays hidden until published', async () => {
    const { admin, topic } = await setup(db());
    const created = await topic();
    expect(created.visible).toBe(false);
    expect(await getVisibleTopic(db(), 'ice')).toBeUndefined();
    await setTopicVisible(db(), { topicId: created.id, visible: true }, admin.id);
    expect((await getVisibleTopic(db(), 'ice'))?.title).toBe('冰雪季');
    const actions = (await db().select().from(auditLog).where(eq(auditLog.subjectType, 'topic'))).map((e) => e.action);
    expect(actions).toEqual(['topic.create', 'topic.publish']);
  });

  it('adds stories at the end, reorders and removes them; readers see only published ones', async () => {
    const { admin, story, draft: addDraftStory, topic } = await setup(db());
    const created = await topic();
    const a = await story('甲篇');
    const b = await story('乙篇');
    const draft = await addDraftStory('草稿篇');
    for (const s of [a, b, draft]) await addStoryToTopic(db(), { topicId: created.id, storyId: s.id }, admin.id);
    await expect(addStoryToTopic(db(), { topicId: created.id, storyId: a.id }, admin.id)).rejects.toMatchObject({ reason: 'already_added' });
    expect(await order(db(), created.id, admin)).toEqual(['甲篇', '乙篇', '草稿篇']);

    expect(await moveTopicStory(db(), { topicId: created.id, storyId: b.id, direction: 'up' }, admin.id)).toMatchObject({ moved: true });
    expect(await order(db(), created.id, admin)).toEqual(['乙篇', '甲篇', '草稿篇']);
    expect(await moveTopicStory(db(), { topicId: created.id, storyId: b.id, direction: 'up' }, admin.id)).toMatchObject({ moved: false });

    await setTopicVisible(db(), { topicId: created.id, visible: true }, admin.id);
    expect((await getVisibleTopic(db(), 'ice'))!.stories.map((s) => s.title)).toEqual(['乙篇', '甲篇']);

    await removeStoryFromTopic(db(), { topicId: created.id, storyId: b.id }, admin.id);
    expect(await order(db(), created.id, admin)).toEqual(['甲篇', '草稿篇']);
    const empty = await addTopic(db(), { title: '空專題', slug: 'empty', summary: '', coverMediaId: null }, admin.id);
    const counts = Object.fromEntries((await listTopicsForAdmin(db(), admin)).map((t) => [t.id, t.storyCount]));
    expect(counts).toEqual({ [created.id]: 2, [empty.id]: 0 });
  });

  it('finds stories to add by text in either script or by id, leaving out those already in it', async () => {
    const { admin, story, topic } = await setup(db());
    const created = await topic();
    const snow = await story('長春冰雪節開幕');
    await story('高鐵新線通車');
    expect((await searchStoriesForTopic(db(), { topicId: created.id, actor: admin, query: '冰雪' })).map((s) => s.id)).toEqual([snow.id]);
    expect((await searchStoriesForTopic(db(), { topicId: created.id, actor: admin, query: '长春' })).map((s) => s.id)).toEqual([snow.id]);
    expect((await searchStoriesForTopic(db(), { topicId: created.id, actor: admin, query: String(snow.id) })).map((s) => s.id)).toContain(snow.id);
    await addStoryToTopic(db(), { topicId: created.id, storyId: snow.id }, admin.id);
    expect(await searchStoriesForTopic(db(), { topicId: created.id, actor: admin, query: '冰雪' })).toEqual([]);
    expect(await searchStoriesForTopic(db(), { topicId: created.id, actor: admin, query: '  ' })).toEqual([]);
  });

  it('edits title, slug, summary and cover, refusing a taken slug or an unknown cover', async () => {
    const { admin, topic } = await setup(db());
    const created = await topic();
    await addTopic(db(), { title: '其他', slug: 'other', summary: '', coverMediaId: null }, admin.id);
    const photo = await addMedia(db());
    const fields = { topicId: created.id, title: '冰雪季專題', slug: 'ice-2026', summary: '新的摘要', coverMediaId: photo.id };
    const { before, after } = await updateTopic(db(), fields, admin.id);
    expect(before.slug).toBe('ice');
    expect(after).toMatchObject({ slug: 'ice-2026', coverMediaId: photo.id });
    await expect(updateTopic(db(), { ...fields, slug: 'other' }, admin.id)).rejects.toMatchObject({ reason: 'slug_taken' });
    await expect(updateTopic(db(), { ...fields, coverMediaId: 9999 }, admin.id)).rejects.toMatchObject({ reason: 'cover_not_found' });
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, 'topic.update'));
    expect(entry).toMatchObject({ before: { title: '冰雪季', slug: 'ice' }, after: { title: '冰雪季專題', slug: 'ice-2026' } });
  });
});
