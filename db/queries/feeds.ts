import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../client';
import { channels, staff, stories } from '../schema';
import { publicStory, summaryColumn } from './stories';

const editor = alias(staff, 'feed_editor');

/** The newest public stories with what an RSS item carries: full text, lead photo, channel. */
export function listFeedItems(db: Db, options: { channelIds?: number[]; originalOnly?: boolean; limit: number; now?: Date }) {
  const { channelIds, originalOnly, limit, now = new Date() } = options;
  const lead = (column: string) =>
    sql.raw(`(select m.${column} from story_media sm join media m on m.id = sm.media_id where sm.story_id = "stories"."id" order by sm.position limit 1)`);
  return db
    .select({
      id: stories.id,
      slug: stories.slug,
      title: stories.title,
      subtitle: stories.subtitle,
      publishedAt: stories.publishedAt,
      updatedAt: stories.updatedAt,
      bodyHtml: stories.bodyHtml,
      summary: summaryColumn(sql`coalesce(nullif(${stories.editorsNote}, ''), ${stories.bodyText})`, 200),
      sourceName: stories.sourceName,
      writerCredit: stories.writerCredit,
      editorName: editor.name,
      channelName: channels.name,
      leadFileKey: sql<string | null>`${lead('file_key')}`,
      leadMimeType: sql<string | null>`${lead('mime_type')}`,
      leadSize: sql<number | null>`${lead('size')}`,
    })
    .from(stories)
    .leftJoin(channels, eq(channels.id, stories.channelId))
    .leftJoin(editor, eq(editor.id, stories.editorId))
    .where(
      and(
        publicStory(now),
        channelIds ? inArray(stories.channelId, channelIds.length ? channelIds : [-1]) : undefined,
        originalOnly ? eq(stories.isOriginal, true) : undefined,
      ),
    )
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(limit);
}

export type FeedItem = Awaited<ReturnType<typeof listFeedItems>>[number];

