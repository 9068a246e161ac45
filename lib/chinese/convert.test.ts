import { describe, expect, it } from 'vitest';
import { foldForSearch, toSimplified } from './convert';

describe('toSimplified', () => {
  it.each([
    ['長春國際汽車城', '长春国际汽车城'],
    ['責編', '责编'],
    ['繁體中文的軟體與網路', '繁体中文的软件与网络'],
    ['已是简体', '已是简体'],
    ['Zebian 2026', 'Zebian 2026'],
  ])('%s → %s', (input, output) => expect(toSimplified(input)).toBe(output));
});

describe('foldForSearch', () => {
  it('folds script, width and case so either script finds either', () => {
    expect(foldForSearch('長春ＡＢＣ')).toBe('长春abc');
    expect(foldForSearch('长春')).toBe(foldForSearch('長春'));
  });
});

describe('quotation marks in search', () => {
  it('folds without touching quotes, as stored search text was folded', () => {
    expect(foldForSearch('「長春」')).toBe('「长春」');
  });
});
