import { describe, expect, it } from 'vitest';
import { summaryOf } from './summary';
import { toMainlandQuotes, toSimplified } from '@/lib/chinese/convert';

describe('summaryOf', () => {
  it('sets a subhead off from the text that follows with a full-width space', () => {
    expect(summaryOf('產業升級\n今年以來，汽車城訂單增加。', 50)).toBe('產業升級　今年以來，汽車城訂單增加。');
  });

  it('joins lines that already end in punctuation without a space', () => {
    expect(summaryOf('第一段結束。\n第二段開始。', 50)).toBe('第一段結束。第二段開始。');
    expect(summaryOf('他說：「好。」\n隨後離開。', 50)).toBe('他說：「好。」隨後離開。');
  });

  it('never uses a half-width space between lines', () => {
    expect(summaryOf('小標題\n\n  正文  \n', 50)).not.toMatch(/ /);
  });

  it('ends a shortened summary with the Chinese ellipsis', () => {
    const out = summaryOf('一二三四五六七八九十', 5);
    expect(out).toBe('一二三四五……');
    expect(out).not.toMatch(/[^…]…$|^…$/);
  });

  it('drops a pause or stop left dangling by the cut before the ellipsis', () => {
    expect(summaryOf('一二三四，五六七八', 5)).toBe('一二三四……');
    expect(summaryOf('一二三四。五六七八', 5)).toBe('一二三四……');
  });

  it('leaves a summary that fits whole, with no ellipsis', () => {
    expect(summaryOf('短新聞。', 120)).toBe('短新聞。');
    expect(summaryOf('', 120)).toBe('');
  });

  it('counts characters outside the basic plane as one', () => {
    expect(summaryOf('𠀋𠀋𠀋𠀋', 3)).toBe('𠀋𠀋𠀋……');
  });
});

describe('mainland quotation marks', () => {
  it('turns corner brackets into curly quotes, double outside and single inside', () => {
    expect(toMainlandQuotes('他說：「她問『為何』。」')).toBe('他說：“她問‘為何’。”');
  });

  it('converts quotes along with the script', () => {
    expect(toSimplified('「長春」的『汽車城』')).toBe('“长春”的‘汽车城’');
  });

  it('leaves other text alone', () => {
    expect(toMainlandQuotes('沒有引號 "ASCII"')).toBe('沒有引號 "ASCII"');
  });
});
