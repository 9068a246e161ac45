import 'server-only';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { unstable_cache } from 'next/cache';
import { env } from '@/lib/env';

// Next's data cache keeps entries on disk across restarts, but a restarted server may sit on a
// different database (a new DATA_DIR, a restored backup) and revalidation is in memory. A key
// part unique to this process keeps entries from an earlier process from ever being read.
// With REDIS_URL the entries are shared by every server (lib/cache/cache-handler.mjs keys them
// by build), so the key part must be the same on all of them.
const store = globalThis as unknown as { __zebianCacheGeneration?: string };
const generation = env().REDIS_URL ? 'shared' : (store.__zebianCacheGeneration ?? startGeneration());

function startGeneration(): string {
  store.__zebianCacheGeneration = randomUUID();
  void pruneEarlierEntries(Date.now());
  return store.__zebianCacheGeneration;
}

/** Entries written before this process started can never be read again: remove them, once. */
async function pruneEarlierEntries(startedAt: number): Promise<void> {
  const folder = path.join(/* turbopackIgnore: true */ process.cwd(), '.next', 'cache', 'fetch-cache');
  try {
    for (const name of await fs.readdir(folder)) {
      const file = path.join(folder, name);
      const stat = await fs.stat(file);
      if (stat.isFile() && stat.mtimeMs < startedAt) await fs.rm(file, { force: true });
    }
  } catch (error) {
    // Housekeeping only: no folder yet is normal; anything else is worth a line in the log.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.warn('Could not prune the reader cache folder', error);
  }
}

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
    const cached = unstable_cache(async (...a: A) => pack(await load(...a)), ['reader', generation, name], {
      tags: tags(...args),
      revalidate: maxAgeSeconds,
    });
    const value = unpack(await cached(...args));
    return (value === null ? undefined : value) as R;
  };
}
