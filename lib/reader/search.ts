import 'server-only';
import { getDb } from '@/db/client';
import { decodeSearchCursor, searchPublishedStories } from '@/db/queries/search';
import { type Segment, highlight } from './search-text';
import { joinLines } from './summary';
import { type Variant } from './variant';
import { inScript } from './in-script';

const SEARCH_PAGE_SIZE = 20;

interface SearchHit {
  id: number;
  title: Segment[];
  snippet: Segment[];
  publishedAt: Date | null;
}

/** The snippet of the first text that contains the query (folding is the cost: stop there). */
function firstMatch(texts: (string | null)[], folded: string) {
  for (const text of texts) {
    if (!text) continue;
    const snippet = highlight(joinLines(text), folded, { radius: 90 });
    if (snippet.found) return snippet;
  }
  return undefined;
}

/**
 * One page of results for a folded query, with the match marked in the title and in a snippet
 * of the subtitle, 編者按 or body (whichever matches first). Not cached: queries are unbounded
 * in number, and the trigram index keeps them fast.
 */
export async function searchStories(folded: string, after: string | null, variant: Variant) {
  const { items, next, bounded } = await searchPublishedStories(await getDb(), { folded, limit: SEARCH_PAGE_SIZE, cursor: decodeSearchCursor(after) });
  const inVariant = (segments: Segment[]) => segments.map((s) => ({ ...s, text: inScript(variant, s.text) }));
  const hits: SearchHit[] = items.map((s) => {
    const title = highlight(s.title, folded, { radius: 200 });
    const snippet = firstMatch([s.subtitle, s.editorsNote, s.bodyText], folded) ?? highlight(joinLines(s.bodyText), '', { radius: 90 }); // the body's start
    return { id: s.id, title: inVariant(title.segments), snippet: inVariant(snippet.segments), publishedAt: s.publishedAt };
  });
  return { hits, next: next ?? null, bounded };
}
