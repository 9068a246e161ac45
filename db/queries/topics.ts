import { and, asc, desc, eq, isNull, ne, notInArray, or, sql } from 'drizzle-orm';
import { foldForSearch } from '@/lib/chinese/convert';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '@/lib/permissions';
import { RuleError } from '@/lib/errors';
import type { Db } from '../client';
import { type Topic, media, stories, topicStories, topics } from '../schema';
import { recordAudit } from './audit';
import { readableBy } from './story-access';
import { leadFocusColumn, publicStory, summaryColumn } from './stories';

const countedStory = alias(stories, 'counted_story');

export async function getVisibleTopic(db: Db, slug: string) {
  const [topic] = await db
    .select()
    .from(topics)
    .where(and(eq(topics.slug, slug), eq(topics.visible, true)));
  if (!topic) return undefined;
  const items = await db
    .select({ id: stories.id, title: stories.title, publishedAt: stories.publishedAt })
    .from(topicStories)
    .innerJoin(stories, eq(stories.id, topicStories.storyId))
    .where(and(eq(topicStories.topicId, topic.id), publicStory()))
    .orderBy(asc(topicStories.position));
  return { ...topic, stories: items };
}

// Administration: every change below runs in one transaction with its audit entry.


interface TopicFields {
  title: string;
  slug: string;
  summary: string;
  coverMediaId: number | null;
}

/** Every topic, hidden ones too, newest first, with how many stories each holds that `actor` may read. */
export function listTopicsForAdmin(db: Db, actor: Actor) {
  return db
    .select({
      id: topics.id,
      slug: topics.slug,
      title: topics.title,
      visible: topics.visible,
      updatedAt: topics.updatedAt,
      // Columns inside sql`` render unqualified here, so the outer table is named explicitly.
      storyCount: sql<number>`(select count(*)::int from ${topicStories} ts join ${stories} counted_story on counted_story.id = ts.story_id where ts.topic_id = ${topics}.id and ${readableBy(actor, countedStory)})`,
    })
    .from(topics)
    .orderBy(desc(topics.createdAt), desc(topics.id));
}

/**
 * One topic with its stories in order, whatever their state (the desk sees what readers will
 * not), as far as `actor` may read them.
 */
export async function getTopicForAdmin(db: Db, input: { topicId: number; actor: Actor }) {
  const { topicId, actor } = input;
  const [topic] = await db.select().from(topics).where(eq(topics.id, topicId));
  if (!topic) return undefined;
  const items = await db
    .select({ id: stories.id, title: stories.title, state: stories.state, publishedAt: stories.publishedAt, deletedAt: stories.deletedAt })
    .from(topicStories)
    .innerJoin(stories, eq(stories.id, topicStories.storyId))
    .where(and(eq(topicStories.topicId, topicId), readableBy(actor)))
    .orderBy(asc(topicStories.position), asc(stories.id));
  return { ...topic, stories: items };
}

/**
 * Stories to add to a topic: matched by id or by text in either script, not deleted, not
 * already in it, and readable by `actor`.
 */
export async function searchStoriesForTopic(db: Db, input: { topicId: number; query: string; actor: Actor; limit?: number }) {
  const query = input.query.trim();
  if (!query) return [];
  const folded = foldForSearch(query);
  const asId = /^\d{1,9}$/.test(query) ? Number(query) : undefined;
  const inTopic = db.select({ id: topicStories.storyId }).from(topicStories).where(eq(topicStories.topicId, input.topicId));
  return db
    .select({ id: stories.id, title: stories.title, state: stories.state, publishedAt: stories.publishedAt })
    .from(stories)
    .where(
      and(
        isNull(stories.deletedAt),
        readableBy(input.actor),
        notInArray(stories.id, inTopic),
        or(sql`strpos(${stories.searchText}, ${folded}) > 0`, asId !== undefined ? eq(stories.id, asId) : undefined),
      ),
    )
    .orderBy(sql`${stories.publishedAt} desc nulls last`, desc(stories.id))
    .limit(input.limit ?? 20);
}

/** Recent photos that can be a topic's cover. */
export function listCoverChoices(db: Db, limit = 60) {
  return db
    .select({ id: media.id, fileKey: media.fileKey, alt: media.alt, caption: media.caption, originalName: media.originalName })
    .from(media)
    .where(eq(media.kind, 'image'))
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(limit);
}

async function lockTopic(tx: Db, topicId: number): Promise<Topic> {
  const [row] = await tx.select().from(topics).where(eq(topics.id, topicId)).for('update');
  if (!row) throw new RuleError('not_found', 'not_found', '找不到這個專題');
  return row;
}

