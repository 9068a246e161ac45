import type { MediaVariant } from '@/db/schema';
import { type VariantFormat, VARIANT_FORMATS, hasVariants, mediaUrl, variantKey, variantMime, variantWidths } from '@/lib/media/variants';

/** A JPEG rendition about `width` pixels wide, for places that take one URL (og:image, feeds). */
export function mediaRenditionUrl(fileKey: string, width = 1280): string {
  return hasVariants(fileKey) ? mediaUrl(variantKey(fileKey, width, 'jpeg')) : mediaUrl(fileKey);
}

function srcSet(fileKey: string, widths: number[], format: VariantFormat, variants: MediaVariant[] | undefined): string {
  if (variants?.length) {
    return variants
      .filter((v) => v.format === format)
      .map((v) => `${mediaUrl(v.key)} ${v.width}w`)
      .join(', ');
  }
  return widths.map((w) => `${mediaUrl(variantKey(fileKey, w, format))} ${w}w`).join(', ');
}

/**
 * A stored photo as a responsive <picture>: AVIF and WebP renditions with a JPEG fallback. The
 * rendition keys derive from fileKey (and the widths from `width`), so callers that know only
 * the key still get a srcset; passing `variants` lists exactly what was made, and `placeholder`
 * shows a blurred preview while the photo loads. Animated GIFs are served as uploaded.
 */
export function MediaImage({
  fileKey,
  alt,
  width,
  height,
  eager = false,
  className,
  sizes = '(max-width: 760px) 100vw, 760px',
  variants,
  placeholder,
  focus,
}: {
  fileKey: string;
  alt: string;
  width?: number | null;
  height?: number | null;
  eager?: boolean;
  className?: string;
  /** How wide the photo is shown, for the browser's choice of rendition. */
  sizes?: string;
  variants?: MediaVariant[];
  placeholder?: string | null;
  /** The photo's 焦點 as a CSS object-position ("30% 40%"): what stays in view when CSS crops it. */
  focus?: string | null;
}) {
  const position = focus && /^\d{1,3}% \d{1,3}%$/.test(focus) ? { objectPosition: focus } : undefined;
  const common = {
    width: width ?? undefined,
    height: height ?? undefined,
    loading: eager ? ('eager' as const) : ('lazy' as const),
    decoding: 'async' as const,
    className,
    ...(eager ? { fetchPriority: 'high' as const } : {}),
  };
  if (!hasVariants(fileKey)) {
    // eslint-disable-next-line @next/next/no-img-element -- our own media route serves the bytes
    return <img src={mediaUrl(fileKey)} alt={alt} {...common} style={position} />;
  }
  const widths = variantWidths(width);
  const fallbackWidth = widths.find((w) => w >= 960) ?? widths.at(-1)!;
  return (
    <picture>
      {VARIANT_FORMATS.filter((f) => f !== 'jpeg').map((format) => (
        <source key={format} type={variantMime[format]} srcSet={srcSet(fileKey, widths, format, variants)} sizes={sizes} />
      ))}
      <img
        alt={alt}
        src={mediaUrl(variantKey(fileKey, fallbackWidth, 'jpeg'))}
        srcSet={srcSet(fileKey, widths, 'jpeg', variants)}
        sizes={sizes}
        {...common}
        style={placeholder || position ? { ...position, ...(placeholder ? { backgroundImage: `url("${placeholder}")`, backgroundSize: 'cover' } : {}) } : undefined}
      />
    </picture>
  );
}
