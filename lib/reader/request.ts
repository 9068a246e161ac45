import 'server-only';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { env, publicUrl } from '@/lib/env';
import { loadSiteChrome } from './loaders';
import { type ReaderVariant, isVariant, isVariantSegment } from './variant';

/**
 * The script a reader page is served in, from its `[variant]` segment: `hans` or `hant` for
 * the prefixed addresses, `default` (the site's default script) for unprefixed ones. The segment
 * is part of the page's path, so each script is cached as a page of its own.
 */
export const variantOfSegment = cache(async (segment: string): Promise<ReaderVariant> => {
  const { settings } = await loadSiteChrome('hant');
  if (isVariant(segment)) return { variant: segment, explicit: true, defaultVariant: settings.defaultVariant };
  return { variant: settings.defaultVariant, explicit: false, defaultVariant: settings.defaultVariant };
});

/** For pages: the variant of `params`, or the reader's 404 for a segment that is not one. */
export async function readerVariant(params: Promise<{ variant: string }>): Promise<ReaderVariant> {
  const { variant } = await params;
  if (!isVariantSegment(variant)) notFound();
  return variantOfSegment(variant);
}

/**
 * The origin for absolute URLs on cached pages (Open Graph, JSON-LD), which are rendered once
 * for every reader and so cannot read the request: PUBLIC_URL, else this server on localhost.
 */
export function publicOrigin(): string {
  return publicUrl();
}

/** For per-request responses (feeds, sitemaps): PUBLIC_URL, else the request's host. */
export async function siteOrigin(): Promise<string> {
  const configured = env().PUBLIC_URL;
  if (configured) return configured;
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost';
  const proto = h.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${proto}://${host}`;
}
