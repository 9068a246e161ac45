import { describe, expect, it } from 'vitest';
import { MAX_ROW_ID, rowId, rowIdFrom } from './ids';

describe('row ids', () => {
  it('an address segment names a row only as plain digits within the column’s range', () => {
    expect(rowIdFrom('1')).toBe(1);
    expect(rowIdFrom(String(MAX_ROW_ID))).toBe(MAX_ROW_ID);
    for (const bad of ['0', '-1', '01', '1.5', '1e3', ' 1', String(MAX_ROW_ID + 1), '99999999999', 'abc', '']) expect(rowIdFrom(bad)).toBeNull();
  });

  it('a form field gets the caller’s message when it names no row', () => {
    const field = rowId('找不到這篇稿件');
    expect(field.parse('42')).toBe(42);
    for (const bad of ['0', '-3', '2.5', String(MAX_ROW_ID + 1), 'x']) {
      expect(field.safeParse(bad).error?.issues[0]?.message).toBe('找不到這篇稿件');
    }
  });
});
