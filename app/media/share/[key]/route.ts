import { getDb } from '@/db/client';
import { getMediaByStem } from '@/db/queries/media';
import { mediaStorage } from '@/lib/media/configured-storage';
import { mediaLimits } from '@/lib/media/limits';
import { mediaCaching, mediaNotFound, readersCanSee } from '@/lib/media/reader-visibility';
import { parseShareKey, shareImageUrl } from '@/lib/media/share-image';
import { loadShareImage } from '@/lib/media/share-render';

const fileHeaders = { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'none'; sandbox" };

/**
 * A photo's share image (og:image): 1200×630 around its 焦點. Only the stored point is made; an
 * address with an earlier point (a card a social site read before the point moved) is sent on
 * to the current one, never cut anew.
 */
export async function GET(request: Request, { params }: { params: Promise<{ key: string }> }) {
  const wanted = parseShareKey((await params).key);
  if (!wanted) return mediaNotFound();
  const item = await getMediaByStem(await getDb(), wanted.stem);
  const current = item?.kind === 'image' ? shareImageUrl(item) : null;
  if (!item || !current) return mediaNotFound();
  if (item.focalX !== wanted.focalX || item.focalY !== wanted.focalY) {
    return new Response(null, { status: 307, headers: { ...fileHeaders, Location: current, 'Cache-Control': 'no-store' } });
  }
  const caching = (await readersCanSee(item)) ? mediaCaching.public : mediaCaching.unpublished;
  const etag = `"share-${wanted.stem}_${wanted.focalX}_${wanted.focalY}"`;
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers: { ...fileHeaders, ...caching, ETag: etag } });
  const bytes = await loadShareImage(item, mediaStorage(), mediaLimits().imagePixels);
  if (!bytes) return mediaNotFound();
  return new Response(new Uint8Array(bytes), {
    headers: { ...fileHeaders, ...caching, 'Content-Type': 'image/jpeg', 'Content-Length': String(bytes.length), ETag: etag },
  });
}
