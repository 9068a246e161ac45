// A story's opening as a summary on cards, in feeds and in the meta description. Body text keeps
// one block per line; a subhead has no closing punctuation, so run into the next line it would
// read as part of it. It is set off with a full-width space instead, and a summary cut short
// ends with the Chinese ellipsis (……), never a single "…".

const closing = /[。！？；：…」』”’）》〉.!?;:)]$/u;
const trailingPause = /[\s，、；：,;:　]+$/u;

/** The blocks of `text` on one line: a subhead set off by a full-width space, sentences run on. */
export function joinLines(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  let joined = '';
  for (const line of lines) {
    if (!joined) joined = line;
    else joined += (closing.test(joined) ? '' : '　') + line;
  }
  return joined;
}

/** The opening of `text` in at most `limit` characters (code points), ellipsis excluded. */
export function summaryOf(text: string, limit: number): string {
  const joined = joinLines(text);
  const chars = Array.from(joined);
  if (chars.length <= limit) return joined;
  const cut = chars.slice(0, limit).join('').replace(trailingPause, '').replace(/[。.…]+$/u, '');
  return `${cut}……`;
}
