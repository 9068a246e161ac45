import type { APIRequestContext } from '@playwright/test';
import sharp from 'sharp';
import { expect, test, unique } from './fixtures';

// The anonymous `request` context carries no session. A draft with a marker in its title and body, and a photo only it uses: nothing public may
// name it, link to it, count it or show its photo, in either script and for every kind of
// request Next's client makes (a page, an RSC payload, a prefetch, a segment prefetch).
const requestKinds: Record<string, Record<string, string>> = {
  page: {},
  RSC: { RSC: '1' },
  prefetch: { RSC: '1', 'Next-Router-Prefetch': '1' },
  'segment prefetch': { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/_tree' },
};
const scripts = ['', '/zh-hans', '/zh-hant'];

async function topicAddresses(request: APIRequestContext): Promise<string[]> {
  const html = await (await request.get('/topics')).text();
  return [...new Set([...html.matchAll(/href="(\/topics\/[^"?#]+)"/g)].map((m) => m[1]!))];
}

test('a draft is nowhere on the public site: pages, RSC and prefetch payloads, feeds, sitemaps, search; its photo is not kept by caches until it is published', async ({ request: anonymous, reporter, newStory, editor }) => {
  test.slow();
  const marker = unique('draftmark');
  const { id } = await newStory(reporter, { title: `${marker} 未發佈的獨家`, body: `正文裡的標記 ${marker}。` });
  const jpeg = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#8a4b2b' } }).jpeg().toBuffer();
  await reporter.getByLabel('上傳圖片').setInputFiles([{ name: `${marker}.jpg`, mimeType: 'image/jpeg', buffer: jpeg }]);
  const item = reporter.getByRole('listitem', { name: /第 1 張圖片/ });
  await item.getByLabel('圖片說明').fill('磚紅色的方塊');
  await item.getByLabel('替代文字').fill('磚紅色的方塊');
  await reporter.getByRole('button', { name: '存草稿' }).click();
  await expect(reporter.getByRole('status').filter({ hasText: /已儲存 \d/ }).first()).toBeVisible();
  const photoAddress = (await item.locator('img').getAttribute('src'))!;
  const stem = /\/media\/([a-z0-9]{24})/.exec(photoAddress)![1]!;

  const topics = await topicAddresses(anonymous);
  // A story id that never existed answers every kind of request as the draft's id must.
  const missing = id + 1_000_000;
  const readerPaths = ['/', `/articles/${missing}`, `/articles/${id}`, `/articles/${missing}/a-slug`, `/articles/${id}/a-slug`, '/channels/yaowen', '/topics', ...topics, `/search?q=${marker}`];
  const addresses = [
    ...scripts.flatMap((prefix) => readerPaths.map((path) => (prefix && path === '/' ? prefix : `${prefix}${path}`))),
    '/feed.xml',
    '/channels/yaowen/feed.xml',
    '/sitemap.xml',
    '/news-sitemap.xml',
    '/robots.txt',
    `/preview/story/${id}`,
  ];
  const linksToDraft = new RegExp(`/articles/${id}(?![0-9])`);
  const statuses = new Map<string, number>();
  for (const [kind, headers] of Object.entries(requestKinds)) {
    for (const address of addresses) {
      const response = await anonymous.get(address, { headers });
      const body = await response.text();
      const where = `${address} (${kind})`;
      statuses.set(where, response.status());
      expect.soft(response.status(), where).toBeLessThan(500);
      if (address.includes(`/articles/${id}`)) {
        // Next answers a segment prefetch of an article address from the route's shape alone
        // (200 once the route has been rendered, whatever the id): the same as for no story.
        expect.soft(response.status(), where).toBe(statuses.get(where.replace(`/articles/${id}`, `/articles/${missing}`)));
        if (kind !== 'segment prefetch') expect.soft(response.status(), where).toBe(404);
      }
      // The search page repeats what was searched for; its results are checked by the link below.
      if (!address.includes('/search')) expect.soft(body.toLowerCase().includes(marker.toLowerCase()), `${where} names the draft`).toBe(false);
      expect.soft(body.includes(stem), `${where} shows the draft's photo`).toBe(false);
      expect.soft(linksToDraft.test(body), `${where} links to the draft`).toBe(false);
    }
  }

  // The decision (README, "Who can see an unpublished story"): the photo is answered at its
  // random address, which only the staff and preview links know, but no shared cache keeps it.
  const unpublished = await anonymous.get(photoAddress);
  expect(unpublished.status()).toBe(200);
  expect(unpublished.headers()['cache-control']).toBe('private, no-store');
  expect(unpublished.headers()['x-robots-tag']).toBe('noindex');

  // Once published, the story and its photo are public, and caches may keep the photo.
  await reporter.getByRole('button', { name: '提交審核' }).click();
  await expect(reporter.getByRole('status').filter({ hasText: '已提交審核' })).toBeVisible();
  await editor.goto(`/dashboard/articles/${id}`);
  await editor.getByRole('button', { name: '發佈', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已發佈' })).toBeVisible();
  expect((await anonymous.get(`/articles/${id}`)).status()).toBe(200);
  await expect
    .poll(async () => (await anonymous.get(photoAddress)).headers()['cache-control'], { timeout: 20_000 })
    .toBe('public, max-age=31536000, immutable');
});
