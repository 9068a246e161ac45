import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { spawnSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { Client } from 'pg';
import { createClient } from 'redis';
import { e2eAdmin, e2eDemoPassword } from '../playwright.config';
import { OwnRedis, freePort } from '../lib/cache/redis-testing';
import { type Cluster, startCluster } from '../scripts/cluster.mjs';
import { accounts, expect, signIn, test, unique, writeStory } from './fixtures';

// Two production servers on one PostgreSQL database and one Redis: a change made on the first
// reaches readers of both within a second, while readers keep both servers busy.
const adminUrl = process.env.TEST_DATABASE_URL;
// Our own redis-server when the program is here (the outage test stops and starts it), else the
// shared Redis (REDIS_URL) under a key prefix of this run, without the outage test.
const hasRedisServer = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
const sharedRedis = process.env.REDIS_URL;
const skipReason = !adminUrl
  ? 'TEST_DATABASE_URL is not set (no PostgreSQL)'
  : !hasRedisServer && !sharedRedis
    ? 'no redis-server program and no REDIS_URL'
    : '';
if (skipReason) console.log(`Skipping the two-server tests: ${skipReason}`);
const outageSkipReason = hasRedisServer ? '' : 'no redis-server program to stop and start';
if (!skipReason && outageSkipReason) console.log(`Skipping the Redis outage test: ${outageSkipReason}`);

const ROUNDS = Number(process.env.CLUSTER_ROUNDS || 10);
// The goal is a second: `npm run bench` measures it (the two-server row). Here the test checks that
// every page on both servers shows each change, within a bound that a two-core CI machine running
// four reader loops, two servers and the browser keeps; CLUSTER_WITHIN_MS=1000 holds it to the goal.
const WITHIN_MS = Number(process.env.CLUSTER_WITHIN_MS || 2500);

/** A published story's headline corrected, with a notice, and the live version updated. */
async function correctHeadline(editor: Page, corrected: string) {
  await editor.getByLabel('標題', { exact: true }).fill(corrected);
  await editor.getByLabel('更正說明').fill('標題已更正。');
  await editor.getByRole('button', { name: '存草稿' }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已儲存為未發佈的修改' })).toBeVisible();
  await editor.getByRole('button', { name: '更新已發佈稿件' }).click();
  await editor.getByRole('dialog', { name: /更新已發佈稿件/ }).getByRole('button', { name: '確定' }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已更新已發佈稿件' })).toBeVisible();
}

async function withdrawStory(editor: Page) {
  await editor.getByRole('button', { name: '撤稿' }).click();
  const confirm = editor.getByRole('dialog', { name: '撤稿' });
  await confirm.getByLabel('撤稿原因').fill('測試撤稿。');
  await confirm.getByRole('button', { name: '確定' }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已撤稿' })).toBeVisible();
}

test.describe('two servers', () => {
  test.skip(Boolean(skipReason), skipReason);
  test.describe.configure({ mode: 'serial', timeout: 10 * 60_000 });

  const dbName = `zebian_cluster_${randomBytes(5).toString('hex')}`;
  let redis: OwnRedis | null = null;
  const keyPrefix = `zebian-e2e-${randomBytes(4).toString('hex')}:`;
  let cluster: Cluster;
  let logs = '';
  // Stands in for the front cache: counts the refresh requests the servers send it.
  const refreshes: string[] = [];
  const frontCache = http.createServer((request, response) => {
    if (request.headers['x-zebian-refresh'] === 'front-cache-secret-for-the-test') refreshes.push(request.url ?? '');
    response.end();
  });

  test.beforeAll(async () => {
    test.setTimeout(5 * 60_000);
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    await admin.end();
    const url = new URL(adminUrl!);
    url.pathname = `/${dbName}`;
    if (hasRedisServer) {
      redis = new OwnRedis(await freePort());
      await redis.start();
    }
    await new Promise<void>((resolve) => frontCache.listen(0, '127.0.0.1', resolve));
    const frontCacheUrl = `http://127.0.0.1:${(frontCache.address() as import('node:net').AddressInfo).port}`;
    cluster = await startCluster({
      servers: 2,
      port: Number(process.env.E2E_PORT || 3100) + 100,
      log: (line) => {
        logs += line;
        if (process.env.CLUSTER_LOG) fs.appendFileSync(process.env.CLUSTER_LOG, line);
      },
      env: {
        DATABASE_URL: url.toString(),
        REDIS_URL: redis?.url ?? sharedRedis,
        REDIS_KEY_PREFIX: keyPrefix,
        ADMIN_EMAIL: e2eAdmin.email,
        ADMIN_PASSWORD: e2eAdmin.password,
        DEMO_PASSWORD: e2eDemoPassword,
        FRONT_CACHE_URL: frontCacheUrl,
        FRONT_CACHE_SECRET: 'front-cache-secret-for-the-test',
        PUBLIC_URL: '',
      },
    });
  });

  test.afterAll(async () => {
    await cluster?.stop();
    await redis?.stop();
    frontCache.close();
    if (!redis && sharedRedis) {
      // The shared Redis is never flushed: only this run's keys go.
      const client = createClient({ url: sharedRedis });
      await client.connect();
      for await (const keys of client.scanIterator({ MATCH: `${keyPrefix}*` })) if (keys.length) await client.del(keys);
      await client.close();
    }
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  });

  const urls = () => cluster.servers.map((s) => s.url);
  const ownRedis = () => redis!;
  const pagesOf = (id: number) => [`/articles/${id}`, '/', '/channels/yaowen', '/feed.xml'];

  /** Readers requesting the same pages on both servers until stopped; any 5xx is an error. */
  function readersOn(paths: string[]) {
    let running = true;
    const errors: string[] = [];
    let requests = 0;
    const loops = urls().flatMap((base) =>
      [0, 1].map(async () => {
        while (running) {
          for (const p of paths) {
            const response = await fetch(base + p).catch((e: Error) => ({ status: 0, statusText: e.message }) as Response);
            requests++;
            if (response.status >= 500 || response.status === 0) errors.push(`${base}${p}: ${response.status} ${response.statusText}`);
            if ('body' in response) await response.body?.cancel();
          }
        }
      }),
    );
    return {
      async stop() {
        running = false;
        await Promise.all(loops);
        return { errors, requests };
      },
    };
  }

  /** Milliseconds until `check` holds for every page on every server. */
  async function timeUntil(paths: string[], check: (status: number, body: string, path: string) => boolean, limitMs = 5000) {
    const start = Date.now();
    const pending = new Set(urls().flatMap((base) => paths.map((p) => base + p)));
    const seen: Record<string, number> = {};
    while (pending.size && Date.now() - start < limitMs) {
      await Promise.all(
        [...pending].map(async (address) => {
          const response = await fetch(address);
          if (check(response.status, await response.text(), new URL(address).pathname)) {
            pending.delete(address);
            seen[address.replace(/^http:\/\/127\.0\.0\.1:/, '')] = Date.now() - start;
          }
        }),
      );
      if (pending.size) await new Promise((r) => setTimeout(r, 50));
    }
    expect([...pending], 'pages that did not show the change').toEqual([]);
    if (process.env.CLUSTER_DEBUG) console.log(JSON.stringify(seen));
    return Date.now() - start;
  }

  async function editorOnFirstServer(browser: import('@playwright/test').Browser): Promise<Page> {
    const context = await browser.newContext({ baseURL: urls()[0] });
    const page = await context.newPage();
    await signIn(page, accounts.editor);
    await expect(page).toHaveURL(/\/dashboard$/);
    return page;
  }

  test(`publication, correction and 撤稿 reach both servers within ${WITHIN_MS} ms, ${ROUNDS} rounds`, async ({ browser }) => {
    const editor = await editorOnFirstServer(browser);
    const timings: { publish: number; correct: number; withdraw: number }[] = [];
    // Round 0 warms both servers up (the first render of each kind of page); it is not timed.
    for (let round = 0; round <= ROUNDS; round++) {
      const title = unique(`叢集${round}`);
      const { id } = await writeStory(editor, { title, body: `第 ${round} 輪：兩台伺服器都要立刻看到這篇稿件。` });
      const paths = pagesOf(id);
      // Readers fill both servers' caches with the pages as they are before the change.
      const readers = readersOn(paths);
      await new Promise((r) => setTimeout(r, 300));

      await editor.getByRole('button', { name: '發佈', exact: true }).click();
      await expect(editor.getByRole('status').filter({ hasText: '已發佈' })).toBeVisible();
      const publish = await timeUntil(paths, (status, body, path) => (path.startsWith('/articles/') ? status === 200 : true) && body.includes(title));
      // The front cache is refreshed once per page, by the server that published, not by each server.
      const refreshed = () => refreshes.filter((r) => r === `/articles/${id}`).length;
      await expect.poll(refreshed).toBe(1);
      await new Promise((r) => setTimeout(r, 300));
      expect(refreshed()).toBe(1);

      const corrected = `${title}（更正）`;
      await correctHeadline(editor, corrected);
      const correct = await timeUntil(paths, (_status, body) => body.includes(corrected));

      await withdrawStory(editor);
      const withdraw = await timeUntil(paths, (status, body, path) => (path.startsWith('/articles/') ? status === 404 : !body.includes(title)));

      const { errors, requests } = await readers.stop();
      expect(errors, `reader errors in round ${round}`).toEqual([]);
      expect(requests).toBeGreaterThan(0);
      if (round === 0) continue;
      timings.push({ publish, correct, withdraw });
      for (const [what, ms] of Object.entries({ publish, correct, withdraw })) expect(ms, `${what} in round ${round}`).toBeLessThanOrEqual(WITHIN_MS);
    }
    console.log(`two servers, ms until every page on both showed the change: ${JSON.stringify(timings)}`);
  });

  test('Redis stopped: both servers answer from the database; started again: shared and never stale', async ({ browser }) => {
    test.skip(Boolean(outageSkipReason), outageSkipReason);
    const redis = ownRedis();
    const editor = await editorOnFirstServer(browser);
    const title = unique('停機');
    const { id } = await writeStory(editor, { title, body: '快取伺服器停機時發佈的稿件。' });
    const paths = pagesOf(id);
    await timeUntil(paths, (status) => status < 500);

    await redis.stop();
    const readers = readersOn(paths);
    await editor.getByRole('button', { name: '發佈', exact: true }).click();
    await expect(editor.getByRole('status').filter({ hasText: '已發佈' })).toBeVisible();
    expect(await timeUntil(paths, (status, body) => status === 200 && body.includes(title))).toBeLessThanOrEqual(WITHIN_MS);
    const away = await readers.stop();
    expect(away.errors).toEqual([]);
    expect(logs.match(/Redis is unavailable/g)?.length ?? 0).toBeLessThanOrEqual(cluster.servers.length);

    // Withdrawn while Redis is away; then Redis returns: no server serves the story again.
    await withdrawStory(editor);
    await redis.start();
    await expect.poll(() => logs.match(/Redis is back/g)?.length ?? 0, { timeout: 10_000 }).toBeGreaterThanOrEqual(cluster.servers.length);
    await timeUntil(paths, (status, body, path) => (path.startsWith('/articles/') ? status === 404 : !body.includes(title)));
    // Shared again: a publication reaches both within the second.
    const next = unique('恢復');
    const { id: nextId } = await writeStory(editor, { title: next, body: '快取伺服器恢復後發佈的稿件。' });
    await timeUntil(pagesOf(nextId), (status) => status < 500);
    await editor.getByRole('button', { name: '發佈', exact: true }).click();
    await expect(editor.getByRole('status').filter({ hasText: '已發佈' })).toBeVisible();
    expect(await timeUntil(pagesOf(nextId), (status, body) => status === 200 && body.includes(next))).toBeLessThanOrEqual(WITHIN_MS);
  });

  test('a server killed while readers request pages: the other serves on', async () => {
    const paths = ['/', '/channels/yaowen', '/feed.xml'];
    const survivor = urls()[0]!;
    let running = true;
    const failures: string[] = [];
    const loop = (async () => {
      while (running) {
        for (const p of paths) {
          const response = await fetch(survivor + p);
          if (response.status >= 500) failures.push(`${p}: ${response.status}`);
          await response.body?.cancel();
        }
      }
    })();
    // Requests in flight on the second server when it dies.
    const inFlight = paths.map((p) => fetch(urls()[1] + p).catch(() => null));
    await cluster.kill(1);
    await Promise.all(inFlight);
    await new Promise((r) => setTimeout(r, 1000));
    running = false;
    await loop;
    expect(failures).toEqual([]);
  });
});

test('a server started with REDIS_URL but no shared AUTH_SECRET refuses to start and says what to set', () => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    REDIS_URL: 'redis://127.0.0.1:6379',
    DATABASE_URL: 'postgres://postgres@127.0.0.1:1/unused',
    PUBLIC_URL: 'https://news.example.com',
    DATA_DIR: fs.mkdtempSync(`${process.env.TMPDIR ?? '/tmp'}/zebian-refused-`),
  };
  delete env.AUTH_SECRET;
  const started = spawnSync('node_modules/.bin/next', ['start', '-p', String(Number(process.env.E2E_PORT || 3100) + 102), '-H', '127.0.0.1'], { env, encoding: 'utf8', timeout: 60_000 });
  fs.rmSync(env.DATA_DIR!, { recursive: true, force: true });
  expect(started.status).toBe(1);
  expect(started.stderr).toContain('Zebian cannot start');
  expect(started.stderr).toContain('set AUTH_SECRET to one value shared by every server');
});
