import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './fixtures';

// The Nu Html Checker (vnu-jar, Java 17) over every kind of reader page and the sign-in page:
// clients and validators report what it reports, so an error fails the run. One Java start
// checks them all.

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

test('reader pages and sign-in have no HTML errors', async ({ request }) => {
  test.setTimeout(120_000);
  const front = await (await request.get('/')).text();
  const firstLink = (pattern: RegExp) => {
    const match = pattern.exec(front);
    expect(match, `the front page links to ${pattern}`).not.toBeNull();
    return match![1]!;
  };
  const article = firstLink(/href="(\/articles\/\d+[^"]*)"/);
  const channel = firstLink(/href="(\/channels\/[^"/]+)"/);
  const topics = await (await request.get('/topics')).text();
  const topic = /href="(\/topics\/[^"]+)"/.exec(topics)?.[1];
  const pages = [
    '/',
    article,
    channel,
    '/topics',
    ...(topic ? [topic] : []),
    '/search?q=%E9%95%B7%E6%98%A5',
    '/zh-hans',
    `/zh-hans${article}`,
    '/articles/999999999',
    '/login',
  ];

  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'zebian-vnu-'));
  const files = new Map<string, string>();
  for (const [i, page] of pages.entries()) {
    const response = await request.get(page);
    const file = path.join(folder, `${i}.html`);
    fs.writeFileSync(file, await response.text());
    files.set(`file:${file}`, page);
  }

  const { stdout } = await promisify(execFile)('java', ['-jar', vnuJar, '--format', 'json', '--stdout', '--errors-only', ...[...files.keys()].map((f) => f.slice(5))], {
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  fs.rmSync(folder, { recursive: true, force: true });

  const messages = (JSON.parse(stdout) as { messages: VnuMessage[] }).messages;
  const errors = messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${files.get(m.url) ?? m.url}:${m.lastLine ?? '?'} ${m.message}${m.extract ? ` — ${m.extract.trim()}` : ''}`);
  expect(errors).toEqual([]);
});
