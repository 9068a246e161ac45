import { toSimplified } from '@/lib/chinese/convert';
import type { Variant } from './variant';

// Kept apart from ./variant so the proxy, which needs only addresses, does not load OpenCC.

const memo = new Map<string, string>();

/** Text in the variant's script; traditional is how content is stored. */
export function inScript(variant: Variant, text: string): string;
export function inScript(variant: Variant, text: string | null): string | null;
export function inScript(variant: Variant, text: string | null): string | null {
  if (variant === 'hant' || !text) return text;
  if (text.length > 200) return toSimplified(text);
  let out = memo.get(text);
  if (out === undefined) {
    out = toSimplified(text);
    if (memo.size > 5000) memo.clear();
    memo.set(text, out);
  }
  return out;
}

/**
 * Converts the text between tags of HTML we rendered ourselves, and the alt text of its
 * photos, never tags, other attribute values or URLs. Entities are ASCII, which the converter
 * leaves alone; a quote inside a value is always escaped, so ` alt="` starts only an alt text.
 */
export function htmlInScript(variant: Variant, html: string): string {
  if (variant === 'hant') return html;
  return html
    .replace(/(^|>)([^<]+)/g, (_m, open: string, text: string) => open + toSimplified(text))
    .replace(/ alt="([^"<>]*)"/g, (_m, text: string) => ` alt="${toSimplified(text)}"`);
}
