import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { stories, topicStories, topics } from '../schema';
import { publicStory } from './stories';

export async function createTopic(db: Db, input: { slug: string; title: string; summary: string; coverMediaId?: number | null; storyIds: number[] }) {
  return db.transaction(async (tx) => {
    const { storyIds, ...fields } = input;
    const [topic] = await tx.insert(topics).values(fields).returning();
    if (storyIds.length) await tx.insert(topicStories).values(storyIds.map((storyId, position) => ({ topicId: topic!.id, storyId, position })));
    return topic!;
  });
}

export function listVisibleTopics(db: Db) {
  return db.select().from(topics).where(eq(topics.visible, true)).orderBy(asc(topics.createdAt));
}

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

/** Visible topics, newest first, with a cover (or else the lead photo of their first story). */
export function listVisibleTopicCards(db: Db) {
  return db
    .select({
      id: topics.id,
      slug: topics.slug,
      title: topics.title,
      summary: topics.summary,
      ...coverColumns,
      fallbackFileKey: sql<string | null>`(select m.file_key from topic_stories ts join story_media sm on sm.story_id = ts.story_id join media m on m.id = sm.media_id where ts.topic_id = ${topicId} order by ts.position, sm.position limit 1)`,
      storyCount: sql<number>`(select count(*)::int from topic_stories ts where ts.topic_id = ${topicId})`,
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
      title: stories.title,
      subtitle: stories.subtitle,
      publishedAt: stories.publishedAt,
      summary: sql<string>`left(${stories.bodyText}, 120)`,
      leadFileKey: sql<string | null>`(select m.file_key from story_media sm join media m on m.id = sm.media_id where sm.story_id = ${stories.id} order by sm.position limit 1)`,
      leadAlt: sql<string | null>`(select sm.alt from story_media sm where sm.story_id = ${stories.id} order by sm.position limit 1)`,
    })
    .from(topicStories)
    .innerJoin(stories, eq(stories.id, topicStories.storyId))
    .where(and(eq(topicStories.topicId, topic.id), publicStory(now)))
    .orderBy(asc(topicStories.position));
  return { ...topic, stories: items };
}
