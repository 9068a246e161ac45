import { z } from 'zod';

/** The part of an address after /channels/ or /topics/: lower-case Latin letters, digits, hyphens. */
export const slugField = z
  .string({ error: '請輸入網址代稱' })
  .trim()
  .toLowerCase()
  .min(1, '請輸入網址代稱')
  .max(50, '網址代稱不可超過 50 個字元')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '網址代稱只能用小寫英文字母、數字和連字號（不可在開頭或結尾）');

/** A form's id field: a positive integer, with one message whatever is wrong with it. */
export const idField = (message: string) => z.coerce.number({ error: message }).int(message).positive(message);

/** An optional id from a select: empty means none. */
export const optionalIdField = (message: string) =>
  z.union([z.literal('').transform(() => null), idField(message)], { error: message }).default(null);

export const directionField = z.enum(['up', 'down'], { error: '操作無效' });
export const visibleField = z.enum(['true', 'false'], { error: '操作無效' }).transform((v) => v === 'true');
