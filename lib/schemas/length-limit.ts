/**
 * How the browser judges a text field against its limit, the same way the server's zod schema
 * does (`.trim().max(n)` counts UTF-16 units of the trimmed text), so the counter and the server
 * never disagree about whether a text fits.
 */
export function textLength(value: string): number {
  return value.trim().length;
}

/** The counter appears once four fifths of the limit are used, so short fields stay quiet. */
export function nearLimit(length: number, max: number): boolean {
  return length >= Math.floor(max * 0.8);
}

/** The message for a text over its limit; it says by how much, so nothing has to be guessed. */
export function overLimitMessage(label: string, length: number, max: number): string | null {
  return length > max ? `${label}不可超過 ${max} 個字（目前 ${length} 個字，請刪減 ${length - max} 個字）` : null;
}
