import { getDb } from '@/db/client';
import { getMediaByKey, getMediaByStem } from '@/db/queries/media';
import { isMediaPublic } from '@/db/queries/media-publicity';
import type { Media } from '@/db/schema';
import { parseRange } from '@/lib/media/range';
import { mediaStorage } from '@/lib/media/configured-storage';
import { isMediaKey } from '@/lib/media/storage';
import { parseVariantKey, pickVariant, variantMime } from '@/lib/media/variants';

const commonHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'Accept-Ranges': 'bytes',
};
// Keys are random and their bytes never change: once readers can see an item, any cache may
// keep it for a year. Before that (a photo only a draft uses) its address is known only to the
// staff and to preview links: it is answered, but no shared cache or search engine keeps it.
const publicHeaders = { 'Cache-Control': 'public, max-age=31536000, immutable' };
const unpublishedHeaders = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' };

const notFound = () => new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } });

/** The stored key and type to answer with: the original, or the rendition nearest the request. */
async function resolve(key: string): Promise<{ item: Media; storedKey: string; mimeType: string } | null> {
  const db = await getDb();
  const wanted = parseVariantKey(key);
  if (!wanted) {
    const item = await getMediaByKey(db, key);
    return item ? { item, storedKey: item.fileKey, mimeType: item.mimeType } : null;
  }
  const item = await getMediaByStem(db, wanted.stem);
  if (!item || item.kind !== 'image') return null;
  const variant = pickVariant(item.variants, wanted.width, wanted.format);
  // Items stored before renditions existed are answered with their original.
  if (!variant) return item.variants.length === 0 ? { item, storedKey: item.fileKey, mimeType: item.mimeType } : null;
  return { item, storedKey: variant.key, mimeType: variantMime[variant.format] };
}

// Whether readers can see an item, remembered per process: a public item stays public (caches
// keep it for a year anyway); an unpublished one is asked again after a few seconds, so it turns
// public soon after its story is published.
const publicity = new Map<number, { public: boolean; until: number }>();
const REMEMBERED = 5_000;
const RECHECK_MS = 10_000;

async function readersCanSee(item: Media): Promise<boolean> {
  const now = Date.now();
  const known = publicity.get(item.id);
  if (known && known.until > now) return known.public;
  const seen = await isMediaPublic(await getDb(), item);
  publicity.delete(item.id);
  if (publicity.size >= REMEMBERED) publicity.delete(publicity.keys().next().value!);
  publicity.set(item.id, { public: seen, until: seen ? Number.POSITIVE_INFINITY : now + RECHECK_MS });
  return seen;
}

async function serve(request: Request, params: Promise<{ key: string }>, withBody: boolean) {
  const { key } = await params;
  if (!isMediaKey(key)) return notFound();
  const found = await resolve(key);
  if (!found) return notFound();
  const storage = mediaStorage();
  const size = await storage.size(found.storedKey);
  if (size === null) return notFound();
  const caching = (await readersCanSee(found.item)) ? publicHeaders : unpublishedHeaders;
  const etag = `"${found.storedKey}"`;
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers: { ...commonHeaders, ...caching, ETag: etag } });

  const headers: Record<string, string> = { ...commonHeaders, ...caching, 'Content-Type': found.mimeType, ETag: etag };
  const range = parseRange(request.headers.get('range'), size);
  if (range === 'unsatisfiable') return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` } });
  if (range) {
    headers['Content-Range'] = `bytes ${range.start}-${range.end}/${size}`;
    headers['Content-Length'] = String(range.end - range.start + 1);
  } else {
    headers['Content-Length'] = String(size);
  }
  const body = withBody ? await storage.stream(found.storedKey, range ?? undefined) : null;
  if (withBody && !body) return notFound();
  return new Response(body, { status: range ? 206 : 200, headers });
}

// Stored media: served with the recorded type, never sniffed or executed; keys never change.
export function GET(request: Request, { params }: { params: Promise<{ key: string }> }) {
  return serve(request, params, true);
}

export function HEAD(request: Request, { params }: { params: Promise<{ key: string }> }) {
  return serve(request, params, false);
}
