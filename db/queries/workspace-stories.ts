import { and, asc, count, desc, eq, ilike, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { foldForSearch } from '@/lib/chinese/convert';
import type { Actor } from '@/lib/permissions';
import type { Db } from '../client';
import { type StoryState, channels, staff, stories, topics } from '../schema';
import { storyUsesMedia } from './media';
import { readableBy } from './story-access';

/** How many stories `actor` may read are in each state: all of them, one author's or one 責編's. */
export async function countStoriesByState(db: Db, options: { actor: Actor; authorId?: number; editorId?: number }) {
  const rows = await db
    .select({ state: stories.state, n: count() })
    .from(stories)
    .where(
      and(
        isNull(stories.deletedAt),
        readableBy(options.actor),
        options.authorId ? eq(stories.authorId, options.authorId) : undefined,
        options.editorId ? eq(stories.editorId, options.editorId) : undefined,
      ),
    )
    .groupBy(stories.state);
  const counts: Record<StoryState, number> = { draft: 0, in_review: 0, scheduled: 0, published: 0, unpublished: 0 };
  for (const r of rows) counts[r.state] = r.n;
  return counts;
}

/** How many stories wait for the desk (待審), for the workspace navigation. */
export async function countStoriesInReview(db: Db, actor: Actor): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(stories)
    .where(and(eq(stories.state, 'in_review'), isNull(stories.deletedAt), readableBy(actor)));
  return row?.n ?? 0;
}

interface StoryListFilter {
  /** Who is asking: the list holds only the stories they may read (a reporter: their own). */
  actor: Actor;
  authorId?: number;
  state?: StoryState;
  channelId?: number;
  editorId?: number;
  text?: string;
  /** Stories that use this library item (gallery, body figure, or pending changes). */
  mediaId?: number;
  cursor?: { editedAt: Date; id: number };
  limit: number;
}

const editorOfStory = alias(staff, 'list_editor');

/** The workspace's story list: filtered, last worked on first (未發佈的修改 count), keyset-paged on (edited_at, id). */
export async function listStoriesForStaff(db: Db, filter: StoryListFilter) {
  const pattern = filter.text ? `%${foldForSearch(filter.text).replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const rows = await db
    .select({
      id: stories.id,
      title: stories.title,
      state: stories.state,
      editedAt: stories.editedAt,
      publishedAt: stories.publishedAt,
      channelName: channels.name,
      authorName: staff.name,
      editorName: editorOfStory.name,
      hasPending: sql<boolean>`${stories.pending} is not null`,
    })
    .from(stories)
    .leftJoin(channels, eq(channels.id, stories.channelId))
    .innerJoin(staff, eq(staff.id, stories.authorId))
    .leftJoin(editorOfStory, eq(editorOfStory.id, stories.editorId))
    .where(
      and(
        isNull(stories.deletedAt),
        readableBy(filter.actor),
        filter.authorId ? eq(stories.authorId, filter.authorId) : undefined,
        filter.state ? eq(stories.state, filter.state) : undefined,
        filter.channelId ? eq(stories.channelId, filter.channelId) : undefined,
        filter.editorId ? eq(stories.editorId, filter.editorId) : undefined,
        pattern ? ilike(stories.searchText, pattern) : undefined,
        filter.mediaId ? storyUsesMedia(filter.mediaId) : undefined,
        filter.cursor
          ? sql`(${stories.editedAt}, ${stories.id}) < (${filter.cursor.editedAt.toISOString()}::timestamptz, ${filter.cursor.id})`
          : undefined,
      ),
    )
    .orderBy(desc(stories.editedAt), desc(stories.id))
    .limit(filter.limit + 1);
  const items = rows.slice(0, filter.limit);
  const last = items.at(-1);
  return { items, next: rows.length > filter.limit && last ? `${last.editedAt.getTime()}_${last.id}` : undefined };
}

/** Channels a story can be filed in (lists and video, with their regional children). */
export async function listChannelChoices(db: Db) {
  const parent = alias(channels, 'parent_channel');
  return db
    .select({ id: channels.id, name: channels.name, parentName: parent.name })
    .from(channels)
    .leftJoin(parent, eq(parent.id, channels.parentId))
    .where(inArray(channels.kind, ['list', 'video']))
    .orderBy(asc(sql`coalesce(${parent.position}, ${channels.position})`), asc(sql`${channels.parentId} is not null`), asc(channels.position));
}

export function listTopicChoices(db: Db) {
  return db.select({ id: topics.id, title: topics.title }).from(topics).orderBy(desc(topics.createdAt));
}
