// `npm run bench [-- --stories 100000]`: loads generated stories into a fresh database, builds
// and starts the production server, and measures reader pages, search, publish→visible, page
// weight and memory beside a static file server (the physical limit) in the same run. Prints
// one table and writes the same figures as JSON under bench-results/. See README "Performance".
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { chromium } from '@playwright/test';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { type Database, migrateDatabase, openDatabase } from '@/db/client';
import { bulkLoadStories } from '@/scripts/bench/bulk-load';
import { encodeCursor, publicStory } from '@/db/queries/stories';
import { channels, stories } from '@/db/schema';
import { type BenchResult, type HttpRow, type TwoServerFigures, formatReport, httpRow, unseenPagesRow } from '@/scripts/bench/report';
import { treeRssMb } from '@/scripts/bench/process-memory';
import { prepareNewsroom } from '@/lib/first-run';
import { localMediaStorage } from '@/lib/media/storage';
import { startCluster } from './cluster.mjs';
import { serverNodeOptions } from './server-node-options.mjs';

const { values: args } = parseArgs({
  options: {
    stories: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    port: { type: 'string', default: '3700' },
    'no-build': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

const root = path.resolve(import.meta.dirname, '..');
const storyCount = Number(args.stories);
const seconds = Number(args.duration);
const warmupSeconds = Number(args.warmup);
const appPort = Number(args.port);
const baselinePort = appPort + 1;
const cachePort = appPort + 2;
const app = `http://127.0.0.1:${appPort}`;
const admin = { email: 'bench-admin@zebian.test', password: 'bench-admin-password' };
const publishSamples = 5;
const frontCacheSecret = randomBytes(16).toString('hex');
const chromiumPath = '/usr/bin/chromium';
const log = (...parts: unknown[]) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);

if (!Number.isInteger(storyCount) || storyCount < 10) throw new Error('--stories must be a whole number ≥ 10');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zebian-bench-'));
const children: ChildProcess[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

// ---------------------------------------------------------------- database and bulk load
async function freshDatabase(): Promise<{ database: Database; url?: string; drop?: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const folder = path.join(work, 'pglite');
    return { database: await openDatabase({ folder }) };
  }
  // Never the newsroom's own database: a new one beside it, dropped at the end.
  const name = `zebian_bench_${randomBytes(4).toString('hex')}`;
  const adminDb = await openDatabase({ url: serverUrl });
  await adminDb.db.execute(sql.raw(`create database ${name}`));
  await adminDb.close();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    const cleanup = await openDatabase({ url: serverUrl });
    await cleanup.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
    await cleanup.close();
  };
  return { database: await openDatabase({ url: url.toString() }), url: url.toString(), drop };
}

interface Targets {
  articleId: number;
  channelSlug: string;
  deepCursor: string;
  unseenChannelPages: string[];
  draftIds: number[];
  draftTitles: string[];
}

async function loadNewsroom(database: Database): Promise<{ targets: Targets; loadSeconds: number }> {
  await migrateDatabase(database);
  process.env.DATA_DIR = work; // the demo photos go to this run's media folder
  await prepareNewsroom(database, { adminEmail: admin.email, adminPassword: admin.password, demoPassword: 'bench-demo-password', seedDemo: 'when-fresh', storage: localMediaStorage() });
  const started = Date.now();
  let shown = 0;
  const loaded = await bulkLoadStories(database.db, {
    count: storyCount,
    // Published during the run: on one server, through the front cache, and on two servers.
    drafts: publishSamples * 3,
    onProgress: (n) => {
      if (n - shown < 10_000 && n !== storyCount) return;
      log(`loaded ${n} stories`);
      shown = n;
    },
  });
  const loadSeconds = Math.round((Date.now() - started) / 100) / 10;
  const { db } = database;
  // The busiest channel without sub-channels, and a cursor about 2,000 stories deep in it.
  const [busiest] = await db
    .select({ slug: channels.slug, id: channels.id, n: sql<number>`count(*)::int` })
    .from(stories)
    .innerJoin(channels, eq(channels.id, stories.channelId))
    .where(and(publicStory(), eq(channels.visible, true), sql`not exists (select 1 from channels c where c.parent_id = ${channels.id})`))
    .groupBy(channels.id)
    .orderBy(desc(sql`count(*)`))
    .limit(1);
  const depth = Math.min(2000, Math.max(1, busiest!.n - 20));
  // OFFSET only to pick a target here; the app itself pages by keyset.
  const [deep] = await db
    .select({ publishedAt: stories.publishedAt, id: stories.id })
    .from(stories)
    .where(and(publicStory(), eq(stories.channelId, busiest!.id)))
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .offset(depth)
    .limit(1);
  // Later pages nobody has asked for yet (the page cache cannot answer them): each request
  // takes a random public story's channel and that story as its cursor.
  const unseen = await db
    .select({ slug: channels.slug, publishedAt: stories.publishedAt, id: stories.id })
    .from(stories)
    .innerJoin(channels, eq(channels.id, stories.channelId))
    .where(and(publicStory(), eq(channels.visible, true), inArray(channels.kind, ['list', 'video'])))
    .orderBy(sql`random()`)
    .limit(5000);
  const drafts = await db.select({ id: stories.id, title: stories.title }).from(stories).where(eq(stories.state, 'draft')).orderBy(asc(stories.id));
  const own = drafts.filter((d) => loaded.draftIds.includes(d.id));
  return {
    loadSeconds,
    targets: {
      articleId: loaded.sample.id,
      channelSlug: busiest!.slug,
      deepCursor: encodeCursor({ publishedAt: deep!.publishedAt!, id: deep!.id }),
      unseenChannelPages: unseen.map((u) => `/channels/${u.slug}?after=${encodeCursor({ publishedAt: u.publishedAt!, id: u.id })}`),
      draftIds: own.map((d) => d.id),
      draftTitles: own.map((d) => d.title),
    },
  };
}

// ---------------------------------------------------------------- processes
function run(command: string, argv: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(command, argv, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: false });
  children.push(child);
  child.stderr?.on('data', (d) => process.env.BENCH_VERBOSE && process.stderr.write(d));
  child.stdout?.on('data', (d) => process.env.BENCH_VERBOSE && process.stdout.write(d));
  return child;
}

