import { describe, expect, it } from 'vitest';
import { detectType, looksLikePolyglot } from './detect';
import { mp4Video, webmVideo, zipArchive } from './test-files';

const bytes = (...parts: Array<number[] | string>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const ftyp = (major: string, ...compatible: string[]) => {
  const body = bytes(major, [0, 0, 0, 0], compatible.join(''));
  return bytes([0, 0, 0, 8 + body.length], 'ftyp', body.toString('latin1'), [0, 0, 0, 8], 'mdat');
};

describe('file type by content', () => {
  it.each([
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0], 'rest'), { kind: 'image', format: 'jpeg' }],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'), { kind: 'image', format: 'png' }],
    ['GIF', bytes('GIF89a....'), { kind: 'image', format: 'gif' }],
    ['WebP', bytes('RIFF', [1, 0, 0, 0], 'WEBPVP8 '), { kind: 'image', format: 'webp' }],
    ['AVIF', ftyp('avif', 'mif1', 'miaf'), { kind: 'image', format: 'avif' }],
    ['AVIF declared as mif1', ftyp('mif1', 'avif'), { kind: 'image', format: 'avif' }],
    ['MP4', mp4Video(), { kind: 'video', format: 'mp4' }],
    ['WebM', webmVideo(), { kind: 'video', format: 'webm' }],
    ['QuickTime', ftyp('qt  ', 'qt  '), null],
    ['HEIC', ftyp('heic', 'mif1', 'heic'), null],
    ['SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'), null],
    ['HTML', bytes('<!doctype html><p>hi'), null],
    ['ZIP', zipArchive(), null],
    ['PDF', bytes('%PDF-1.7\n'), null],
    ['empty', Buffer.alloc(0), null],
  ])('%s', (_label, input, expected) => {
    expect(detectType(input)).toEqual(expected);
  });
});

describe('polyglots', () => {
  const jpegStart = [0xff, 0xd8, 0xff, 0xe0, 0, 16];
  it.each([
    ['markup in any case', bytes(jpegStart, 'xx<ScRiPt>alert(1)'), true],
    ['an HTML page inside', bytes(jpegStart, '<HTML><body>'), true],
    ['a PDF header near the start', bytes(jpegStart, '%PDF-1.4'), true],
    ['a ZIP directory at the end', Buffer.concat([bytes(jpegStart, 'pixels'), zipArchive()]), true],
    ['a lone angle bracket', bytes(jpegStart, 'a<b c<scrip'), false],
    ['plain pixels', bytes(jpegStart, 'pixels', [0xff, 0xd9]), false],
  ])('%s', (_label, input, expected) => {
    expect(looksLikePolyglot(input)).toBe(expected);
  });

  it('scans only the head and tail of a large video', () => {
    const middle = Buffer.concat([Buffer.alloc(100_000), Buffer.from('<script>'), Buffer.alloc(100_000)]);
    expect(looksLikePolyglot(middle, { head: 65_536, tail: 65_536 })).toBe(false);
    expect(looksLikePolyglot(middle)).toBe(true);
  });
});
