import { describe, expect, it } from 'vitest';
import { parseRange } from './range';
import { hasVariants, mediaPreviewUrl, mediaUrl, parseVariantKey, pickVariant, variantKey, variantWidths } from './variants';

describe('rendition widths', () => {
  it.each([
    [4000, [320, 640, 960, 1280, 1920]],
    [1920, [320, 640, 960, 1280, 1920]],
    [1200, [320, 640, 960, 1200]],
    [640, [320, 640]],
    [200, [200]],
    [null, [320, 640, 960, 1280, 1920]],
  ])('a photo %s px wide gets %j', (width, widths) => {
    expect(variantWidths(width)).toEqual(widths);
  });
});

describe('rendition keys', () => {
  const key = 'abcdefghijklmnopqrstuvwx.png';
  it('derive from the original key and parse back', () => {
    expect(variantKey(key, 640, 'jpeg')).toBe('abcdefghijklmnopqrstuvwx_640.jpg');
    expect(parseVariantKey('abcdefghijklmnopqrstuvwx_640.avif')).toEqual({ stem: 'abcdefghijklmnopqrstuvwx', width: 640, format: 'avif' });
    expect(parseVariantKey(key)).toBeNull();
    expect(parseVariantKey('abcdefghijklmnopqrstuvwx_640.gif')).toBeNull();
  });
  it('exist for still photos only', () => {
    expect(['a.jpg', 'a.png', 'a.webp', 'a.avif', 'a.gif', 'a.mp4'].map(hasVariants)).toEqual([true, true, true, true, false, false]);
  });
  it('answer a width that was not made with the nearest wider, else the widest', () => {
    const made = [320, 640, 1000].flatMap((width) => [{ width, format: 'webp' as const }, { width, format: 'avif' as const }]);
    expect(pickVariant(made, 640, 'webp')).toEqual({ width: 640, format: 'webp' });
    expect(pickVariant(made, 960, 'avif')).toEqual({ width: 1000, format: 'avif' });
    expect(pickVariant(made, 1920, 'webp')).toEqual({ width: 1000, format: 'webp' });
    expect(pickVariant(made, 320, 'jpeg')).toBeUndefined();
  });
});

describe('media addresses', () => {
  const photo = 'abcdefghijklmnopqrstuvwx.jpg';
  it('serves a file under /media/ by its key', () => {
    expect(mediaUrl(photo)).toBe('/media/abcdefghijklmnopqrstuvwx.jpg');
  });
  it('previews a photo by its WebP rendition and a video as it is', () => {
    expect(mediaPreviewUrl(photo, 320)).toBe('/media/abcdefghijklmnopqrstuvwx_320.webp');
    expect(mediaPreviewUrl('abcdefghijklmnopqrstuvwx.mp4', 320)).toBe('/media/abcdefghijklmnopqrstuvwx.mp4');
  });
});

describe('HTTP ranges', () => {
  it.each([
    [null, null],
    ['bytes=0-99', { start: 0, end: 99 }],
    ['bytes=100-', { start: 100, end: 999 }],
    ['bytes=-100', { start: 900, end: 999 }],
    ['bytes=900-5000', { start: 900, end: 999 }],
    ['bytes=1000-', 'unsatisfiable'],
    ['bytes=50-10', 'unsatisfiable'],
    ['bytes=0-1,5-9', null],
    ['items=0-1', null],
  ])('%s of a 1000-byte file is %j', (header, expected) => {
    expect(parseRange(header, 1000)).toEqual(expected);
  });
});