async function waitFor(url: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function hasNginx(): boolean {
  return spawnSync('sh', ['-c', 'command -v nginx'], { stdio: 'ignore' }).status === 0;
}

function startNginx(name: string, serverBlock: string, httpExtras = ''): void {
  const dir = path.join(work, name);
  fs.mkdirSync(path.join(dir, 'logs'), { recursive: true });
  // As root, nginx's workers would otherwise run as nobody, who cannot read this run's folder.
  const user = process.getuid?.() === 0 ? 'user root root;' : '';
  const conf = `${user}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  ${httpExtras}
  ${serverBlock}
}
`;
  fs.writeFileSync(path.join(dir, 'nginx.conf'), conf);
  execFileSync('nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir]);
  cleanups.push(() => {
    spawnSync('nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir, '-s', 'stop']);
  });
}

/** deploy/nginx.conf as shipped, pointed at this run's ports and folders. */
function frontCacheConfig(): string {
  return fs
    .readFileSync(path.join(root, 'deploy', 'nginx.conf'), 'utf8')
    .replace('change-me-to-the-front-cache-secret', frontCacheSecret)
    .replace('/var/cache/nginx/zebian', path.join(work, 'front-cache-store'))
    .replace(/^(\s*)server 127\.0\.0\.1:3000\b/m, `$1server 127.0.0.1:${appPort}`)
    .replace('listen 80;', `listen 127.0.0.1:${cachePort};`);
}

// ---------------------------------------------------------------- measuring
/** Load on `url`; with `paths`, each request asks for the next of them instead (round robin). */
async function load(name: string, url: string, connections: number, paths?: string[]): Promise<HttpRow> {
  let next = 0;
  const requests = paths?.length ? [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: paths[next++ % paths.length] }) }] : undefined;
  const shoot = (duration: number, latencies?: number[]) =>
    new Promise<{ errors: number; non2xx: number }>((resolve, reject) => {
      const instance = autocannon({ url, connections, duration, pipelining: 1, requests }, (error, result) =>
        error ? reject(error) : resolve({ errors: result.errors + result.timeouts, non2xx: result.non2xx }),
      );
      if (latencies) instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => status < 400 && latencies.push(ms));
    });
  await shoot(warmupSeconds);
  const latencies: number[] = [];
  const { errors, non2xx } = await shoot(seconds, latencies);
  return httpRow(name, new URL(url).pathname + new URL(url).search, connections, latencies, seconds, errors + non2xx);
}

