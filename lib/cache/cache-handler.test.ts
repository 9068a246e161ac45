import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ZebianCacheHandler from './cache-handler.mjs';
import { type CacheStore, MemoryStore, RedisStore, deserialize, serialize } from './cache-stores.mjs';
import { OwnRedis, freePort, hasRedisServer, testRedisUrl, uniquePrefix } from './redis-testing';

const page = (html: string, tags: string[]) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(`rsc:${html}`),
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  headers: { 'x-next-cache-tags': tags.join(',') },
  status: 200,
});
const pageCtx = { cacheControl: { revalidate: 600, expire: 31536000 } };
const silent = { warn: () => {} };

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}

async function until(check: () => Promise<boolean> | boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error('condition not met in time');
}

describe('cache entries', () => {
  it('keep buffers and maps through storage', () => {
    const value = page('<p>x</p>', ['a']);
    const back = deserialize(serialize({ value })) as { value: ReturnType<typeof page> };
    expect(back.value.rscData.toString()).toBe('rsc:<p>x</p>');
    expect(back.value.segmentData.get('/_tree')?.toString()).toBe('tree');
  });
});

/** The same behaviour on one server's memory and on Redis seen by two servers. */
function behavesLikeACache(name: string, servers: () => [CacheStore, CacheStore]) {
  describe(name, () => {
    it('serves an entry until one of its tags is invalidated, on every server', async () => {
      const [a, b] = servers();
      const onA = new ZebianCacheHandler({ store: a });
      const onB = new ZebianCacheHandler({ store: b });
      expect(await onA.get('/articles/1')).toBeNull();
      await onA.set('/articles/1', page('<h1>舊標題</h1>', ['story:1', 'stories']), pageCtx);
      expect((await onB.get('/articles/1'))?.value).toMatchObject({ html: '<h1>舊標題</h1>' });
      await onB.revalidateTag(['story:1']);
      expect(await onA.get('/articles/1')).toBeNull();
      expect(await onB.get('/articles/1')).toBeNull();
    });

    it('never stores as fresh a render that began before an invalidation (the stuck 404)', async () => {
      const [a, b] = servers();
      const onA = new ZebianCacheHandler({ store: a });
      const onB = new ZebianCacheHandler({ store: b });
      // A reader asks for the story while it is unpublished: a miss, and the 404 render begins.
      expect(await onA.get('/articles/2')).toBeNull();
      await sleep(150);
      // Meanwhile an editor publishes it (on either server).
      await onB.revalidateTag(['story:2', 'stories']);
      await sleep(150);
      // The 404 render ends and is stored: it must not be served afterwards.
      await onA.set('/articles/2', { ...page('404', ['story:2']), status: 404 }, pageCtx);
      expect(await onA.get('/articles/2')).toBeNull();
      expect(await onB.get('/articles/2')).toBeNull();
      // The next render began after the publication: it is kept.
      await onA.set('/articles/2', page('<h1>新聞</h1>', ['story:2']), pageCtx);
      expect((await onB.get('/articles/2'))?.value).toMatchObject({ html: '<h1>新聞</h1>' });
    });

    it('stamps two renders of one key in flight at once with the start of the first', async () => {
      const [a, b] = servers();
      const onA = new ZebianCacheHandler({ store: a });
      const onB = new ZebianCacheHandler({ store: b });
      // A page's metadata and body load the same story at once: two misses, two renders.
      expect(await onA.get('/articles/3')).toBeNull();
      expect(await onA.get('/articles/3')).toBeNull();
      await sleep(150);
      await onB.revalidateTag(['story:3']);
      await sleep(150);
      await onA.set('/articles/3', { ...page('404', ['story:3']), status: 404 }, pageCtx);
      await onA.set('/articles/3', { ...page('404', ['story:3']), status: 404 }, pageCtx);
      expect(await onB.get('/articles/3')).toBeNull();
      await onA.set('/articles/3', page('<h1>新聞</h1>', ['story:3']), pageCtx);
      expect((await onB.get('/articles/3'))?.value).toMatchObject({ html: '<h1>新聞</h1>' });
    });

    it('checks data entries against the tags of the page that reads them', async () => {
      const [a, b] = servers();
      const onA = new ZebianCacheHandler({ store: a });
      const onB = new ZebianCacheHandler({ store: b });
      const ctx = { kind: 'FETCH', fetchCache: true, tags: ['chrome'], softTags: ['_N_T_/layout'] };
      const data = { kind: 'FETCH', data: { headers: {}, body: '{"siteName":"新聞"}', status: 200, url: '' }, revalidate: 600 };
      expect(await onA.get('loader-1', ctx)).toBeNull();
      await onA.set('loader-1', data, ctx);
      expect((await onB.get('loader-1', ctx))?.value).toEqual(data);
      await onA.revalidateTag('_N_T_/layout');
      expect(await onB.get('loader-1', ctx)).toBeNull();
    });
  });
}

