import type { Segment } from '@/lib/reader/search-text';

/** Text with its matching parts in <mark>: React elements, so the text is always escaped. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}