async function publishToVisible(pageUrl: (p: string) => string, titles: string[], ids: number[], channelSlug: string, editorUrl = app): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: fs.existsSync(chromiumPath) ? chromiumPath : undefined, args: ['--no-sandbox', '--disable-gpu'] });
  const times: number[] = [];
  try {
    const page = await (await browser.newContext({ baseURL: editorUrl })).newPage();
    await page.goto('/login');
    await page.getByLabel('電子郵件').fill(admin.email);
    await page.getByLabel('密碼').fill(admin.password);
    await page.getByRole('button', { name: '登入' }).click();
    await page.waitForURL(/\/dashboard$/);
    for (const [i, id] of ids.entries()) {
      await page.goto(`/dashboard/articles/${id}`);
      const visible = async (p: string) => (await (await fetch(pageUrl(p))).text()).includes(escapeHtml(titles[i]!));
      // Both pages are cached before the publication, as they are on a live site.
      await Promise.all([fetch(pageUrl('/')), fetch(pageUrl(`/channels/${channelSlug}`))]);
      const started = performance.now();
      await page.getByRole('button', { name: '發佈', exact: true }).click();
      let front = false;
      let channel = false;
      while (!(front && channel)) {
        if (performance.now() - started > 15_000) throw new Error(`story ${id} was not visible within 15 s`);
        [front, channel] = await Promise.all([front || visible('/'), channel || visible(`/channels/${channelSlug}`)]);
        if (!(front && channel)) await new Promise((r) => setTimeout(r, 10));
      }
      times.push(Math.round(performance.now() - started));
      await page.getByRole('status').filter({ hasText: '已發佈' }).waitFor();
    }
  } finally {
    await browser.close();
  }
  return times;
}
/**
 * Two servers on the run's PostgreSQL database and the shared Redis (REDIS_URL, under a key
 * prefix of this run): publish on one and watch the other, readers on both, memory of each.
 */
