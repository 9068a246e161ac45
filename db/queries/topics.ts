import { and, asc, eq } from 'drizzle-orm';
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