async function assertTopicFields(tx: Db, fields: TopicFields, exceptId?: number): Promise<void> {
  const [taken] = await tx
    .select({ id: topics.id })
    .from(topics)
    .where(and(eq(topics.slug, fields.slug), exceptId ? ne(topics.id, exceptId) : undefined));
  if (taken) throw new RuleError('conflict', 'slug_taken', '這個網址代稱已被其他專題使用', { field: 'slug' });
  if (fields.coverMediaId !== null) {
    const [cover] = await tx
      .select({ id: media.id })
      .from(media)
      .where(and(eq(media.id, fields.coverMediaId), eq(media.kind, 'image')));
    if (!cover) throw new RuleError('conflict', 'cover_not_found', '找不到這張封面圖片', { field: 'coverMediaId' });
  }
}

/** A new topic starts hidden, so it can be filled before readers see it. */
export async function addTopic(db: Db, input: TopicFields, actorId: number): Promise<Topic> {
  return db.transaction(async (tx) => {
    await assertTopicFields(tx, input);
    const [row] = await tx
      .insert(topics)
      .values({ ...input, visible: false })
      .returning();
    await recordAudit(tx, { actorId, action: 'topic.create', subjectType: 'topic', subjectId: row!.id, after: input });
    return row!;
  });
}

/** Returns the topic before and after, so the caller can refresh both addresses. */
export async function updateTopic(db: Db, input: TopicFields & { topicId: number }, actorId: number) {
  return db.transaction(async (tx) => {
    const { topicId, ...fields } = input;
    const before = await lockTopic(tx, topicId);
    await assertTopicFields(tx, fields, topicId);
    const [after] = await tx
      .update(topics)
      .set({ ...fields, updatedAt: new Date() })
      .where(eq(topics.id, topicId))
      .returning();
    const changed = (Object.keys(fields) as (keyof TopicFields)[]).filter((k) => fields[k] !== before[k]);
    if (changed.length) {
      await recordAudit(tx, {
        actorId,
        action: 'topic.update',
        subjectType: 'topic',
        subjectId: topicId,
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, fields[k]])),
      });
    }
    return { before, after: after! };
  });
}

/** 發佈 or 隱藏 a topic. */
export async function setTopicVisible(db: Db, input: { topicId: number; visible: boolean }, actorId: number): Promise<Topic> {
  return db.transaction(async (tx) => {
    const before = await lockTopic(tx, input.topicId);
    if (before.visible === input.visible) return before;
    const [row] = await tx
      .update(topics)
      .set({ visible: input.visible, updatedAt: new Date() })
      .where(eq(topics.id, input.topicId))
      .returning();
    await recordAudit(tx, {
      actorId,
      action: input.visible ? 'topic.publish' : 'topic.hide',
      subjectType: 'topic',
      subjectId: input.topicId,
      before: { visible: before.visible },
      after: { visible: input.visible },
    });
    return row!;
  });
}

async function orderedStoryIds(tx: Db, topicId: number): Promise<number[]> {
  const rows = await tx
    .select({ storyId: topicStories.storyId })
    .from(topicStories)
    .where(eq(topicStories.topicId, topicId))
    .orderBy(asc(topicStories.position), asc(topicStories.storyId));
  return rows.map((r) => r.storyId);
}

async function writeOrder(tx: Db, topicId: number, storyIds: number[]): Promise<void> {
  for (const [position, storyId] of storyIds.entries()) {
    await tx
      .update(topicStories)
      .set({ position })
      .where(and(eq(topicStories.topicId, topicId), eq(topicStories.storyId, storyId)));
  }
  await tx.update(topics).set({ updatedAt: new Date() }).where(eq(topics.id, topicId));
}

/** Adds a story at the end of the topic. */
export async function addStoryToTopic(db: Db, input: { topicId: number; storyId: number }, actorId: number): Promise<Topic> {
  return db.transaction(async (tx) => {
    const topic = await lockTopic(tx, input.topicId);
    const [story] = await tx
      .select({ id: stories.id, title: stories.title })
      .from(stories)
      .where(and(eq(stories.id, input.storyId), isNull(stories.deletedAt)));
    if (!story) throw new RuleError('conflict', 'story_not_found', '找不到這篇稿件');
    const ids = await orderedStoryIds(tx, topic.id);
    if (ids.includes(story.id)) throw new RuleError('conflict', 'already_added', '這篇稿件已在專題中');
    await tx.insert(topicStories).values({ topicId: topic.id, storyId: story.id, position: ids.length });
    await writeOrder(tx, topic.id, [...ids, story.id]);
    await recordAudit(tx, {
      actorId,
      action: 'topic.story.add',
      subjectType: 'topic',
      subjectId: topic.id,
      after: { storyId: story.id, title: story.title },
    });
    return topic;
  });
}

