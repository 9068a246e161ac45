/** The two scripts a reader can choose: 繁體 (hant) and 简体 (hans). */
export type Variant = 'hant' | 'hans';

export const variants: readonly Variant[] = ['hant', 'hans'];

/** URL prefix of each variant: `/zh-hans/articles/1` is the simplified page of `/articles/1`. */
export const variantPrefix: Record<Variant, string> = { hant: '/zh-hant', hans: '/zh-hans' };

/** BCP 47 tag for `<html lang>` and hreflang. */
export const variantLang: Record<Variant, 'zh-Hant' | 'zh-Hans'> = { hant: 'zh-Hant', hans: 'zh-Hans' };

/** Cookie that remembers the reader's choice. */
export const variantCookie = 'zebian-variant';

/**
 * The reader pages' first path segment inside the app (next.config.ts rewrites to it):
 * `hant` and `hans` for `/zh-hant/…` and `/zh-hans/…`, `default` for unprefixed addresses.
 */
type VariantSegment = Variant | 'default';

export function isVariantSegment(value: unknown): value is VariantSegment {
  return value === 'default' || isVariant(value);
}

export function isVariant(value: unknown): value is Variant {
  return value === 'hant' || value === 'hans';
}

/** The variant a path asks for, and the path without its prefix. */
export function splitVariantPath(pathname: string): { variant: Variant | null; path: string } {
  for (const v of variants) {
    const prefix = variantPrefix[v];
    if (pathname === prefix || pathname.startsWith(`${prefix}/`)) return { variant: v, path: pathname.slice(prefix.length) || '/' };
  }
  return { variant: null, path: pathname };
}

/**
 * How a page was asked for: `explicit` when its URL carries a prefix; links on the page then
 * keep that prefix, so a reader stays in the script they chose.
 */
export interface ReaderVariant {
  variant: Variant;
  explicit: boolean;
  /** The site's default script, served at unprefixed URLs. */
  defaultVariant?: Variant;
}

/** The one URL of a page in a variant: unprefixed for the site's default script. */
export function canonicalPath(variant: Variant, defaultVariant: Variant, path: string): string {
  if (variant === defaultVariant) return path;
  return path === '/' ? variantPrefix[variant] : `${variantPrefix[variant]}${path}`;
}

/** canonical and hreflang alternates (zh-Hant, zh-Hans, x-default) of a reader page. */
export function alternatesFor(rv: ReaderVariant, path: string) {
  const def = rv.defaultVariant ?? 'hant';
  return {
    canonical: canonicalPath(rv.variant, def, path),
    languages: {
      'zh-Hant': canonicalPath('hant', def, path),
      'zh-Hans': canonicalPath('hans', def, path),
      'x-default': path,
    },
  };
}

/** A reader link in the page's variant: `/channels/x` or `/zh-hans/channels/x`. */
export function hrefIn(rv: ReaderVariant, path: string): string {
  if (!rv.explicit) return path;
  return path === '/' ? variantPrefix[rv.variant] : `${variantPrefix[rv.variant]}${path}`;
}

