import sharp from 'sharp';
import type { Media } from '@/db/schema';
import { createLimiter } from './limiter';
import { SHARE_HEIGHT, SHARE_WIDTH, shareCropBox, shareImageUrl } from './share-image';
import type { MediaStorage } from './storage';
import { pickVariant } from './variants';

// One at a time: a crawler's burst of requests waits here instead of taking every core.
const oneAtATime = createLimiter(1);

/** Cuts a photo to the share image's shape around its focal point, as a 1200×630 JPEG. */
export function renderShareImage(bytes: Buffer, focal: { focalX: number; focalY: number }, limitInputPixels: number): Promise<Buffer> {
  return oneAtATime(async () => {
    // Stored photos are already upright with their metadata removed (process-image.ts).
    const { width, height } = await sharp(bytes, { limitInputPixels, pages: 1 }).metadata();
    if (!width || !height) throw new Error('share image: a photo without dimensions');
    const box = shareCropBox(width, height, focal.focalX, focal.focalY);
    return sharp(bytes, { limitInputPixels, pages: 1 })
      .extract(box)
      .resize(SHARE_WIDTH, SHARE_HEIGHT, { fit: 'cover' })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 84, progressive: true })
      .toBuffer();
  });
}

// The last few made, so a link shared widely is cut once per server, not once per crawler.
const recent = new Map<string, Promise<Buffer | null>>();
const KEPT = 16;

/**
 * The share image of a still photo at its stored focal point, cut from its widest JPEG rendition
 * (the original when it has none), or null when its file is missing.
 */
export function loadShareImage(item: Pick<Media, 'fileKey' | 'variants' | 'focalX' | 'focalY'>, storage: MediaStorage, limitInputPixels: number): Promise<Buffer | null> {
  const address = shareImageUrl(item);
  if (!address) return Promise.resolve(null);
  const known = recent.get(address);
  if (known) return known;
  const made = (async () => {
    const source = pickVariant(item.variants, Number.POSITIVE_INFINITY, 'jpeg')?.key ?? item.fileKey;
    const bytes = await storage.get(source);
    return bytes ? renderShareImage(bytes, item, limitInputPixels) : null;
  })();
  recent.set(address, made);
  if (recent.size > KEPT) recent.delete(recent.keys().next().value!);
  // A failure or a missing file is not remembered: the next request tries again.
  made.then(
    (bytes) => bytes ?? recent.delete(address),
    () => recent.delete(address),
  );
  return made;
}
