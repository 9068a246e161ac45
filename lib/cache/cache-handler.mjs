// Next's cache handler (next.config.ts `cacheHandler`): the page cache (ISR reader pages, route
// output) and the data cache (`unstable_cache`, lib/reader/cache.ts) go through here.
//
// Without REDIS_URL entries stay in this process's memory, as with Next's own handler. With it
// they live in Redis, shared by every server, and an invalidation made on one server is seen by
// the next read on any server (each read compares the entry with its tags' times in Redis).
//
// Never stale after an invalidation: Next's own handler stamps an entry with the time it is
// *stored*. A render that read the database before a story was published, and finished after
// the publication invalidated its tags, was therefore stored as newer than the invalidation and
// served as fresh: a 404 for a public story until the safety expiry. Here an entry is stamped
// with the time its render *began* (the first miss for that key in this process), so such an
// entry is older than the invalidation and is never returned.
import fs from 'node:fs';
import path from 'node:path';
import { MemoryStore, RedisStore } from './cache-stores.mjs';
import { defaultRedisKeyPrefix } from './key-prefix.mjs';

/** An entry nobody reads for a day is dropped; tag invalidations and Next's revalidate act sooner. */
const ENTRY_TTL_SECONDS = 24 * 60 * 60;
/** A render never takes this long; a miss older than this was abandoned (an error, a crash). */
const RENDER_LIMIT_MS = 60 * 1000;

const shared = globalThis;

function buildName(serverDistDir) {
  if (process.env.NEXT_DEPLOYMENT_ID) return process.env.NEXT_DEPLOYMENT_ID;
  try {
    return fs.readFileSync(path.join(serverDistDir ?? path.join(process.cwd(), '.next', 'server'), '..', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'dev';
  }
}

/** The process's one store, made on first use. */
function cacheStore(options = {}) {
  if (!shared.__zebianCacheStore) {
    // `next build` prerenders into memory: entries made there are never shared.
    const url = process.env.NEXT_PHASE === 'phase-production-build' ? undefined : process.env.REDIS_URL;
    shared.__zebianCacheStore = url
      ? new RedisStore({ url, prefix: process.env.REDIS_KEY_PREFIX || defaultRedisKeyPrefix, build: buildName(options.serverDistDir) })
      : new MemoryStore();
  }
  return shared.__zebianCacheStore;
}

/**
 * The renders of each key in flight in this process: when the first began and how many there
 * are. A page's loader is often called twice at once (its metadata and its body): both miss,
 * both render, and each set is stamped with the first one's start, the earliest a render still
 * in flight can have read the database. Conservative when they differ (an entry may be rendered
 * once more), never late.
 */
function noteRenderStart(starts, key, at) {
  const known = starts.get(key);
  if (!known || at - known.first > RENDER_LIMIT_MS) starts.set(key, { first: at, pending: 1 });
  else known.pending++;
  if (starts.size > 10_000) for (const [k, v] of starts) if (at - v.first > RENDER_LIMIT_MS) starts.delete(k);
}

function takeRenderStart(starts, key, now) {
  const known = starts.get(key);
  if (!known || now - known.first > RENDER_LIMIT_MS) {
    starts.delete(key);
    return now;
  }
  if (--known.pending <= 0) starts.delete(key);
  return known.first;
}

function entryTags(data, ctx) {
  if (data?.kind === 'FETCH') return ctx?.tags ?? [];
  const header = data?.headers?.['x-next-cache-tags'];
  return typeof header === 'string' && header ? header.split(',') : [];
}

/** An entry past its revalidate time is served once more while it is rendered again. */
function pastRevalidate(entry, now) {
  const seconds = entry.value?.kind === 'FETCH' ? entry.value.revalidate : entry.cacheControl?.revalidate;
  return typeof seconds === 'number' && entry.lastModified + seconds * 1000 < now;
}

export default class ZebianCacheHandler {
  constructor(options = {}) {
    this.store = options.store ?? cacheStore(options);
    // One per store, so one per server process (Next makes a handler per request).
    this.store.renderStarts ??= new Map();
  }

  async get(key, ctx = {}) {
    const extraTags = ctx.kind === 'FETCH' ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : [];
    const entry = await this.store.get(key, extraTags);
    const now = this.store.now();
    if (!entry || pastRevalidate(entry, now)) noteRenderStart(this.store.renderStarts, key, now);
    if (!entry) return null;
    return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
  }

  async set(key, data, ctx = {}) {
    const now = this.store.now();
    const lastModified = takeRenderStart(this.store.renderStarts, key, now) - this.store.uncertainty();
    if (!data) return;
    const cacheControl = ctx.fetchCache ? undefined : ctx.cacheControl;
    await this.store.set(key, { lastModified, tags: entryTags(data, ctx), value: data, cacheControl }, ENTRY_TTL_SECONDS);
  }

  async revalidateTag(tags) {
    // Every invalidation expires at once (the reader's revalidations all ask for `expire: 0`).
    const list = (Array.isArray(tags) ? tags : [tags]).filter(Boolean);
    await this.store.invalidate(list, this.store.now());
  }

  resetRequestCache() {}
}
