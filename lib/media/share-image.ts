import { hasVariants } from './variants';

/**
 * The share image (og:image, twitter:image): one 1200×630 JPEG per photo, cut around its 焦點.
 * The focal point is part of its address, so a new point is a new address (caches keep each
 * one for good) and the server makes only the one for the point that is stored: no other size
 * or shape can be asked for.
 */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

export interface CropBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

const clampPercent = (value: number) => Math.min(100, Math.max(0, value));

/**
 * The largest box of the share image's shape inside a `width`×`height` photo, placed by the focal
 * point (percent from the left and from the top) as CSS `object-position` places a photo in a
 * card: the point sits as far across the box as it is across the photo. So it is always in the
 * box, and the share image is the very crop the workspace's previews and the reader's cards show.
 */
export function shareCropBox(width: number, height: number, focalX: number, focalY: number): CropBox {
  const ratio = SHARE_WIDTH / SHARE_HEIGHT;
  const boxWidth = Math.max(1, Math.min(width, Math.round(height * ratio)));
  const boxHeight = Math.max(1, Math.min(height, Math.round(boxWidth / ratio)));
  const place = (size: number, box: number, focal: number) => Math.round(((size - box) * clampPercent(focal)) / 100);
  return { left: place(width, boxWidth, focalX), top: place(height, boxHeight, focalY), width: boxWidth, height: boxHeight };
}

const SHARE_KEY = /^([a-z0-9]{24})_(0|[1-9][0-9]?|100)_(0|[1-9][0-9]?|100)\.jpg$/;

/** The key a share image is asked for by: the photo's stem and its focal point. */
function shareKey(fileKey: string, focalX: number, focalY: number): string {
  return `${fileKey.slice(0, fileKey.indexOf('.'))}_${Math.round(clampPercent(focalX))}_${Math.round(clampPercent(focalY))}.jpg`;
}

/** A share key's parts, or null for anything else (one spelling per point: no leading zeros). */
export function parseShareKey(key: string): { stem: string; focalX: number; focalY: number } | null {
  const m = SHARE_KEY.exec(key);
  return m ? { stem: m[1]!, focalX: Number(m[2]), focalY: Number(m[3]) } : null;
}

/** Where a photo's share image is served, or null for a file that is not a still photo (a GIF, a video). */
export function shareImageUrl(photo: { fileKey: string; focalX: number; focalY: number }): string | null {
  return hasVariants(photo.fileKey) ? `/media/share/${shareKey(photo.fileKey, photo.focalX, photo.focalY)}` : null;
}
