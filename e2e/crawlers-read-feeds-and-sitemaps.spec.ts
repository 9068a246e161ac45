import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Parses XML with the browser's own parser; a parse error fails the test. */
async function parseXml(page: Page, xml: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror');
    if (error) throw new Error(error.textContent ?? 'parse error');
    const items = [...doc.querySelectorAll('item')].map((item) => ({
      title: item.querySelector('title')?.textContent ?? '',
      link: item.querySelector('link')?.textContent ?? '',
      content: item.getElementsByTagNameNS('http://purl.org/rss/1.0/modules/content/', 'encoded')[0]?.textContent ?? '',
      enclosure: item.querySelector('enclosure')?.getAttribute('url') ?? '',
    }));
    const locs = [...doc.getElementsByTagName('loc')].map((l) => l.textContent ?? '');
    return { root: doc.documentElement.nodeName, version: doc.documentElement.getAttribute('version'), items, locs };
  }, xml);
}

test('the site feed and a channel feed are valid RSS 2.0 with full text and photos', async ({ page, request }) => {
  await page.goto('/');
  const response = await request.get('/feed.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/rss+xml');
  const feed = await parseXml(page, await response.text());
  expect(feed).toMatchObject({ root: 'rss', version: '2.0' });
  expect(feed.items.length).toBeGreaterThanOrEqual(10);
  const lead = feed.items.find((i) => i.title.startsWith('一條軌道串起半座城'))!;
  expect(lead.link).toMatch(/\/articles\/\d+$/);
  expect(lead.content).toContain('<h2>');
  expect(lead.enclosure).toMatch(/\/media\/.+\.jpg$/);

  const channel = await parseXml(page, await (await request.get('/channels/shizhou/feed.xml')).text());
  expect(channel.items.map((i) => i.title)).toContain('零下二十度的延吉夜市：一碗熱湯暖了整條街');
  expect((await request.get('/channels/no-such-channel/feed.xml')).status()).toBe(404);
});

test('the sitemaps list the stories and robots.txt keeps crawlers out of the workspace', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.getByRole('region', { name: '頭條' }).getByRole('link', { name: '一條軌道串起半座城' }).getAttribute('href');
  const sitemap = await parseXml(page, await (await request.get('/sitemap.xml')).text());
  expect(sitemap.locs.some((loc) => loc.endsWith(href!))).toBe(true);
  expect(sitemap.locs.some((loc) => loc.endsWith('/channels/shizhou'))).toBe(true);
  const news = await parseXml(page, await (await request.get('/news-sitemap.xml')).text());
  expect(news.locs.some((loc) => loc.endsWith(href!))).toBe(true);

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /dashboard');
  expect(robots).toMatch(/Sitemap: http.+\/sitemap\.xml/);
});
