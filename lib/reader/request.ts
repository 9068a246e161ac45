import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { loadSiteChrome } from './loaders';
import { type ReaderVariant, isVariant, variantHeader } from './variant';

/**
 * The script this request is served in: the URL's prefix (the proxy passes it on in a header),
 * else the site's default. Read outside the cached loaders, whose arguments it becomes.
 */
export const readerVariant = cache(async (): Promise<ReaderVariant> => {
  const asked = (await headers()).get(variantHeader);
  const { settings } = await loadSiteChrome('hant');
  if (isVariant(asked)) return { variant: asked, explicit: true, defaultVariant: settings.defaultVariant };
  return { variant: settings.defaultVariant, explicit: false, defaultVariant: settings.defaultVariant };
});

/** Whether this request is a reader page (the proxy marks those), for <html lang>. */
export async function isReaderRequest(): Promise<boolean> {
  return (await headers()).has(variantHeader);
}

/** This site's origin for absolute URLs (feeds, sitemaps, Open Graph): PUBLIC_URL, else the request's host. */
export async function siteOrigin(): Promise<string> {
  const configured = process.env.PUBLIC_URL;
  if (configured) return configured.replace(/\/+$/, '');
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost';
  const proto = h.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${proto}://${host}`;
}
