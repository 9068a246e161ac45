// `npx tsx scripts/upload-memory-check.ts [-- --files 4 --size-mb 500 --s3]`: starts the production
// server on a fresh data folder, signs in, uploads several large videos at once through
// POST /api/media as the workspace does, and samples the server's resident memory (the process
// and its children) throughout. Prints the peak; fails when an upload fails or the peak passes
// --limit-mb. With --s3, media go to a local S3-compatible server (s3rver) by multipart upload;
// with DATABASE_URL, the server uses a new PostgreSQL database beside it (dropped at the end).
// Needs a build (`npx next build`, or drop --no-build to build first) and Chromium for sign-in.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { sql } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { treeRssMb } from '@/scripts/bench/process-memory';
import { writeMp4File } from '@/lib/media/test-files';
import { startTestObjectStore } from '@/lib/media/test-object-store';
import { serverNodeOptions } from './server-node-options.mjs';

const { values: args } = parseArgs({
  options: {
    files: { type: 'string', default: '4' },
    'size-mb': { type: 'string', default: '500' },
    'limit-mb': { type: 'string', default: '400' },
    port: { type: 'string', default: '3240' },
    s3: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});

const MB = 1024 * 1024;
const root = path.resolve(import.meta.dirname, '..');
const port = Number(args.port);
const app = `http://127.0.0.1:${port}`;
const fileCount = Number(args.files);
const fileBytes = Number(args['size-mb']) * MB;
const limitMb = Number(args['limit-mb']);
const admin = { email: 'upload-check@zebian.test', password: 'upload-check-password' };
const chromiumPath = '/usr/bin/chromium';
const log = (...parts: unknown[]) => console.log(`[upload-check ${new Date().toISOString().slice(11, 19)}]`, ...parts);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zebian-upload-check-'));
let server: ChildProcess | undefined;
const stopServer = () => {
  // The server runs in its own process group (next start leaves a child behind otherwise).
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
};
process.on('exit', stopServer);

async function waitFor(url: string, timeoutMs = 180_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

async function signIn(): Promise<string> {
  const browser = await chromium.launch({ executablePath: fs.existsSync(chromiumPath) ? chromiumPath : undefined, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ baseURL: app });
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('電子郵件').fill(admin.email);
    await page.getByLabel('密碼').fill(admin.password);
    await page.getByRole('button', { name: '登入' }).click();
    await page.waitForURL(/\/dashboard$/);
    return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  } finally {
    await browser.close();
  }
}

/** One upload as the browser sends it: multipart/form-data with a Content-Length, the file streamed from disk. */
function upload(file: string, cookie: string): Promise<{ status: number; body: string }> {
  const boundary = `----zebian${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="accept"\r\n\r\nvideo\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${path.basename(file)}"\r\nContent-Type: video/mp4\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const length = head.length + fs.statSync(file).size + tail.length;
  return new Promise((resolve, reject) => {
    const request = http.request(`${app}/api/media`, {
      method: 'POST',
      headers: { cookie, origin: app, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': length },
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
    });
    request.on('error', reject);
    request.write(head);
    const body = fs.createReadStream(file);
    body.on('error', reject);
    body.on('end', () => request.end(tail));
    body.pipe(request, { end: false });
  });
}

/** With DATABASE_URL: a new database beside the one it names, dropped at the end; else PGlite in the data folder. */
async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return { url: '', drop: async () => undefined };
  const name = `zebian_upload_check_${randomBytes(4).toString('hex')}`;
  const adminDb = await openDatabase({ url: serverUrl });
  await adminDb.db.execute(sql.raw(`create database ${name}`));
  await adminDb.close();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = await openDatabase({ url: serverUrl });
      await cleanup.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await cleanup.close();
    },
  };
}

async function main() {
  if (!args['no-build']) {
    log('building');
    const built = spawnSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (built.status !== 0) throw new Error('next build failed');
  }
  const database = await freshDatabase();
  const store = args.s3 ? await startTestObjectStore({ port: port + 1 }) : undefined;
  const s3Env: Record<string, string> = store
    ? {
        MEDIA_S3_BUCKET: store.config.bucket,
        MEDIA_S3_ENDPOINT: store.config.endpoint,
        MEDIA_S3_ACCESS_KEY_ID: store.config.accessKeyId,
        MEDIA_S3_SECRET_ACCESS_KEY: store.config.secretAccessKey,
        MEDIA_S3_PREFIX: store.config.prefix,
      }
    : {};
  try {
    log(`writing ${fileCount} videos of ${fileBytes / MB} MB`);
    const files = await Promise.all(
      Array.from({ length: fileCount }, async (_, i) => {
        const file = path.join(work, `video-${i + 1}.mp4`);
        await writeMp4File(file, fileBytes);
        return file;
      }),
    );

    server = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        NODE_OPTIONS: serverNodeOptions,
        NEXT_TELEMETRY_DISABLED: '1',
        AUTH_TRUST_HOST: 'true',
        DATA_DIR: path.join(work, 'data'),
        DATABASE_URL: database.url,
        ADMIN_EMAIL: admin.email,
        ADMIN_PASSWORD: admin.password,
        SEED_DEMO: 'false',
        PORT: String(port),
        ...s3Env,
      },
    });
    await waitFor(`${app}/login`);
    const cookie = await signIn();
    const idle = treeRssMb(server.pid!);
    log(`server up on ${database.url ? 'PostgreSQL' : 'PGlite'}, ${idle} MB resident; uploading ${fileCount} videos at once${store ? ' (media on the S3-compatible store)' : ''}`);

    let peak = idle;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRssMb(server!.pid!))), 100);
    const started = Date.now();
    const results = await Promise.all(files.map((file) => upload(file, cookie))).finally(() => clearInterval(sampler));
    const seconds = (Date.now() - started) / 1000;
    peak = Math.max(peak, treeRssMb(server.pid!));

    const failed = results.filter((r) => r.status !== 201);
    for (const r of failed) log(`upload answered ${r.status}: ${r.body.slice(0, 200)}`);
    const keys = results.filter((r) => r.status === 201).map((r) => (JSON.parse(r.body) as { media: { fileKey: string } }).media.fileKey);
    for (const key of keys) {
      const answer = await fetch(`${app}/media/${key}`, { headers: { range: 'bytes=0-0' } });
      await answer.arrayBuffer();
      const size = Number(/\/(\d+)$/.exec(answer.headers.get('content-range') ?? '')?.[1]);
      if (size !== fileBytes) throw new Error(`stored ${key} has ${size} bytes, not ${fileBytes}`);
    }
    if (store) {
      const multipart = store.writes.filter((w) => w.how === 'multipart').length;
      log(`object store: ${multipart} multipart uploads completed`);
    }
    console.log('');
    console.log(`uploads: ${results.length - failed.length} of ${results.length} stored (${fileCount} × ${fileBytes / MB} MB in ${seconds.toFixed(1)} s)`);
    console.log(`server memory: ${idle} MB idle, peak ${peak} MB during the uploads (limit ${limitMb} MB)`);
    if (failed.length || peak > limitMb) process.exitCode = 1;
  } finally {
    stopServer();
    await store?.stop();
    await database.drop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  stopServer();
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(1);
});
