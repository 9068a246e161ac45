import { foldForSearch } from '@/lib/chinese/convert';

/** Longest query searched; longer input is cut here and the page says so. */
export const maxQueryLength = 50;

type SearchQuery =
  | { kind: 'empty' }
  | { kind: 'punctuation'; query: string }
  | { kind: 'ok'; query: string; folded: string; truncated: boolean };

/** What the reader typed, trimmed and capped, or why there is nothing to search for. */
export function parseSearchQuery(raw: string | string[] | undefined): SearchQuery {
  const first = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const collapsed = first.replace(/\s+/g, ' ').trim();
  if (!collapsed) return { kind: 'empty' };
  const chars = [...collapsed];
  const query = chars.slice(0, maxQueryLength).join('').trim();
  if (!/[\p{L}\p{N}]/u.test(query)) return { kind: 'punctuation', query };
  return { kind: 'ok', query, folded: foldForSearch(query), truncated: chars.length > maxQueryLength };
}

export interface Segment {
  text: string;
  match: boolean;
}

/** Where each match of `needle` in the folded text lies in the original, in UTF-16 units [start, end). */
type Hit = [number, number];

function findHits(hay: string, needle: string, maxMatches: number, place: (unit: number) => Hit): Hit[] {
  const hits: Hit[] = [];
  if (!needle) return hits;
  for (let at = hay.indexOf(needle); at >= 0 && hits.length < maxMatches; at = hay.indexOf(needle, at + needle.length)) {
    hits.push([place(at)[0], place(at + needle.length - 1)[1]]);
  }
  return hits;
}

/**
 * The matches of the folded query in `text`. Folding the whole text at once usually keeps every
 * UTF-16 unit in place (same length): positions carry over as they are. When phrase-level
 * conversion changes the length, each character is folded alone, remembering where it came from.
 */
function matchesIn(text: string, folded: string, maxMatches: number): Hit[] {
  if (!folded) return [];
  const whole = foldForSearch(text);
  if (whole.length === text.length) return findHits(whole, folded, maxMatches, (u) => [u, u + 1]);
  let hay = '';
  const from: Hit[] = [];
  let unit = 0;
  for (const c of text) {
    const f = foldForSearch(c);
    for (let k = 0; k < f.length; k++) from.push([unit, unit + c.length]);
    hay += f;
    unit += c.length;
  }
  return findHits(hay, folded, maxMatches, (u) => from[u]!);
}

const isLowSurrogate = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
};

/**
 * `text` (on one line: see joinLines in ./summary) split into plain and matching parts (the first `maxMatches` occurrences of the folded
 * query), cut to a window of about `radius` characters around the first match. With no match,
 * the start of the text.
 */
export function highlight(text: string, folded: string, options: { radius?: number; maxMatches?: number } = {}): { segments: Segment[]; found: boolean } {
  const { radius = 60, maxMatches = 5 } = options;
  const hits = matchesIn(text, folded, maxMatches);
  const first = hits[0];
  let windowStart = first ? Math.max(0, first[0] - Math.floor(radius / 2)) : 0;
  let windowEnd = Math.min(text.length, first ? windowStart + radius + (first[1] - first[0]) : radius);
  // Never cut a character outside the basic plane in half.
  if (windowStart > 0 && isLowSurrogate(text, windowStart)) windowStart -= 1;
  if (windowEnd < text.length && isLowSurrogate(text, windowEnd)) windowEnd += 1;
  const segments: Segment[] = [];
  let cursor = windowStart;
  for (const [s, e] of hits) {
    if (s < cursor || e > windowEnd) continue;
    if (s > cursor) segments.push({ text: text.slice(cursor, s), match: false });
    segments.push({ text: text.slice(s, e), match: true });
    cursor = e;
  }
  if (cursor < windowEnd) segments.push({ text: text.slice(cursor, windowEnd), match: false });
  // Chinese marks an omission with a double ellipsis (……), at either end.
  if (windowStart > 0) segments.unshift({ text: '……', match: false });
  if (windowEnd < text.length) segments.push({ text: '……', match: false });
  return { segments, found: hits.length > 0 };
}
