import { describe, expect, it } from 'vitest';
import { formatCredits } from './credits';

describe('formatCredits', () => {
  it.each([
    [{ writer: '楊小華', photos: '楊小華' }, '(撰稿、供圖/楊小華)'],
    [{ writer: '楊小華', photos: '楊小華', photographer: '楊小華' }, '(撰稿、供圖、攝影/楊小華)'],
    [{ writer: '楊小華', photographer: '陳立' }, '(撰稿/楊小華 攝影/陳立)'],
    [{ writer: '楊小華', photos: '陳立', photographer: '楊小華' }, '(撰稿、攝影/楊小華 供圖/陳立)'],
    [{ writer: ' 楊小華 ', photos: '' }, '(撰稿/楊小華)'],
    [{}, ''],
    [{ writer: null, photos: '  ' }, ''],
  ])('%j → %s', (credits, line) => expect(formatCredits(credits)).toBe(line));
});
