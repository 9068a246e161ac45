/**
 * Responsive renditions of a photo. Their keys derive from the original's key, so a page that
 * knows only the key (and perhaps the width) can build its srcset; the media route answers a
 * width that was not made with the nearest larger one.
 */
export type VariantFormat = 'avif' | 'webp' | 'jpeg';

const VARIANT_WIDTHS = [320, 640, 960, 1280, 1920] as const;
const WIDEST = 1920;
export const VARIANT_FORMATS: readonly VariantFormat[] = ['avif', 'webp', 'jpeg'];
export const variantMime: Record<VariantFormat, string> = { avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg' };
const variantExtension: Record<VariantFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };

/** The widths made for a photo `width` pixels wide: never enlarged, at most the widest step. */
export function variantWidths(width: number | null | undefined): number[] {
  if (!width || width <= 0) return [...VARIANT_WIDTHS];
  const top = Math.min(width, WIDEST);
  return [...VARIANT_WIDTHS.filter((w) => w < top), top];
}

function keyStem(fileKey: string): string {
  return fileKey.slice(0, fileKey.indexOf('.'));
}

export function variantKey(fileKey: string, width: number, format: VariantFormat): string {
  return `${keyStem(fileKey)}_${width}.${variantExtension[format]}`;
}

const VARIANT_KEY = /^([a-z0-9]{24})_([1-9][0-9]{1,3})\.(avif|webp|jpg)$/;

/** A derived key's parts, or null for an original's key. */
export function parseVariantKey(key: string): { stem: string; width: number; format: VariantFormat } | null {
  const m = VARIANT_KEY.exec(key);
  if (!m) return null;
  const format = m[3] === 'jpg' ? 'jpeg' : (m[3] as 'avif' | 'webp');
  return { stem: m[1]!, width: Number(m[2]), format };
}

/** The address the media route serves a stored file at (an original or a rendition): the one place its shape is written. */
export function mediaUrl(fileKey: string): string {
  return `/media/${fileKey}`;
}

/** A WebP rendition about `width` pixels wide for a workspace preview; a file without renditions as it is. */
export function mediaPreviewUrl(fileKey: string, width: number): string {
  return mediaUrl(hasVariants(fileKey) ? variantKey(fileKey, width, 'webp') : fileKey);
}

/** Only still photos get renditions; an animated GIF and a video are served as they are. */
export function hasVariants(fileKey: string): boolean {
  return /\.(jpg|png|webp|avif)$/.test(fileKey);
}

/** The rendition to serve for a request: the exact one, else the nearest wider, else the widest. */
export function pickVariant<V extends { width: number; format: VariantFormat }>(variants: V[], width: number, format: VariantFormat): V | undefined {
  const sameFormat = variants.filter((v) => v.format === format).sort((a, b) => a.width - b.width);
  return sameFormat.find((v) => v.width >= width) ?? sameFormat.at(-1);
}
