/**
 * What a file is, decided from its bytes alone: never from its name or the browser's claim.
 * This only recognises the container; images are then decoded by sharp and videos checked
 * for completeness before anything is stored.
 */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif';
export type VideoFormat = 'mp4' | 'webm';
export type DetectedType = { kind: 'image'; format: ImageFormat } | { kind: 'video'; format: VideoFormat };

export const imageMime: Record<ImageFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
};
export const videoMime: Record<VideoFormat, string> = { mp4: 'video/mp4', webm: 'video/webm' };
export const extensionOf: Record<ImageFormat | VideoFormat, string> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  avif: 'avif',
  gif: 'gif',
  mp4: 'mp4',
  webm: 'webm',
};

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

const avifBrands = new Set(['avif', 'avis']);
// Brands of plain MP4 files; QuickTime ('qt  '), HEIC and 3GP are not accepted.
const mp4Brands = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'dash', 'mmp4', 'M4V ']);

/** The brands of an ISO base media file's leading `ftyp` box, or null when there is none. */
function ftypBrands(bytes: Uint8Array): string[] | null {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return null;
  const size = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  if (size < 16 || size > Math.min(bytes.length, 4096)) return null;
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(bytes, at, at + 4));
  return brands;
}

/** A WebM file is Matroska with the DocType "webm" in its EBML header. */
function isWebm(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return false;
  const head = bytes.subarray(0, 64);
  for (let i = 4; i + 3 < head.length; i++) {
    if (head[i] === 0x42 && head[i + 1] === 0x82) {
      const length = head[i + 2]! & 0x7f; // a one-byte size: 0x80 | length
      return (head[i + 2]! & 0x80) !== 0 && ascii(head, i + 3, i + 3 + length) === 'webm';
    }
  }
  return false;
}

export function detectType(bytes: Uint8Array): DetectedType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'image', format: 'jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'image', format: 'png' };
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a')) return { kind: 'image', format: 'gif' };
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { kind: 'image', format: 'webp' };
  const brands = ftypBrands(bytes);
  if (brands) {
    if (brands.some((b) => avifBrands.has(b))) return { kind: 'image', format: 'avif' };
    if (mp4Brands.has(brands[0]!)) return { kind: 'video', format: 'mp4' };
    return null;
  }
  if (isWebm(bytes)) return { kind: 'video', format: 'webm' };
  return null;
}

// Markup a browser or interpreter would act on, hidden inside an otherwise valid file.
const markers = ['<script', '<html', '<svg', '<?php', '<!doctype', '<iframe', '<body', '<object', '<embed'].map((m) => Buffer.from(m, 'latin1'));

function lower(byte: number): number {
  return byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte;
}

function markupAt(bytes: Buffer, at: number): boolean {
  return markers.some((m) => {
    if (at + m.length > bytes.length) return false;
    for (let i = 1; i < m.length; i++) if (lower(bytes[at + i]!) !== m[i]) return false;
    return true;
  });
}

/**
 * True when the file also reads as something else (a polyglot): markup anywhere in `range`,
 * a PDF header near the start, or a ZIP directory at the end. Such files are refused even
 * though every stored copy is re-encoded.
 */
export function looksLikePolyglot(bytes: Buffer, range: { head: number; tail: number } | 'all' = 'all'): boolean {
  const regions: Array<[number, number]> =
    range === 'all' ? [[0, bytes.length]] : [[0, Math.min(range.head, bytes.length)], [Math.max(0, bytes.length - range.tail), bytes.length]];
  for (const [start, end] of regions) {
    for (let at = bytes.indexOf(0x3c, start); at !== -1 && at < end; at = bytes.indexOf(0x3c, at + 1)) {
      if (markupAt(bytes, at)) return true;
    }
  }
  if (bytes.subarray(0, 1024).includes('%PDF-', 0, 'latin1')) return true;
  // The ZIP end-of-central-directory record sits within the last 64 KiB + 22 bytes.
  return bytes.subarray(Math.max(0, bytes.length - 65_557)).includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
}
