import { foldForSearch } from '@/lib/chinese/convert';

/** Longest query searched; longer input is cut here and the page says so. */
export const maxQueryLength = 50;

export type SearchQuery =
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

/**
 * Folds `text` keeping, for each folded code point, the index of the original code point it
 * came from. Phrase-level conversion can change lengths; then each character is folded alone.
 */
function foldWithMap(text: string): { folded: string[]; from: number[]; chars: string[] } {
  const chars = [...text];
  const whole = [...foldForSearch(text)];
  if (whole.length === chars.length) return { folded: whole, from: chars.map((_c, i) => i), chars };
  const folded: string[] = [];
  const from: number[] = [];
  chars.forEach((c, i) => {
    for (const f of foldForSearch(c)) {
      folded.push(f);
      from.push(i);
    }
  });
  return { folded, from, chars };
}

/**
 * `text` split into plain and matching parts (the first `maxMatches` occurrences of the folded
 * query), cut to a window of about `radius` characters around the first match. With no match,
 * the start of the text.
 */
export function highlight(text: string, folded: string, options: { radius?: number; maxMatches?: number } = {}): { segments: Segment[]; found: boolean } {
  const { radius = 60, maxMatches = 5 } = options;
  const { folded: f, from, chars } = foldWithMap(text);
  const needle = [...folded];
  const hay = f.join('');
  const hits: [number, number][] = [];
  if (needle.length) {
    let at = 0;
    while (hits.length < maxMatches) {
      const unitIndex = hay.indexOf(folded, at);
      if (unitIndex < 0) break;
      const start = [...hay.slice(0, unitIndex)].length;
      const end = start + needle.length - 1;
      hits.push([from[start]!, from[end]!]);
      at = unitIndex + folded.length;
    }
  }
  const first = hits[0];
  const windowStart = first ? Math.max(0, first[0] - Math.floor(radius / 2)) : 0;
  const windowEnd = Math.min(chars.length, first ? windowStart + radius + needle.length : radius);
  const segments: Segment[] = [];
  let cursor = windowStart;
  for (const [s, e] of hits) {
    if (s < cursor || e >= windowEnd) continue;
    if (s > cursor) segments.push({ text: chars.slice(cursor, s).join(''), match: false });
    segments.push({ text: chars.slice(s, e + 1).join(''), match: true });
    cursor = e + 1;
  }
  if (cursor < windowEnd) segments.push({ text: chars.slice(cursor, windowEnd).join(''), match: false });
  if (windowStart > 0) segments.unshift({ text: '…', match: false });
  if (windowEnd < chars.length) segments.push({ text: '…', match: false });
  return { segments, found: hits.length > 0 };
}