async function twoServerFigures(databaseUrl: string | undefined, titles: string[], ids: number[], channelSlug: string, articlePath: string): Promise<TwoServerFigures | { skipped: string }> {
  if (!databaseUrl) return { skipped: 'needs PostgreSQL: run with DATABASE_URL' };
  if (!process.env.REDIS_URL) return { skipped: 'needs Redis: run with REDIS_URL' };
  const keyPrefix = `zebian-bench-${randomBytes(4).toString('hex')}:`;
  cleanups.push(async () => {
    // The shared Redis is never flushed: only this run's keys go.
    const { createClient } = await import('redis');
    const client = createClient({ url: process.env.REDIS_URL });
    await client.connect();
    for await (const keys of client.scanIterator({ MATCH: `${keyPrefix}*` })) if (keys.length) await client.del(keys);
    await client.close();
  });
  const cluster = await startCluster({
    servers: 2,
    port: appPort + 3,
    dataDir: work,
    log: (line) => process.env.BENCH_VERBOSE && process.stdout.write(line),
    env: {
      DATABASE_URL: databaseUrl,
      REDIS_KEY_PREFIX: keyPrefix,
      SEED_DEMO: 'false',
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      PUBLIC_URL: '',
      FRONT_CACHE_URL: '',
      NODE_OPTIONS: process.env.NODE_OPTIONS ?? serverNodeOptions,
    },
  });
  try {
    const [first, second] = cluster.servers.map((s) => s.url) as [string, string];
    const publishToVisibleOtherMs = await publishToVisible((p) => `${second}${p}`, titles, ids, channelSlug, first);
    const memoryMb = [0, 0];
    const sampler = setInterval(() => cluster.servers.forEach((s, i) => (memoryMb[i] = Math.max(memoryMb[i]!, treeRssMb(s.child!.pid!)))), 200);
    const half = 16;
    const rows = await Promise.all([load('article, two servers', `${first}${articlePath}`, half), load('article, two servers', `${second}${articlePath}`, half)]);
    clearInterval(sampler);
    const readers: HttpRow = {
      name: 'article, two servers',
      path: articlePath,
      connections: half * 2,
      requests: rows[0].requests + rows[1].requests,
      rps: rows[0].rps + rows[1].rps,
      p50: Math.max(rows[0].p50, rows[1].p50),
      p95: Math.max(rows[0].p95, rows[1].p95),
      p99: Math.max(rows[0].p99, rows[1].p99),
      errors: rows[0].errors + rows[1].errors,
    };
    return { publishToVisibleOtherMs, readers, memoryMb };
  } finally {
    await cluster.stop();
  }
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

async function browserFigures(articleUrl: string, baselineUrl: string, frameworkUrl: string) {
  const browser = await chromium.launch({ executablePath: fs.existsSync(chromiumPath) ? chromiumPath : undefined, args: ['--no-sandbox', '--disable-gpu'] });
  const visit = async (url: string) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __lcp: number; __cls: number };
      w.__lcp = 0;
      w.__cls = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.__lcp = e.startTime))).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => {
          const shift = e as PerformanceEntry & { value: number; hadRecentInput: boolean };
          if (!shift.hadRecentInput) w.__cls += shift.value;
        }),
      ).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1000);
    const figures = await page.evaluate(() => {
      const w = window as unknown as { __lcp: number; __cls: number };
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        lcp: Math.round(w.__lcp),
        cls: Math.round(w.__cls * 1000) / 1000,
        scripts: resources.filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js')).map((r) => ({ name: new URL(r.name).pathname, bytes: r.transferSize })),
        total: resources.reduce((n, r) => n + r.transferSize, 0) + (nav?.transferSize ?? 0),
      };
    });
    await context.close();
    return figures;
  };
  try {
    // Median of three visits for LCP; the first visit also fills any cache.
    const runs = [await visit(articleUrl), await visit(articleUrl), await visit(articleUrl)];
    const baselines = [await visit(baselineUrl), await visit(baselineUrl), await visit(baselineUrl)];
    const framework = await visit(frameworkUrl);
    const frameworkNames = new Set(framework.scripts.map((s) => s.name));
    const article = runs[2]!;
    const own = article.scripts.filter((s) => !frameworkNames.has(s.name));
    const sum = (list: { bytes: number }[]) => list.reduce((n, s) => n + s.bytes, 0);
    const mid = (list: number[]) => [...list].sort((a, b) => a - b)[1]!;
    // transferSize is 0 for a cached file: sizes come from the first (uncached) visit.
    const firstSizes = new Map(runs[0]!.scripts.map((s) => [s.name, s.bytes]));
    const sized = (list: { name: string }[]) => list.map((s) => ({ bytes: firstSizes.get(s.name) ?? 0 }));
    return {
      frameworkJsBytes: sum(sized(article.scripts.filter((s) => frameworkNames.has(s.name)))),
      ownJsBytes: sum(sized(own)),
      totalTransferBytes: runs[0]!.total,
      lcpMs: mid(runs.map((r) => r.lcp)),
      cls: Math.max(...runs.map((r) => r.cls)),
      baselineLcpMs: mid(baselines.map((r) => r.lcp)),
    };
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------- the run
async function main() {
  const commit = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root }).stdout?.toString().trim() || 'unknown';
  log(`working folder ${work}`);
  const { database, url: databaseUrl, drop } = await freshDatabase();
  if (drop && !args.keep) cleanups.push(drop);
  log(`loading ${storyCount} stories into ${database.engine}…`);
  const { targets, loadSeconds } = await loadNewsroom(database);
  // The drafts to publish are in the first channel (bulkLoadStories).
  const [firstChannel] = await database.db.select({ slug: channels.slug }).from(channels).where(eq(channels.visible, true)).orderBy(asc(channels.id)).limit(1);
  await database.close();
  log(`loaded in ${loadSeconds} s; article ${targets.articleId}, channel ${targets.channelSlug}`);

  if (!args['no-build']) {
    log('building…');
    const build = spawnSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], { cwd: root, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (build.status !== 0) throw new Error('next build failed');
  }
  const server = run(path.join(root, 'node_modules', '.bin', 'next'), ['start', '-p', String(appPort), '-H', '127.0.0.1'], {
    DATA_DIR: work,
    DATABASE_URL: databaseUrl ?? '',
    // One server with its caches in memory; REDIS_URL is for the two-server row below.
    REDIS_URL: '',
    PUBLIC_URL: app,
    AUTH_TRUST_HOST: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
    SEED_DEMO: 'false',
    // As `npm start` runs it (scripts/start.mjs).
    NODE_OPTIONS: process.env.NODE_OPTIONS ?? serverNodeOptions,
    FRONT_CACHE_URL: `http://127.0.0.1:${cachePort}`,
    FRONT_CACHE_SECRET: frontCacheSecret,
  });
  await waitFor(`${app}/login`);
  log('server ready');

  let peakMemoryMb = 0;
  const sampler = setInterval(() => (peakMemoryMb = Math.max(peakMemoryMb, treeRssMb(server.pid!))), 200);

  const article = `/articles/${targets.articleId}`;
  const pages: [string, string][] = [
    ['article', article],
    ['front page', '/'],
    ['channel first page', `/channels/${targets.channelSlug}`],
    ['channel deep page', `/channels/${targets.channelSlug}?after=${targets.deepCursor}`],
    ['RSS feed', '/feed.xml'],
    ['search (繁)', `/search?q=${encodeURIComponent('冰雪旅遊')}`],
    ['search (简)', `/zh-hans/search?q=${encodeURIComponent('冰雪旅游')}`],
  ];
  for (const [, p] of pages) {
    const response = await fetch(`${app}${p}`);
    if (!response.ok) throw new Error(`${p} answered ${response.status}`);
  }

  // The baseline: the same article's HTML from a file, served by nginx (or Node's http).
  const baselineDir = path.join(work, 'baseline');
  fs.mkdirSync(baselineDir, { recursive: true });
  fs.writeFileSync(path.join(baselineDir, 'article.html'), await (await fetch(`${app}${article}`)).text());
  const nginx = hasNginx();
  if (nginx) {
    startNginx(
      'baseline-nginx',
      `server { listen 127.0.0.1:${baselinePort};
        location = /article.html { root ${baselineDir}; default_type text/html; }
        location /_next/static/ { alias ${path.join(root, '.next', 'static')}/; }
        location /media/ { proxy_pass ${app}; } }`,
    );
  } else {
    run(process.execPath, [path.join(root, 'scripts', 'bench-static-server.mjs'), String(baselinePort), path.join(baselineDir, 'article.html'), path.join(root, '.next', 'static'), app]);
  }
  const baseline = `http://127.0.0.1:${baselinePort}/article.html`;
  await waitFor(baseline);
  if (nginx) {
    startNginx('front-cache', frontCacheConfig());
    await waitFor(`http://127.0.0.1:${cachePort}${article}`);
  }

  const http: HttpRow[] = [];
  for (const connections of [1, 32]) {
    http.push(await load('baseline article', baseline, connections));
    log(`baseline ×${connections}: ${http.at(-1)!.rps} req/s`);
    for (const [name, p] of pages) {
      http.push(await load(name, `${app}${p}`, connections));
      log(`${name} ×${connections}: ${http.at(-1)!.rps} req/s, p95 ${http.at(-1)!.p95} ms`);
    }
    http.push(await load(unseenPagesRow, `${app}${targets.unseenChannelPages[0]}`, connections, targets.unseenChannelPages));
    log(`${unseenPagesRow} ×${connections}: ${http.at(-1)!.rps} req/s, p95 ${http.at(-1)!.p95} ms`);
    if (nginx) {
      http.push(await load('article via front cache', `http://127.0.0.1:${cachePort}${article}`, connections));
      log(`front cache ×${connections}: ${http.at(-1)!.rps} req/s`);
    }
  }
  clearInterval(sampler);

  log('publish→visible…');
  const part = (i: number) => [targets.draftTitles.slice(i * publishSamples, (i + 1) * publishSamples), targets.draftIds.slice(i * publishSamples, (i + 1) * publishSamples)] as const;
  const direct = await publishToVisible((p) => `${app}${p}`, ...part(0), firstChannel!.slug);
  const viaFrontCache = nginx ? await publishToVisible((p) => `http://127.0.0.1:${cachePort}${p}`, ...part(1), firstChannel!.slug) : [];

  log('page weight, LCP and CLS in Chromium…');
  const browser = await browserFigures(`${app}${article}`, baseline, `${app}/zz-bench/no-such-page`);

  // The single server is stopped first: the two servers get the machine to themselves.
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  log('two servers…');
  const twoServers = await twoServerFigures(databaseUrl, ...part(2), firstChannel!.slug, article);
  if ('skipped' in twoServers) log(`two servers not measured: ${twoServers.skipped}`);

  const result: BenchResult = {
    when: new Date().toISOString(),
    commit,
    engine: databaseUrl ? 'postgres' : 'pglite',
    stories: storyCount,
    machine: { cpus: os.cpus().length, node: process.versions.node },
    loadSeconds,
    baselineServer: nginx ? 'nginx' : 'node',
    http,
    publishToVisibleMs: { direct, viaFrontCache },
    browser,
    peakMemoryMb,
    twoServers,
  };
  const report = formatReport(result);
  console.log(`\n${report}`);
  const outDir = path.join(root, 'bench-results');
  fs.mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, `${result.when.replace(/[:.]/g, '-')}-${result.engine}-${storyCount}.json`);
  fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  log(`figures written to ${path.relative(root, out)}`);
}

try {
  await main();
} finally {
  children.forEach((c) => c.kill('SIGTERM'));
  for (const cleanup of cleanups.reverse()) await cleanup();
  if (!args.keep) fs.rmSync(work, { recursive: true, force: true });
}
process.exit(0);
