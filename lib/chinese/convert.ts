import { Converter } from 'opencc-js/t2cn';

// Taiwan/Hong Kong traditional (with Taiwan phrases) to mainland simplified, phrase level.
const fromTaiwan = Converter({ from: 'twp', to: 'cn' });
const fromHongKong = Converter({ from: 'hk', to: 'cn' });

/** Simplified Chinese for readers who choose 简体; text already simplified passes unchanged. */
export function toSimplified(text: string): string {
  return fromHongKong(fromTaiwan(text));
}

/**
 * Text folded for search: one script (simplified), lower-case Latin, full-width forms made
 * half-width, so a query in either script matches text in either.
 */
export function foldForSearch(text: string): string {
  return toSimplified(text.normalize('NFKC')).toLowerCase();
}
