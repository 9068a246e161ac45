import { describe, expect, it } from 'vitest';
import { foldForSearch } from '@/lib/chinese/convert';
import { highlight, parseSearchQuery } from './search-text';
import { joinLines } from './summary';

const marked = (text: string, query: string) =>
  highlight(text, foldForSearch(query))
    .segments.map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('');

describe('parseSearchQuery', () => {
  it.each([
    [undefined, 'empty'],
    ['   ', 'empty'],
    ['，。！？…', 'punctuation'],
    ['%%__', 'punctuation'],
    ['汽車城', 'ok'],
    ['a', 'ok'],
  ])('%s → %s', (raw, kind) => expect(parseSearchQuery(raw).kind).toBe(kind));

  it('folds either script to one and caps long input', () => {
    const q = parseSearchQuery(['长春  國際', 'ignored']);
    expect(q).toEqual({ kind: 'ok', query: '长春 國際', folded: '长春 国际', truncated: false });
    const long = parseSearchQuery('長'.repeat(80));
    expect(long.kind === 'ok' && [...long.query].length).toBe(50);
    expect(long.kind === 'ok' && long.truncated).toBe(true);
  });
});

describe('highlight', () => {
  it('marks a match found through the other script, in the original text', () => {
    expect(marked('走進長春國際汽車城', '长春')).toBe('走進[長春]國際汽車城');
    expect(marked('Ice and SNOW', 'snow')).toBe('Ice and [SNOW]');
  });

  it('cuts a window around the first match', () => {
    const text = `${'甲'.repeat(100)}汽車城${'乙'.repeat(100)}`;
    const out = marked(text, '汽車城');
    expect(out).toMatch(/^……甲/);
    expect(out).toMatch(/乙……$/);
    expect(out).toContain('[汽車城]');
  });

  it('keeps the right characters when conversion changes the length', () => {
    expect(marked('電腦的記憶體很大', '很大')).toBe('電腦的記憶體[很大]');
  });

  it('shows a subhead set apart from the text after it, never with a half-width space', () => {
    const body = joinLines('產業升級\n今年以來，汽車城訂單增加。\n第二段。');
    expect(marked(body, '汽車城')).toBe('產業升級　今年以來，[汽車城]訂單增加。第二段。');
    expect(body).not.toMatch(/[ \n]/);
  });

  it('returns the start of the text when nothing matches', () => {
    expect(highlight('沒有這個詞', 'xyz')).toEqual({ segments: [{ text: '沒有這個詞', match: false }], found: false });
  });
});

describe('highlight beyond the basic plane', () => {
  it('marks matches after characters that take two UTF-16 units', () => {
    expect(marked('𠮷野家的牛肉飯', '牛肉')).toBe('𠮷野家的[牛肉]飯');
    expect(marked('長春𠮷𠮷長春', '长春')).toBe('[長春]𠮷𠮷[長春]');
  });

  it('never cuts such a character at the window’s edge', () => {
    // One BMP character on each side puts both edges of the window inside a surrogate pair.
    const text = `${'𠮷'.repeat(60)}甲汽車城乙${'𠮷'.repeat(60)}`;
    const segments = highlight(text, foldForSearch('汽車城')).segments;
    for (const s of segments) expect(s.text.isWellFormed()).toBe(true);
    expect(segments.find((s) => s.match)?.text).toBe('汽車城');
  });
});
