import { Converter } from 'opencc-js/t2cn';

// Taiwan/Hong Kong traditional (with Taiwan phrases) to mainland simplified, phrase level.
const fromTaiwan = Converter({ from: 'twp', to: 'cn' });
const fromHongKong = Converter({ from: 'hk', to: 'cn' });

const mainlandQuotes: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’', '｢': '“', '｣': '”' };

/** Corner brackets (「」『』) as mainland readers expect them: “” outside, ‘’ inside. */
export function toMainlandQuotes(text: string): string {
  return text.replace(/[「」『』｢｣]/g, (q) => mainlandQuotes[q] ?? q);
}

function charactersToSimplified(text: string): string {
  return fromHongKong(fromTaiwan(text));
}

/**
 * Simplified Chinese for readers who choose 简体, with mainland quotation marks; text already
 * simplified passes unchanged apart from its quotes.
 */
export function toSimplified(text: string): string {
  return toMainlandQuotes(charactersToSimplified(text));
}

/**
 * Text folded for search: one script (simplified), lower-case Latin, full-width forms made
 * half-width, so a query in either script matches text in either. Quotation marks are left as
 * typed: stored search text was folded this way, and a change would need every story refolded.
 */
export function foldForSearch(text: string): string {
  return charactersToSimplified(text.normalize('NFKC')).toLowerCase();
}
