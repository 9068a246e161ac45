import { getDb } from '@/db/client';
import { isMediaPublic } from '@/db/queries/media-publicity';
import type { Media } from '@/db/schema';

// Whether readers can see an item, remembered per process: a public item stays public (caches
// keep it for a year anyway); an unpublished one is asked again after a few seconds, so it turns
// public soon after its story is published.
const publicity = new Map<number, { public: boolean; until: number }>();
const REMEMBERED = 5_000;
const RECHECK_MS = 10_000;

/** Whether a public story or topic shows the item, which decides how long caches may keep its files. */
export async function readersCanSee(item: Media): Promise<boolean> {
  const now = Date.now();
  const known = publicity.get(item.id);
  if (known && known.until > now) return known.public;
  const seen = await isMediaPublic(await getDb(), item);
  publicity.delete(item.id);
  if (publicity.size >= REMEMBERED) publicity.delete(publicity.keys().next().value!);
  publicity.set(item.id, { public: seen, until: seen ? Number.POSITIVE_INFINITY : now + RECHECK_MS });
  return seen;
}

const noSniff = { 'X-Content-Type-Options': 'nosniff' };
// Keys are random and their bytes never change: once readers can see an item, any cache may
// keep it for a year. Before that (a photo only a draft uses) its address is known only to the
// staff and to preview links: it is answered, but no shared cache or search engine keeps it.
export const mediaCaching = {
  public: { 'Cache-Control': 'public, max-age=31536000, immutable' },
  unpublished: { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' },
};

export const mediaNotFound = () => new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store', ...noSniff } });