export async function removeStoryFromTopic(db: Db, input: { topicId: number; storyId: number }, actorId: number): Promise<Topic> {
  return db.transaction(async (tx) => {
    const topic = await lockTopic(tx, input.topicId);
    const removed = await tx
      .delete(topicStories)
      .where(and(eq(topicStories.topicId, topic.id), eq(topicStories.storyId, input.storyId)))
      .returning({ storyId: topicStories.storyId });
    if (!removed.length) throw new RuleError('conflict', 'story_not_found', '這篇稿件不在專題中');
    await writeOrder(tx, topic.id, await orderedStoryIds(tx, topic.id));
    await recordAudit(tx, { actorId, action: 'topic.story.remove', subjectType: 'topic', subjectId: topic.id, before: { storyId: input.storyId } });
    return topic;
  });
}

/** Swaps a story with its neighbour in the topic's order; false when it is already at that end. */
export async function moveTopicStory(
  db: Db,
  input: { topicId: number; storyId: number; direction: 'up' | 'down' },
  actorId: number,
): Promise<{ topic: Topic; moved: boolean }> {
  return db.transaction(async (tx) => {
    const topic = await lockTopic(tx, input.topicId);
    const ids = await orderedStoryIds(tx, topic.id);
    const from = ids.indexOf(input.storyId);
    if (from < 0) throw new RuleError('conflict', 'story_not_found', '這篇稿件不在專題中');
    const to = input.direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= ids.length) return { topic, moved: false };
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    await writeOrder(tx, topic.id, ids);
    await recordAudit(tx, {
      actorId,
      action: 'topic.story.move',
      subjectType: 'topic',
      subjectId: topic.id,
      before: { storyId: input.storyId, order: from + 1 },
      after: { storyId: input.storyId, order: to + 1 },
    });
    return { topic, moved: true };
  });
}

// ---- Reader (issue 4): topics with their covers and curated stories. ----

// Qualified by hand: drizzle names a single table's columns bare, which a subquery would
// resolve against its own tables (media.id) instead.
const topicId = sql.raw('"topics"."id"');
const topicCover = sql.raw('"topics"."cover_media_id"');

const coverColumns = {
  coverFileKey: sql<string | null>`(select m.file_key from media m where m.id = ${topicCover})`,
  coverWidth: sql<number | null>`(select m.width from media m where m.id = ${topicCover})`,
  coverHeight: sql<number | null>`(select m.height from media m where m.id = ${topicCover})`,
  coverAlt: sql<string | null>`(select m.alt from media m where m.id = ${topicCover})`,
};

const listedStory = alias(stories, 'listed_story');

/**
 * Visible topics, newest first, with a cover (or else the lead photo of their first public
 * story) and how many public stories each holds: a draft in a topic shows nowhere.
 */
export function listVisibleTopicCards(db: Db, now = new Date()) {
  const isPublic = publicStory(now, listedStory);
  return db
    .select({
      id: topics.id,
      slug: topics.slug,
      title: topics.title,
      summary: topics.summary,
      ...coverColumns,
      fallbackFileKey: sql<string | null>`(select m.file_key from topic_stories ts join ${stories} listed_story on listed_story.id = ts.story_id join story_media sm on sm.story_id = ts.story_id join media m on m.id = sm.media_id where ts.topic_id = ${topicId} and ${isPublic} order by ts.position, sm.position limit 1)`,
      storyCount: sql<number>`(select count(*)::int from topic_stories ts join ${stories} listed_story on listed_story.id = ts.story_id where ts.topic_id = ${topicId} and ${isPublic})`,
    })
    .from(topics)
    .where(eq(topics.visible, true))
    .orderBy(desc(topics.createdAt), desc(topics.id));
}

/** A visible topic with its cover and its public stories in the curated order. */
export async function getVisibleTopicPage(db: Db, slug: string, now = new Date()) {
  const [topic] = await db
    .select({ id: topics.id, slug: topics.slug, title: topics.title, summary: topics.summary, updatedAt: topics.updatedAt, ...coverColumns })
    .from(topics)
    .where(and(eq(topics.slug, slug), eq(topics.visible, true)));
  if (!topic) return undefined;
  const items = await db
    .select({
      id: stories.id,
      slug: stories.slug,
      title: stories.title,
      subtitle: stories.subtitle,
      publishedAt: stories.publishedAt,
      summary: summaryColumn(),
      leadFocus: leadFocusColumn,
      leadFileKey: sql<string | null>`(select m.file_key from story_media sm join media m on m.id = sm.media_id where sm.story_id = ${stories.id} order by sm.position limit 1)`,
      leadAlt: sql<string | null>`(select sm.alt from story_media sm where sm.story_id = ${stories.id} order by sm.position limit 1)`,
    })
    .from(topicStories)
    .innerJoin(stories, eq(stories.id, topicStories.storyId))
    .where(and(eq(topicStories.topicId, topic.id), publicStory(now)))
    .orderBy(asc(topicStories.position));
  return { ...topic, stories: items };
}
