// Where Next's page and data cache entries live: in this process's memory (one server, the
// default) or in Redis (REDIS_URL: every server shares entries and tag invalidations).
//
// Both stores keep, beside the entries, the time each tag was last invalidated, and return an
// entry only when none of its tags was invalidated after the entry's `lastModified`. That time
// is when the render that produced the entry *began* (see cache-handler.mjs), so a render that
// read the database before an invalidation is never served as fresh after it.
//
// Plain JavaScript: Next loads the cache handler at run time, outside its bundles.
import { createClient } from 'redis';

/** A tag invalidation, written under this field, bounds every entry: nothing older is read. */
const EPOCH_FIELD = '__epoch__';

const MEMORY_LIMIT_BYTES = 50 * 1024 * 1024;

/** Buffers and Maps (page RSC payloads, segment data) survive JSON as tagged objects. */
export function serialize(entry) {
  return JSON.stringify(entry, function replace(key, value) {
    const raw = this[key];
    if (Buffer.isBuffer(raw)) return { $b: raw.toString('base64') };
    if (raw instanceof Map) return { $m: [...raw.entries()] };
    return value;
  });
}

export function deserialize(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (typeof value.$b === 'string' && Object.keys(value).length === 1) return Buffer.from(value.$b, 'base64');
      if (Array.isArray(value.$m) && Object.keys(value).length === 1) return new Map(value.$m);
    }
    return value;
  });
}

/** True when one of the tags was invalidated after (or as) the entry was begun. */
function invalidatedSince(times, lastModified) {
  return times.some((t) => t !== null && t !== undefined && Number(t) >= lastModified);
}

/** One server: entries in a size-bounded map, least recently used dropped first. */
export class MemoryStore {
  constructor(limitBytes = MEMORY_LIMIT_BYTES) {
    this.limitBytes = limitBytes;
    this.entries = new Map();
    this.bytes = 0;
    this.tagTimes = new Map();
    this.kind = 'memory';
  }

  now() {
    return Date.now();
  }

  /** How far this clock may be from the one that timed an invalidation: one clock, none. */
  uncertainty() {
    return 0;
  }

  async get(key, extraTags = []) {
    const stored = this.entries.get(key);
    if (!stored) return null;
    if (stored.expiresAt <= Date.now()) {
      this.drop(key);
      return null;
    }
    // Kept as the object itself, as Next's own memory cache does: a hit costs no parsing.
    const { entry } = stored;
    const tags = [...(entry.tags ?? []), ...extraTags];
    if (invalidatedSince(tags.map((t) => this.tagTimes.get(t)), entry.lastModified)) return null;
    // Recently used: move to the end of the map's order.
    this.entries.delete(key);
    this.entries.set(key, stored);
    return entry;
  }

  async set(key, entry, ttlSeconds) {
    const bytes = serialize(entry).length;
    this.drop(key);
    if (bytes > this.limitBytes / 4) return;
    this.entries.set(key, { entry, bytes, expiresAt: Date.now() + ttlSeconds * 1000 });
    this.bytes += bytes;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.limitBytes) break;
      this.drop(oldest);
    }
  }

  async invalidate(tags, at) {
    for (const tag of tags) if ((this.tagTimes.get(tag) ?? 0) < at) this.tagTimes.set(tag, at);
  }

  drop(key) {
    const stored = this.entries.get(key);
    if (!stored) return;
    this.bytes -= stored.bytes;
    this.entries.delete(key);
  }

  async close() {}
}

// Sets each tag's time to the given one unless a later one is already there.
const INVALIDATE_SCRIPT = `
local at = tonumber(ARGV[1])
for i = 2, #ARGV do
  local current = tonumber(redis.call('HGET', KEYS[1], ARGV[i]) or '0')
  if at > current then redis.call('HSET', KEYS[1], ARGV[i], ARGV[1]) end
end
return 1`;

/**
 * Several servers: entries and tag times in Redis. Entry keys carry the build, so servers on
 * different builds (a rolling deploy) never read each other's pages; tag times are shared by
 * all builds, so an invalidation reaches old and new servers alike.
 *
 * When Redis cannot answer, the store says "miss" to every read and stores nothing: readers get
 * pages rendered from the database. Invalidations made meanwhile are kept and written when Redis
 * is back, and the first thing a server does on getting Redis back is to raise the epoch to the
 * moment it lost it, so no entry from before the outage is ever read again.
 */
