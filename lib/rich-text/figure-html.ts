import type { MediaVariant } from '@/db/schema';
import { type VariantFormat, VARIANT_FORMATS, hasVariants, mediaUrl, variantKey, variantMime, variantWidths } from '@/lib/media/variants';

/** What the renderer needs to know of a figure's media: looked up from the library, never sent by a browser. */
export interface FigureMedia {
  kind: 'image' | 'video';
  width: number | null;
  height: number | null;
  variants: MediaVariant[];
  placeholder: string | null;
  /** A video's poster image (its original's key), when it has one. */
  posterKey: string | null;
  posterWidth: number | null;
}

export type FigureMediaMap = ReadonlyMap<string, FigureMedia>;

const SIZES = '(max-width: 760px) 100vw, 760px';

/** Escapes text for an HTML text node or a double-quoted attribute value. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const url = mediaUrl;

function attributes(attrs: Record<string, string | number | null | undefined>): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`)
    .join('');
}

function srcSet(fileKey: string, width: number | null, format: VariantFormat, variants: MediaVariant[]): string {
  const made = variants.filter((v) => v.format === format);
  if (made.length) return made.map((v) => `${url(v.key)} ${v.width}w`).join(', ');
  return variantWidths(width)
    .map((w) => `${url(variantKey(fileKey, w, format))} ${w}w`)
    .join(', ');
}

function caption(texts: { caption: string; credit: string }): string {
  if (!texts.caption && !texts.credit) return '';
  const credit = texts.credit ? `<span class="photo-credit">${escapeHtml(texts.credit)}</span>` : '';
  return `<figcaption>${escapeHtml(texts.caption)}${credit}</figcaption>`;
}

/**
 * A photo as the gallery shows it (components/reader/media-image.tsx): AVIF and WebP renditions
 * with a JPEG fallback, its size stated so the page does not jump, loaded lazily.
 */
export function photoFigureHtml(fileKey: string, item: FigureMedia, texts: { caption: string; alt: string; credit: string }): string {
  const common = { width: item.width, height: item.height, loading: 'lazy', decoding: 'async' };
  let picture: string;
  if (!hasVariants(fileKey)) {
    picture = `<img${attributes({ src: url(fileKey), alt: texts.alt, ...common })}>`;
  } else {
    const widths = variantWidths(item.width);
    const fallback = widths.find((w) => w >= 960) ?? widths.at(-1)!;
    const sources = VARIANT_FORMATS.filter((f) => f !== 'jpeg')
      .map((f) => `<source${attributes({ type: variantMime[f], srcset: srcSet(fileKey, item.width, f, item.variants), sizes: SIZES })}>`)
      .join('');
    const style = item.placeholder?.startsWith('data:image/') ? `background-image:url("${item.placeholder}");background-size:cover` : null;
    const img = `<img${attributes({
      alt: texts.alt,
      src: url(variantKey(fileKey, fallback, 'jpeg')),
      srcset: srcSet(fileKey, item.width, 'jpeg', item.variants),
      sizes: SIZES,
      ...common,
      style,
    })}>`;
    picture = `<picture>${sources}${img}</picture>`;
  }
  return `<figure class="body-figure">${picture}${caption(texts)}</figure>`;
}

/** A video with its poster (a JPEG rendition of the poster image), fetched only when played. */
export function videoFigureHtml(fileKey: string, item: FigureMedia, texts: { caption: string; credit: string }): string {
  let poster: string | null = null;
  if (item.posterKey) {
    const widths = variantWidths(item.posterWidth);
    poster = hasVariants(item.posterKey) ? url(variantKey(item.posterKey, widths.find((w) => w >= 960) ?? widths.at(-1)!, 'jpeg')) : url(item.posterKey);
  }
  const video = `<video${attributes({ controls: '', preload: 'none', poster, src: url(fileKey), width: item.width, height: item.height, playsinline: '' })}></video>`;
  return `<figure class="body-figure body-video">${video}${caption(texts)}</figure>`;
}
