import type { Db } from '@/db/client';
import { type NewMedia, createMedia, findMediaByHash } from '@/db/queries/media';
import type { Media, MediaVariant } from '@/db/schema';
import { type DetectedType, detectType, extensionOf, looksLikePolyglot, videoMime } from './detect';
import { type MediaLimits, formatMegabytes, mediaLimits } from './limits';
import { processImage } from './process-image';
import { MediaRefusal, refusals } from './refusal';
import { type MediaStorage, newMediaKey } from './storage';
import type { UploadedMedia } from './types';
import { variantKey } from './variants';
import { inspectVideo } from './video';

export interface IncomingFile {
  bytes: Buffer;
  originalName: string;
  alt?: string;
  caption?: string;
  credit?: string;
  uploadedBy: number | null;
  /** What the person chose to upload here; anything else is refused. */
  accept?: 'image' | 'video' | 'all';
}

/** SHA-256 through WebCrypto, which hashes on the thread pool: a 500 MB video does not stall the event loop. */
async function contentHash(bytes: Buffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) as Uint8Array<ArrayBuffer>);
  return Buffer.from(digest).toString('hex');
}

function cleanName(name: string): string {
  // Kept only for search and display; never used as a path or a key.
  return name.replace(/[\u0000-\u001f\u007f/\\]/g, '').slice(-200);
}

function checkKind(type: DetectedType, accept: IncomingFile['accept']) {
  if (accept === 'image' && type.kind !== 'image') throw new MediaRefusal('type_refused', '這裡只能上傳圖片');
  if (accept === 'video' && type.kind !== 'video') throw new MediaRefusal('type_refused', '這裡只能上傳影片');
}

interface Prepared {
  row: Omit<NewMedia, 'hash' | 'alt' | 'caption' | 'credit' | 'originalName' | 'uploadedBy'>;
  files: Array<{ key: string; bytes: Buffer }>;
}

async function prepareImage(bytes: Buffer, type: DetectedType & { kind: 'image' }, limits: MediaLimits): Promise<Prepared> {
  const processed = await processImage(bytes, type.format, limits);
  const fileKey = newMediaKey(extensionOf[type.format]);
  const variants: MediaVariant[] = processed.variants.map((v) => ({
    key: variantKey(fileKey, v.width, v.format),
    format: v.format,
    width: v.width,
    height: v.height,
    size: v.bytes.length,
  }));
  return {
    row: {
      fileKey,
      kind: 'image',
      mimeType: processed.mimeType,
      size: processed.master.length,
      width: processed.width,
      height: processed.height,
      variants,
      placeholder: processed.placeholder,
    },
    files: [{ key: fileKey, bytes: processed.master }, ...processed.variants.map((v, i) => ({ key: variants[i]!.key, bytes: v.bytes }))],
  };
}

function prepareVideo(bytes: Buffer, type: DetectedType & { kind: 'video' }, limits: MediaLimits): Prepared {
  if (bytes.length > limits.videoBytes) throw new MediaRefusal('too_large', `影片超過 ${formatMegabytes(limits.videoBytes)}，請壓縮後再上傳`);
  const info = inspectVideo(bytes, type.format);
  if (!info) throw refusals.corrupt();
  const fileKey = newMediaKey(extensionOf[type.format]);
  return {
    row: { fileKey, kind: 'video', mimeType: videoMime[type.format], size: bytes.length, width: info.width, height: info.height },
    files: [{ key: fileKey, bytes }],
  };
}

/**
 * One upload, from bytes to a stored item: typed by content, checked, processed, written under
 * random keys and recorded (with its audit entry). Throws MediaRefusal for anything refused;
 * on any failure the files already written are removed again, so nothing half-stored remains.
 */
export async function ingestMedia(db: Db, storage: MediaStorage, file: IncomingFile, limits = mediaLimits()): Promise<{ item: Media; duplicate: boolean }> {
  if (file.bytes.length === 0) throw refusals.empty();
  const type = detectType(file.bytes);
  if (!type) throw refusals.typeRefused();
  checkKind(type, file.accept);
  if (type.kind === 'image' && file.bytes.length > limits.imageBytes) {
    throw new MediaRefusal('too_large', `圖片超過 ${formatMegabytes(limits.imageBytes)}，請壓縮後再上傳`);
  }
  // Images are scanned whole; a video's head and tail are where a second format would hide.
  // Only the head and tail, where metadata and appended payloads sit: compressed pixel data is
  // random enough that scanning all of a 20 MB photo finds "<svg" by chance in a few percent of files.
  const polyglot = looksLikePolyglot(file.bytes, type.kind === 'image' ? { head: 16_384, tail: 16_384 } : { head: 65_536, tail: 65_536 });
  if (polyglot) throw refusals.typeRefused();

  const hash = await contentHash(file.bytes);
  const existing = await findMediaByHash(db, hash);
  if (existing) return { item: existing, duplicate: true };

  const prepared = type.kind === 'image' ? await prepareImage(file.bytes, type, limits) : prepareVideo(file.bytes, type, limits);
  const written: string[] = [];
  try {
    for (const f of prepared.files) {
      await storage.put(f.key, f.bytes);
      written.push(f.key);
    }
    const result = await createMedia(db, {
      ...prepared.row,
      hash,
      alt: file.alt?.trim() ?? '',
      caption: file.caption?.trim() ?? '',
      credit: file.credit?.trim() ?? '',
      originalName: cleanName(file.originalName),
      uploadedBy: file.uploadedBy,
    });
    // Another upload of the same bytes won the race: keep its files, drop ours.
    if (result.duplicate) await Promise.all(written.map((key) => storage.remove(key)));
    return result;
  } catch (error) {
    await Promise.all(written.map((key) => storage.remove(key).catch(() => undefined)));
    throw error;
  }
}

export function toUploadedMedia(item: Media, duplicate: boolean): UploadedMedia {
  return {
    id: item.id,
    fileKey: item.fileKey,
    kind: item.kind,
    mimeType: item.mimeType,
    width: item.width,
    height: item.height,
    alt: item.alt,
    caption: item.caption,
    credit: item.credit,
    duplicate,
  };
}