export class RedisStore {
  constructor({ url, prefix, build, timeoutMs = 500, log = console }) {
    this.kind = 'redis';
    this.prefix = prefix;
    this.entryPrefix = `${prefix}${build}:e:`;
    this.tagsKey = `${prefix}tags`;
    this.timeoutMs = timeoutMs;
    this.log = log;
    this.usable = false;
    this.downSince = null;
    this.pending = [];
    this.retry = null;
    this.everReady = false;
    this.clockOffset = 0;
    this.clockError = 10;
    this.warned = false;
    this.client = createClient({
      url,
      disableOfflineQueue: true,
      socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(100 + retries * 100, 1000) },
    });
    this.client.on('error', (error) => this.lost(error));
    this.client.on('end', () => this.lost(new Error('connection closed')));
    this.client.on('ready', () => void this.recover());
    this.connecting = this.client.connect().catch((error) => this.lost(error));
    this.clockTimer = setInterval(() => void this.syncClock(), 30_000);
    this.clockTimer.unref();
  }

  /** Milliseconds on Redis's clock, so servers whose clocks differ agree on "before" and "after". */
  now() {
    return Date.now() + this.clockOffset;
  }

  /**
   * How far this server's reading of Redis's clock may be from another's: the round trip of the
   * last measurement, twice, and a few milliseconds. Entries are stamped this much earlier.
   */
  uncertainty() {
    return 5 + 2 * this.clockError;
  }

  lost(error) {
    if (this.usable || !this.warned) {
      this.log.warn(`[cache] Redis is unavailable (${error?.message ?? error}); pages are rendered from the database until it is back`);
      this.warned = true;
    }
    // The connection dropped: Redis may have restarted from an older snapshot, and servers
    // that could not reach it made invalidations it never saw.
    if (this.usable || (this.downSince === null && this.everReady)) this.downSince = this.now();
    this.usable = false;
    this.scheduleRecovery();
  }

  /** A command failed or timed out on a live connection (a busy server or Redis): a miss, no outage. */
  slow(error) {
    const now = Date.now();
    if (!this.lastSlowLog || now - this.lastSlowLog > 60_000) {
      this.lastSlowLog = now;
      this.log.warn(`[cache] a Redis command failed (${error?.message ?? error}); the page is rendered from the database`);
    }
    if (!this.client.isReady) this.lost(error);
  }

  /** 'ready' starts recovery after a reconnection; a live connection gets no 'ready': try soon. */
  scheduleRecovery() {
    this.retry ??= setTimeout(() => {
      this.retry = null;
      if (this.client.isReady && !this.usable) void this.recover();
    }, 1000);
    this.retry.unref?.();
  }

  async recover() {
    try {
      await this.syncClock();
      // Nothing from before the outage is trusted: invalidations made by servers that could not
      // reach Redis (or by one that died meanwhile) are unknown here.
      if (this.downSince !== null) await this.timed(this.client.eval(INVALIDATE_SCRIPT, { keys: [this.tagsKey], arguments: [String(this.downSince), EPOCH_FIELD] }));
      else await this.timed(this.client.hSetNX(this.tagsKey, EPOCH_FIELD, '0'));
      while (this.pending.length) {
        const { tags, at } = this.pending[0];
        await this.timed(this.client.eval(INVALIDATE_SCRIPT, { keys: [this.tagsKey], arguments: [String(at), ...tags] }));
        this.pending.shift();
      }
      this.usable = true;
      this.everReady = true;
      this.downSince = null;
      if (this.warned) this.log.warn('[cache] Redis is back; the shared cache is in use again');
      this.warned = false;
    } catch (error) {
      this.lost(error);
    }
  }

  /** Three readings of Redis's clock; the quickest round trip gives the closest offset. */
  async syncClock() {
    if (!this.client.isReady) return;
    let best = null;
    for (let i = 0; i < 3; i++) {
      const before = Date.now();
      const [seconds, micros] = await this.timed(this.client.sendCommand(['TIME']));
      const after = Date.now();
      if (!best || after - before < best.rtt) best = { rtt: after - before, offset: Number(seconds) * 1000 + Number(micros) / 1000 - (before + after) / 2 };
    }
    this.clockOffset = best.offset;
    this.clockError = best.rtt;
  }

  timed(promise) {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${this.timeoutMs} ms`)), this.timeoutMs);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }

  async get(key, extraTags = []) {
    if (!this.usable) return null;
    try {
      const text = await this.timed(this.client.get(this.entryPrefix + key));
      if (!text) return null;
      const entry = deserialize(text);
      const tags = [...new Set([...(entry.tags ?? []), ...extraTags])];
      const times = await this.timed(this.client.hmGet(this.tagsKey, [EPOCH_FIELD, ...tags]));
      if (times[0] === null) {
        // The tag times are gone (Redis restarted or evicted them): nothing stored so far is trusted.
        await this.timed(this.client.hSetNX(this.tagsKey, EPOCH_FIELD, String(this.now())));
        return null;
      }
      return invalidatedSince(times, entry.lastModified) ? null : entry;
    } catch (error) {
      this.slow(error);
      return null;
    }
  }

  async set(key, entry, ttlSeconds) {
    if (!this.usable) return;
    try {
      await this.timed(this.client.set(this.entryPrefix + key, serialize(entry), { expiration: { type: 'EX', value: ttlSeconds } }));
    } catch (error) {
      this.slow(error);
    }
  }

  async invalidate(tags, at) {
    if (!tags.length) return;
    if (this.usable) {
      try {
        await this.timed(this.client.eval(INVALIDATE_SCRIPT, { keys: [this.tagsKey], arguments: [String(at), ...tags] }));
        return;
      } catch (error) {
        // Perhaps not written: read nothing from Redis until it is (recover writes it again).
        this.slow(error);
        this.usable = false;
        this.scheduleRecovery();
      }
    }
    // Written when Redis is back (recover); until then this server reads nothing from Redis.
    this.pending.push({ tags, at });
  }

  async close() {
    clearInterval(this.clockTimer);
    if (this.retry) clearTimeout(this.retry);
    this.usable = false;
    await this.connecting;
    if (this.client.isOpen) await this.client.close();
  }
}
