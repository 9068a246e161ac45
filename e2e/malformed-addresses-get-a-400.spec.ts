import { expect, test } from './fixtures';

// Bots send addresses whose percent-encoding cannot be decoded all day; each must get a plain
// 400 page at once, never a 500 (which pages whoever watches the error rate).
const malformed = [
  '/%ff',
  '/articles/%ff',
  '/articles/12/%ff',
  '/channels/%c3%28',
  '/channels/yaowen/%ff',
  '/topics/%',
  '/search%ff',
  '/preview/%ff',
  '/feed.xml%ff',
  '/sitemap.xml%ff',
  '/login%ff',
  '/zh-hans/%ff',
  '/zh-hans/articles/%ff',
  '/zh-hant/topics/%',
  '/media/%ff%fe',
  '/media/%e0%a4%a.jpg',
  '/api/media/%ff',
  '/api/auth/%ff',
  '/dashboard/articles/%ff',
];

const variants: Record<string, Record<string, string>> = {
  plain: {},
  RSC: { RSC: '1' },
  prefetch: { RSC: '1', 'Next-Router-Prefetch': '1' },
};

for (const [name, headers] of Object.entries(variants)) {
  test(`malformed addresses get a 400 page, never a 500 (${name} request)`, async ({ request }) => {
    for (const address of malformed) {
      const started = Date.now();
      const response = await request.get(address, { headers, maxRedirects: 0 });
      expect.soft(response.status(), address).toBe(400);
      expect.soft(response.headers()['content-type'], address).toContain('text/html');
      expect.soft(await response.text(), address).toContain('網址無效');
      expect.soft(Date.now() - started, `${address} answered quickly`).toBeLessThan(2_000);
    }
  });
}

test('well-formed addresses with percent-encoding still reach their pages', async ({ request }) => {
  expect((await request.get('/channels/yaowen')).status()).toBe(200);
  expect((await request.get('/search?q=%E5%86%AC')).status()).toBe(200);
  // A percent-encoded slug after the id is allowed; a missing story stays a 404.
  expect((await request.get('/articles/999999/%E5%86%AC%E6%8D%95')).status()).toBe(404);
  expect((await request.get('/topics/%E4%B8%8D%E5%AD%98%E5%9C%A8')).status()).toBe(404);
});
