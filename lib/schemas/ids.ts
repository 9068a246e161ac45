import { z } from 'zod';

/** The largest id an integer column holds: a bigger number in an address or a form names no row. */
export const MAX_ROW_ID = 2_147_483_647;

/** A row id from a form field: a whole number from 1 to MAX_ROW_ID, else `message`. */
export const rowId = (message: string) => z.coerce.number({ error: message }).int(message).positive(message).max(MAX_ROW_ID, message);

/** A row id from an address segment (digits only, no sign, no leading zero), or null. */
export function rowIdFrom(segment: string): number | null {
  return /^[1-9]\d{0,9}$/.test(segment) && Number(segment) <= MAX_ROW_ID ? Number(segment) : null;
}
