import type { APIRequestContext } from '@playwright/test';
import sharp from 'sharp';
import { expect, test, unique } from './fixtures';

/** Blue, with a red band down the right edge; a dot placed at random makes each run's bytes new. */
function photo(): Promise<Buffer> {
  const dot = 100 + Math.floor(Math.random() * 1400);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="800"><rect width="2000" height="800" fill="#0000ff"/>
    <rect x="1800" width="200" height="800" fill="#ff0000"/><circle cx="${dot}" cy="400" r="30" fill="#00ff00"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
}

/** Fetches a share image and says how red its right edge is (0–255): the red band is kept or cut away. */
async function shareImage(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/jpeg');
  const { data, info } = await sharp(await response.body()).raw().toBuffer({ resolveWithObject: true });
  let red = 0;
  for (let y = 0; y < info.height; y++) red += data[(y * info.width + info.width - 5) * info.channels]!;
  return { size: [info.width, info.height], edgeRed: red / info.height, cacheControl: response.headers()['cache-control'] };
}

test('an article’s share image is 1200×630 cut around its photo’s 焦點, and moves to a new address when the point moves', async ({ editor, newStory, page, request }) => {
  test.slow();
  const name = `${unique('share')}.jpg`;
  const { id } = await newStory(editor);
  const gallery = editor.getByRole('region', { name: '圖集' });
  await gallery.getByLabel('上傳圖片', { exact: true }).setInputFiles([{ name, mimeType: 'image/jpeg', buffer: await photo() }]);
  const item = gallery.getByRole('listitem', { name: '第 1 張圖片' });
  await item.getByLabel('圖片說明').fill('藍底紅邊的測試圖');
  await item.getByLabel('替代文字').fill('藍色畫面，右側一道紅邊');
  await editor.getByRole('button', { name: '存草稿' }).click();
  await expect(editor.getByRole('status').filter({ hasText: /^已儲存 / })).toBeVisible();
  await editor.getByRole('button', { name: '發佈', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已發佈' })).toBeVisible();

  await page.goto(`/articles/${id}`);
  const ogImage = page.locator('meta[property="og:image"]');
  await expect(ogImage).toHaveAttribute('content', /^http.+\/media\/share\/[a-z0-9]{24}_50_50\.jpg$/);
  const centred = (await ogImage.getAttribute('content'))!;
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', centred);
  const first = await shareImage(request, centred);
  expect(first.size).toEqual([1200, 630]);
  // Cut from the middle, the red band at the right edge falls outside.
  expect(first.edgeRed).toBeLessThan(80);
  // Public now: any cache may keep it, since a new point means a new address.
  await expect.poll(async () => (await shareImage(request, centred)).cacheControl, { timeout: 20_000 }).toContain('immutable');
  // Nothing but the stored point is made: no other point, size or shape.
  const stem = centred.match(/share\/([a-z0-9]{24})_/)![1];
  expect((await request.get(`/media/share/${stem}_50_50_600.jpg`)).status()).toBe(404);
  expect((await request.get(`/media/share/${stem}_050_50.jpg`)).status()).toBe(404);

  // The point moves to the red band.
  await editor.goto(`/dashboard/media?q=${encodeURIComponent(name)}`);
  await editor.getByRole('list', { name: '媒體' }).getByRole('link', { name: new RegExp(name) }).click();
  await editor.getByLabel('焦點左右（%）').fill('95');
  await editor.getByRole('button', { name: '儲存焦點' }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已儲存焦點' })).toBeVisible();

  await page.goto(`/articles/${id}`);
  await expect(ogImage).toHaveAttribute('content', centred.replace('_50_50.jpg', '_95_50.jpg'));
  const moved = await shareImage(request, centred.replace('_50_50.jpg', '_95_50.jpg'));
  expect(moved.size).toEqual([1200, 630]);
  expect(moved.edgeRed).toBeGreaterThan(200);
  // A card read before the move still finds the image: the old address leads to the new one.
  const old = await request.get(centred, { maxRedirects: 0 });
  expect(old.status()).toBe(307);
  expect(old.headers()['location']).toBe(`/media/share/${stem}_95_50.jpg`);
});
