import { and, desc, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { stories } from '../schema';
import { publicStory } from './stories';

/** `%`, `_` and `\` match themselves in an ILIKE pattern. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Where the next page of results starts: rank (title match 1, else 0), then newest first. */
interface SearchCursor {
  rank: number;
  publishedAt: Date;
  id: number;
}

function encodeSearchCursor(c: SearchCursor): string {
  return `${c.rank}_${c.publishedAt.getTime()}_${c.id}`;
}

export function decodeSearchCursor(value: string | null | undefined): SearchCursor | undefined {
  const m = /^([01])_(\d{1,15})_(\d{1,10})$/.exec(value ?? '');
  return m ? { rank: Number(m[1]), publishedAt: new Date(Number(m[2])), id: Number(m[3]) } : undefined;
}

/**
 * Public stories whose folded text (stories.search_text: simplified, lower-case, half-width)
 * contains `folded`, a query folded the same way: title matches first, then the rest, each
 * newest first. A pattern of three or more characters is served by the pg_trgm GIN index; a
 * shorter one cannot use it, so it scans only the newest `shortScanLimit` stories and says so
 * (`bounded`).
 *
 * The two groups are two queries, each ordered by time alone, so PostgreSQL can choose per
 * query: walk the time index and stop at the first page of matches (a common word), or gather
 * the few matches from the trigram index (a rare one). One query ranked by a computed column
 * would have to read every match first.
 */
export async function searchPublishedStories(
  db: Db,
  options: { folded: string; limit: number; cursor?: SearchCursor; shortScanLimit?: number; now?: Date },
) {
  const { folded, limit, cursor, shortScanLimit = 5000, now = new Date() } = options;
  const pattern = `%${likeEscape(folded)}%`;
  const bounded = [...folded].length < 3;
  // The title's own script may differ from the query's; its folded form leads search_text.
  const inTitle = sql`split_part(${stories.searchText}, E'\n', 1) ilike ${pattern}`;

  const group = (rank: 0 | 1, after: SearchCursor | undefined, take: number) =>
    db
      .select({
        id: stories.id,
        title: stories.title,
        subtitle: stories.subtitle,
        editorsNote: stories.editorsNote,
        bodyText: stories.bodyText,
        publishedAt: stories.publishedAt,
        rank: sql<number>`${rank}::int`,
      })
      .from(stories)
      .where(
        and(
          publicStory(now),
          // The title leads search_text, so a title match needs no second test: two trigram
          // conditions would make the planner multiply their odds and, expecting a handful of
          // rows, gather thousands from both indexes instead of walking the time index.
          rank === 1 ? inTitle : and(sql`${stories.searchText} ilike ${pattern}`, sql`not (${inTitle})`),
          bounded
            ? sql`${stories.id} in (select s.id from ${stories} s where s.state = 'published' and s.deleted_at is null order by s.published_at desc, s.id desc limit ${shortScanLimit})`
            : undefined,
          after ? sql`(${stories.publishedAt}, ${stories.id}) < (${after.publishedAt.toISOString()}::timestamptz, ${after.id})` : undefined,
        ),
      )
      .orderBy(desc(stories.publishedAt), desc(stories.id))
      .limit(take);

  let rows = !cursor || cursor.rank === 1 ? await group(1, cursor, limit + 1) : [];
  if (rows.length <= limit) rows = rows.concat(await group(0, cursor?.rank === 0 ? cursor : undefined, limit + 1 - rows.length));
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const next = rows.length > limit && last?.publishedAt ? encodeSearchCursor({ rank: last.rank, publishedAt: last.publishedAt, id: last.id }) : undefined;
  return { items, next, bounded };
}