behavesLikeACache('one server, in memory', () => {
  const memory = new MemoryStore();
  return [memory, memory];
});

const sharedUrl = testRedisUrl('the Redis cache tests');
describe.skipIf(!sharedUrl)('Redis', () => {
  const prefix = uniquePrefix();
  let stores: RedisStore[] = [];
  beforeAll(async () => {
    stores = [new RedisStore({ url: sharedUrl!, prefix, build: 'b1', log: silent }), new RedisStore({ url: sharedUrl!, prefix, build: 'b1', log: silent })];
    await until(() => stores.every((s) => s.usable));
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    const { createClient } = await import('redis');
    const client = createClient({ url: sharedUrl! });
    await client.connect();
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*` })) if (keys.length) await client.del(keys);
    await client.close();
  });
  behavesLikeACache('two servers on one Redis', () => [stores[0]!, stores[1]!]);

  it('keeps the pages of different builds apart, and their invalidations together', async () => {
    const other = new RedisStore({ url: sharedUrl!, prefix, build: 'b2', log: silent });
    await until(() => other.usable);
    const onOld = new ZebianCacheHandler({ store: stores[0] });
    const onNew = new ZebianCacheHandler({ store: other });
    await onOld.set('/', page('old build', ['stories']), pageCtx);
    expect(await onNew.get('/')).toBeNull();
    await onNew.revalidateTag('stories');
    expect(await onOld.get('/')).toBeNull();
    await other.close();
  });
});

describe.skipIf(!hasRedisServer('the Redis outage test'))('Redis stopped and started again', () => {
  let redis: OwnRedis;
  const stores: RedisStore[] = [];
  beforeAll(async () => {
    redis = new OwnRedis(await freePort());
    await redis.start();
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await redis.stop();
  });

  it('answers misses while Redis is away, and serves nothing from before the outage when it is back', async () => {
    const warnings: string[] = [];
    const log = { warn: (line: string) => warnings.push(line) };
    const a = new RedisStore({ url: redis.url, prefix: 'p:', build: 'b', log });
    const b = new RedisStore({ url: redis.url, prefix: 'p:', build: 'b', log: silent });
    stores.push(a, b);
    await until(() => a.usable && b.usable);
    const onA = new ZebianCacheHandler({ store: a });
    const onB = new ZebianCacheHandler({ store: b });
    await onA.set('/', page('front', ['stories']), pageCtx);
    expect(await onB.get('/')).not.toBeNull();

    await redis.stop();
    // Reads are misses (pages come from the database), writes and invalidations do not throw.
    expect(await onA.get('/')).toBeNull();
    await onA.set('/', page('front 2', ['stories']), pageCtx);
    await onA.revalidateTag('stories');
    expect(await onB.get('/')).toBeNull();
    await sleep(1500);
    expect(warnings.filter((w) => w.includes('unavailable'))).toHaveLength(1);

    await redis.start();
    await until(() => a.usable && b.usable, 10_000);
    expect(warnings.some((w) => w.includes('back'))).toBe(true);
    // Used again: entries stored now are shared.
    expect(await onA.get('/channels/news')).toBeNull();
    await onA.set('/channels/news', page('channel', ['stories']), pageCtx);
    expect(await onB.get('/channels/news')).not.toBeNull();
  });

  it('drops entries from before an outage even when Redis kept them', async () => {
    const a = new RedisStore({ url: redis.url, prefix: 'q:', build: 'b', log: silent });
    stores.push(a);
    await until(() => a.usable);
    const onA = new ZebianCacheHandler({ store: a });
    await onA.set('/articles/9', page('before', ['story:9']), pageCtx);
    expect(await onA.get('/articles/9')).not.toBeNull();
    // Only this server loses Redis for a while (a network fault): Redis keeps its entries.
    (a as unknown as { lost: (e: Error) => void }).lost(new Error('network'));
    expect(await onA.get('/articles/9')).toBeNull();
    await until(() => a.usable, 5000);
    expect(await onA.get('/articles/9')).toBeNull();
  });
});
