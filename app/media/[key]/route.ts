import { getDb } from '@/db/client';
import { getMediaByKey, getMediaByStem } from '@/db/queries/media';
import type { Media } from '@/db/schema';
import { parseRange } from '@/lib/media/range';
import { mediaStorage } from '@/lib/media/configured-storage';
import { mediaCaching, mediaNotFound, readersCanSee } from '@/lib/media/reader-visibility';
import { isMediaKey } from '@/lib/media/storage';
import { parseVariantKey, pickVariant, variantMime } from '@/lib/media/variants';

const commonHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'Accept-Ranges': 'bytes',
};
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

async function serve(request: Request, params: Promise<{ key: string }>, withBody: boolean) {
  const { key } = await params;
  if (!isMediaKey(key)) return mediaNotFound();
  const found = await resolve(key);
  if (!found) return mediaNotFound();
  const storage = mediaStorage();
  const size = await storage.size(found.storedKey);
  if (size === null) return mediaNotFound();
  const caching = (await readersCanSee(found.item)) ? mediaCaching.public : mediaCaching.unpublished;
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
  if (withBody && !body) return mediaNotFound();
  return new Response(body, { status: range ? 206 : 200, headers });
}

// Stored media: served with the recorded type, never sniffed or executed; keys never change.
export function GET(request: Request, { params }: { params: Promise<{ key: string }> }) {
  return serve(request, params, true);
}

export function HEAD(request: Request, { params }: { params: Promise<{ key: string }> }) {
  return serve(request, params, false);
}
