import type { Db } from '@/db/client';
import { type NewMedia, createMedia, findMediaByHash } from '@/db/queries/media';
import type { Media, MediaVariant } from '@/db/schema';
import { type DetectedType, detectType, extensionOf, looksLikePolyglot, videoMime } from './detect';
import { type MediaLimits, formatMegabytes, mediaLimits } from './limits';
import { processImage } from './process-image';
import { mediaRefusal, refusals } from './refusal';
import { type ByteSource, openFileSource } from './file-source';
import { type SpooledFile, discard, spoolBytes } from './spool';
import { type MediaStorage, type StoredBody, newMediaKey } from './storage';
import type { UploadedMedia } from './types';
import { variantKey } from './variants';
import { inspectVideo } from './video';

interface FileDetails {
  originalName: string;
  alt?: string;
  caption?: string;
  credit?: string;
  uploadedBy: number | null;
  /** What the person chose to upload here; anything else is refused. */
  accept?: 'image' | 'video' | 'all';
}

/**
 * One file to take in: an upload already spooled to a temporary file (the caller removes it
 * afterwards), or bytes in memory (the seed, tests), which are spooled here first.
 */
type IncomingFile = FileDetails & ({ spooled: SpooledFile } | { bytes: Buffer });

function cleanName(name: string): string {
  // Kept only for search and display; never used as a path or a key.
  return name.replace(/[\u0000-\u001f\u007f/\\]/g, '').slice(-200);
}

function checkKind(type: DetectedType, accept: FileDetails['accept']) {
  if (accept === 'image' && type.kind !== 'image') throw mediaRefusal('type_refused', '這裡只能上傳圖片');
  if (accept === 'video' && type.kind !== 'video') throw mediaRefusal('type_refused', '這裡只能上傳影片');
}

interface Prepared {
  row: Omit<NewMedia, 'hash' | 'alt' | 'caption' | 'credit' | 'originalName' | 'uploadedBy'>;
  files: Array<{ key: string; body: StoredBody }>;
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
    files: [{ key: fileKey, body: processed.master }, ...processed.variants.map((v, i) => ({ key: variants[i]!.key, body: v.bytes }))],
  };
}

async function prepareVideo(file: SpooledFile, source: ByteSource, type: DetectedType & { kind: 'video' }): Promise<Prepared> {
  const info = await inspectVideo(source, type.format);
  if (!info) throw refusals.corrupt();
  const fileKey = newMediaKey(extensionOf[type.format]);
  return {
    row: { fileKey, kind: 'video', mimeType: videoMime[type.format], size: file.size, width: info.width, height: info.height },
    files: [{ key: fileKey, body: { path: file.path } }],
  };
}

// Where a second format would hide: metadata at the head, an appended payload at the tail.
// Compressed pixel data is random enough that scanning all of a 20 MB photo finds "<svg" by
// chance in a few percent of files, so images are scanned at both ends too.
const polyglotScan = { image: { head: 16_384, tail: 16_384 }, video: { head: 65_536, tail: 65_536 } };
// looksLikePolyglot looks for a ZIP directory in the last 64 KiB + 22 bytes.
const ZIP_TAIL = 65_557;

/** The polyglot check on a file's two ends, read from disk. */
async function endsLookLikePolyglot(source: ByteSource, kind: DetectedType['kind']): Promise<boolean> {
  const scan = polyglotScan[kind];
  const head = Math.max(scan.head, 1024);
  const tail = Math.max(scan.tail, ZIP_TAIL);
  if (source.size <= head + tail) return looksLikePolyglot(await source.read(0, source.size), scan);
  const ends = Buffer.concat([await source.read(0, head), await source.read(source.size - tail, tail)]);
  return looksLikePolyglot(ends, { head: scan.head, tail: scan.tail });
}

/**
 * One upload, from a file to a stored item: typed by content, checked, processed, written under
 * random keys and recorded (with its audit entry). Throws a refusal (RuleError) for anything refused;
 * on any failure the files already written are removed again, so nothing half-stored remains.
 * A video is read only in parts and copied to the store as a file; a photo (at most
 * MEDIA_MAX_IMAGE_MB) is decoded in memory by sharp.
 */
export async function ingestMedia(db: Db, storage: MediaStorage, file: IncomingFile, limits = mediaLimits()): Promise<{ item: Media; duplicate: boolean }> {
  if ('bytes' in file) {
    if (file.bytes.length === 0) throw refusals.empty();
    const spooled = await spoolBytes(file.bytes);
    try {
      return await ingestSpooled(db, storage, spooled, file, limits);
    } finally {
      await discard(spooled);
    }
  }
  return ingestSpooled(db, storage, file.spooled, file, limits);
}

async function ingestSpooled(db: Db, storage: MediaStorage, file: SpooledFile, details: FileDetails, limits: MediaLimits) {
  if (file.size === 0) throw refusals.empty();
  const source = await openFileSource(file.path);
  let prepared: Prepared;
  try {
    const type = detectType(await source.read(0, 4096));
    if (!type) throw refusals.typeRefused();
    checkKind(type, details.accept);
    if (type.kind === 'image' && file.size > limits.imageBytes) throw mediaRefusal('too_large', `圖片超過 ${formatMegabytes(limits.imageBytes)}，請壓縮後再上傳`);
    if (type.kind === 'video' && file.size > limits.videoBytes) throw mediaRefusal('too_large', `影片超過 ${formatMegabytes(limits.videoBytes)}，請壓縮後再上傳`);
    if (await endsLookLikePolyglot(source, type.kind)) throw refusals.typeRefused();

    const existing = await findMediaByHash(db, file.sha256);
    if (existing) return { item: existing, duplicate: true };
    prepared = type.kind === 'image' ? await prepareImage(await source.read(0, file.size), type, limits) : await prepareVideo(file, source, type);
  } finally {
    await source.close();
  }

  const written: string[] = [];
  try {
    for (const f of prepared.files) {
      await storage.put(f.key, f.body);
      written.push(f.key);
    }
    const result = await createMedia(db, {
      ...prepared.row,
      hash: file.sha256,
      alt: details.alt?.trim() ?? '',
      caption: details.caption?.trim() ?? '',
      credit: details.credit?.trim() ?? '',
      originalName: cleanName(details.originalName),
      uploadedBy: details.uploadedBy,
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
