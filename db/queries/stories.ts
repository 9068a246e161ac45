import { type SQL, and, desc, eq, inArray, isNull, lte, sql, count } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import { type StoryDocument, documentFigures } from '@/lib/rich-text/document';
import type { Db } from '../client';
import { channels, media, staff, stories, storyMedia } from '../schema';
import { getFigureMedia } from './media';

/** Published and due, not deleted: the only stories a reader may see (on the table or an alias of it). */
export function publicStory(now: Date = new Date(), table: { state: AnyPgColumn; publishedAt: AnyPgColumn; deletedAt: AnyPgColumn } = stories) {
  return and(eq(table.state, 'published'), lte(table.publishedAt, now), isNull(table.deletedAt));
}

/** The library rows for the figures in a body. */
export function figureMediaFor(db: Db, body: StoryDocument) {
  return getFigureMedia(db, documentFigures(body).map((f) => f.fileKey));
}

const editorStaff = alias(staff, 'editor_staff');

/** One story as readers see it, or undefined when it is not public (whatever the reason). */
export async function getPublishedStory(db: Db, id: number, now = new Date()) {
  const [row] = await db
    .select({
      story: stories,
      channel: { id: channels.id, slug: channels.slug, name: channels.name },
      editorName: editorStaff.name,
    })
    .from(stories)
    .leftJoin(channels, eq(channels.id, stories.channelId))
    .leftJoin(editorStaff, eq(editorStaff.id, stories.editorId))
    .where(and(eq(stories.id, id), publicStory(now)));
  if (!row) return undefined;
  const gallery = await listGallery(db, id);
  return { ...row.story, channel: row.channel, editorName: row.editorName, gallery };
}

function listGallery(db: Db, storyId: number) {
  return db
    .select({
      position: storyMedia.position,
      caption: storyMedia.caption,
      alt: storyMedia.alt,
      credit: storyMedia.credit,
      mediaId: media.id,
      fileKey: media.fileKey,
      width: media.width,
      height: media.height,
      placeholder: media.placeholder,
      focalX: media.focalX,
      focalY: media.focalY,
    })
    .from(storyMedia)
    .innerJoin(media, eq(media.id, storyMedia.mediaId))
    .where(eq(storyMedia.storyId, storyId))
    .orderBy(storyMedia.position);
}

interface StoryCursor {
  publishedAt: Date;
  id: number;
}

export function encodeCursor(c: StoryCursor): string {
  return `${c.publishedAt.getTime()}_${c.id}`;
}

export function decodeCursor(value: string | undefined | null): StoryCursor | undefined {
  const m = /^(\d{1,15})_(\d{1,10})$/.exec(value ?? '');
  if (!m) return undefined;
  return { publishedAt: new Date(Number(m[1])), id: Number(m[2]) };
}

/**
 * A card's or feed's summary: the desk's 摘要, else the opening of `fallback` (the body text),
 * read a little longer than shown so summaryOf can tell a shortened one (lib/reader/summary.ts).
 */
export function summaryColumn(fallback: AnyPgColumn | SQL = stories.bodyText, length = 160) {
  return sql<string>`coalesce(nullif(${stories.summary}, ''), left(${fallback}, ${sql.raw(String(length))}))`;
}

/** Where a card crops the lead photo: its 焦點, as a CSS object-position. */
export const leadFocusColumn = sql<
  string | null
>`(select m.focal_x || '% ' || m.focal_y || '%' from story_media sm join media m on m.id = sm.media_id where sm.story_id = "stories"."id" order by sm.position limit 1)`;

const teaserColumns = {
  id: stories.id,
  slug: stories.slug,
  title: stories.title,
  subtitle: stories.subtitle,
  publishedAt: stories.publishedAt,
  channelId: stories.channelId,
  isOriginal: stories.isOriginal,
  sourceName: stories.sourceName,
  videoUrl: stories.videoUrl,
  summary: summaryColumn(),
  // "stories"."id" by hand: drizzle leaves a single table's column bare, and a bare "id" here
  // would be media's.
  leadFileKey: sql<string | null>`(select m.file_key from ${storyMedia} sm join ${media} m on m.id = sm.media_id where sm.story_id = "stories"."id" order by sm.position limit 1)`,
  leadAlt: sql<string | null>`(select sm.alt from ${storyMedia} sm where sm.story_id = ${stories.id} order by sm.position limit 1)`,
  leadFocus: leadFocusColumn,
};

