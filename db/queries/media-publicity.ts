import { type SQL, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../client';
import { media, stories, storyMedia, topics } from '../schema';
import { publicStory } from './stories';

const usingStory = alias(stories, 'using_story');

/** The random part of a key, which every rendition's key and every figure's address share. */
function stemOf(fileKey: string): string {
  return fileKey.split('.')[0]!;
}

/** True where a public story shows the item: in its gallery, or as a figure in its body. */
function shownByPublicStory(mediaId: SQL | number, stem: SQL | string, now: Date): SQL {
  return sql`exists (select 1 from ${storyMedia} sm join ${stories} using_story on using_story.id = sm.story_id where sm.media_id = ${mediaId} and ${publicStory(now, usingStory)})
    or exists (select 1 from ${stories} using_story where ${publicStory(now, usingStory)} and strpos(using_story.body_html, ${stem}) > 0)`;
}

/**
 * Whether readers can see this item somewhere: in a public story (gallery or body), as the cover
 * of a visible topic, or as the poster of a video a public story shows. Until then its address
 * is known only to the staff and to whoever holds a preview link, and /media/<key> tells caches
 * not to keep it (README, "Who can see an unpublished story").
 */
export async function isMediaPublic(db: Db, item: { id: number; fileKey: string }, now = new Date()): Promise<boolean> {
  const [row] = await db
    .select({
      public: sql<boolean>`(${shownByPublicStory(item.id, stemOf(item.fileKey), now)})
        or exists (select 1 from ${topics} t where t.cover_media_id = ${item.id} and t.visible)
        or exists (select 1 from ${media} poster_of where poster_of.poster_id = ${item.id} and (${shownByPublicStory(sql`poster_of.id`, sql`split_part(poster_of.file_key, '.', 1)`, now)}))`,
    })
    .from(media)
    .where(eq(media.id, item.id));
  return row?.public === true;
}
