import 'server-only';
import { unstable_cache } from 'next/cache';

// Entries live where lib/cache/cache-handler.mjs (next.config.ts `cacheHandler`) keeps them:
// in this process's memory, so a restarted server (perhaps on another database: a new DATA_DIR,
// a restored backup) starts empty and never reads an earlier process's entries; or, with
// REDIS_URL, in Redis under a key naming the build, shared by every server of it. Nothing is
// written to disk (`isrFlushToDisk: false`).

/** Safety net if an invalidation is ever missed (e.g. a direct database edit). */
const maxAgeSeconds = 600;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

// The cache stores JSON; Dates are carried as { $date: ms } and revived on the way out.
function pack(value: unknown): Json {
  if (value instanceof Date) return { $date: value.getTime() };
  if (Array.isArray(value)) return value.map(pack);
  if (value && typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = pack(v);
    return out;
  }
  return value === undefined ? null : (value as Json);
}

function unpack(value: Json): unknown {
  if (Array.isArray(value)) return value.map(unpack);
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '$date' && typeof value.$date === 'number') return new Date(value.$date);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unpack(v)]));
  }
  return value;
}

/**
 * A loader served from Next's data cache, keyed by its name and arguments and tagged with what
 * it read (see cache-tags.ts). `undefined` results are kept as `null` and returned as undefined.
 */
export function cachedLoader<A extends (string | number | boolean | null)[], R>(name: string, load: (...args: A) => Promise<R>, tags: (...args: A) => string[]) {
  return async (...args: A): Promise<R> => {
    const cached = unstable_cache(async (...a: A) => pack(await load(...a)), ['reader', name], {
      tags: tags(...args),
      revalidate: maxAgeSeconds,
    });
    const value = unpack(await cached(...args));
    return (value === null ? undefined : value) as R;
  };
}