export type StoryTeaser = Awaited<ReturnType<typeof listPublishedStories>>['items'][number];

/** Newest first, keyset-paged on (published_at, id): pages stay stable while stories arrive. */
export async function listPublishedStories(
  db: Db,
  options: { channelIds?: number[]; originalOnly?: boolean; videoOnly?: boolean; limit: number; cursor?: StoryCursor; now?: Date },
) {
  const { channelIds, originalOnly, videoOnly, limit, cursor, now = new Date() } = options;
  const rows = await db
    .select(teaserColumns)
    .from(stories)
    .where(
      and(
        publicStory(now),
        channelIds ? inArray(stories.channelId, channelIds.length ? channelIds : [-1]) : undefined,
        originalOnly ? eq(stories.isOriginal, true) : undefined,
        videoOnly ? sql`${stories.videoUrl} is not null` : undefined,
        cursor
          ? // A row comparison, so the index range starts right at the cursor.
            sql`(${stories.publishedAt}, ${stories.id}) < (${cursor.publishedAt.toISOString()}::timestamptz, ${cursor.id})`
          : undefined,
      ),
    )
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const next = rows.length > limit && last?.publishedAt ? encodeCursor({ publishedAt: last.publishedAt, id: last.id }) : undefined;
  return { items, next };
}

export async function countStories(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(stories);
  return row?.n ?? 0;
}

// ---- Reader (issue 4): read-only queries for the public site. ----

/**
 * Up to `limit` other public stories for 相關新聞 under an article: those sharing a topic first,
 * then the same channel's, then the newest, so the list is never empty on a young site.
 * Three short lists, each walking an index, merged here: one query ordered by "shares a topic"
 * had to rank every public story (a second at 100,000 stories, on every article after a publish).
 */
export async function listRelatedStories(db: Db, options: { storyId: number; channelId: number | null; limit: number; now?: Date }) {
  const { storyId, channelId, limit, now = new Date() } = options;
  const newestWhere = (...conditions: (SQL | undefined)[]) =>
    db
      .select(teaserColumns)
      .from(stories)
      .where(and(publicStory(now), sql`${stories.id} <> ${storyId}`, ...conditions))
      .orderBy(desc(stories.publishedAt), desc(stories.id))
      .limit(limit);
  const groups = await Promise.all([
    newestWhere(sql`${stories.id} in (select b.story_id from topic_stories a join topic_stories b on a.topic_id = b.topic_id where a.story_id = ${storyId})`),
    channelId === null ? [] : newestWhere(eq(stories.channelId, channelId)),
    newestWhere(),
  ]);
  const related = new Map<number, StoryTeaser>();
  for (const story of groups.flat()) if (!related.has(story.id)) related.set(story.id, story);
  return [...related.values()].slice(0, limit);
}

/** Every public story's address data, newest first, for the sitemap. */
export function listPublishedForSitemap(db: Db, options: { limit: number; now?: Date }) {
  return db
    .select({ id: stories.id, slug: stories.slug, publishedAt: stories.publishedAt, updatedAt: stories.updatedAt })
    .from(stories)
    .where(publicStory(options.now))
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(options.limit);
}

/** Public stories published since `since`, for the Google News sitemap. */
export function listPublishedSince(db: Db, options: { since: Date; limit: number; now?: Date }) {
  return db
    .select({ id: stories.id, slug: stories.slug, title: stories.title, publishedAt: stories.publishedAt })
    .from(stories)
    .where(and(publicStory(options.now), sql`${stories.publishedAt} >= ${options.since.toISOString()}::timestamptz`))
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(options.limit);
}
