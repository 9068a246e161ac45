import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { type StoryState, channels, staff, stories } from '../schema';

/** How many stories are in each state, for one author or for everyone. */
export async function countStoriesByState(db: Db, options: { authorId?: number; editorId?: number } = {}) {
  const rows = await db
    .select({ state: stories.state, n: count() })
    .from(stories)
    .where(
      and(
        isNull(stories.deletedAt),
        options.authorId ? eq(stories.authorId, options.authorId) : undefined,
        options.editorId ? eq(stories.editorId, options.editorId) : undefined,
      ),
    )
    .groupBy(stories.state);
  const counts: Record<StoryState, number> = { draft: 0, in_review: 0, scheduled: 0, published: 0, unpublished: 0 };
  for (const r of rows) counts[r.state] = r.n;
  return counts;
}

/** The newest-updated stories a staff member may see: a reporter only their own. */
export function listRecentStoriesForStaff(db: Db, options: { authorId?: number; limit: number }) {
  return db
    .select({
      id: stories.id,
      title: stories.title,
      state: stories.state,
      updatedAt: stories.updatedAt,
      publishedAt: stories.publishedAt,
      channelName: channels.name,
      authorName: staff.name,
    })
    .from(stories)
    .leftJoin(channels, eq(channels.id, stories.channelId))
    .innerJoin(staff, eq(staff.id, stories.authorId))
    .where(and(isNull(stories.deletedAt), options.authorId ? eq(stories.authorId, options.authorId) : undefined))
    .orderBy(desc(stories.updatedAt), desc(stories.id))
    .limit(options.limit);
}
