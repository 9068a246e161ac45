import { expect, metaLine, test } from './fixtures';

test('the front page shows demo stories under the channel bar', async ({ page }) => {
  await page.goto('/');
  const bar = page.getByRole('navigation', { name: '頻道' });
  await expect(bar.getByRole('link')).toHaveText(['要聞', '城市遠洋', '老外在吉林', '直觀中國', '視頻', '原創', '熱點專題', '特色産業', '市州新聞']);
  await expect(page.getByRole('heading', { name: '要聞', exact: true }).first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('contentinfo')).toContainText('版權聲明');
});

test('an article shows its meta line, gallery, editor’s note and credits', async ({ page }) => {
  // The demo's photo story, found as a reader would: other journeys publish newer stories, so
  // the front page's lead is not always this one.
  await page.goto(`/search?q=${encodeURIComponent('一條軌道串起半座城')}`);
  await page.getByRole('link', { name: '一條軌道串起半座城' }).first().click();
  await expect(page).toHaveURL(/\/articles\/\d+/);
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(metaLine(article)).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}來源：.+責編：周敏華$/);
  await expect(metaLine(article).getByRole('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  const figures = article.getByRole('figure');
  expect(await figures.count()).toBeGreaterThanOrEqual(3);
  await expect(figures.first().locator('figcaption')).not.toBeEmpty();
  await expect(figures.first().getByRole('img')).toHaveAttribute('alt', /.+/);
  await expect(article.getByRole('complementary', { name: '編者按' })).toBeVisible();
  await expect(article.getByText(/^\((撰稿|供圖|攝影)\//)).toBeVisible();

  const image = await page.request.get((await figures.first().getByRole('img').getAttribute('src'))!);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/jpeg');
  expect(image.headers()['x-content-type-options']).toBe('nosniff');
});

test('an unknown article and a malformed id get the same 404 page', async ({ page }) => {
  const unknown = await page.goto('/articles/987654');
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '找不到這個頁面' })).toBeVisible();
  const malformed = await page.goto('/articles/abc');
  expect(malformed?.status()).toBe(404);
});

test('a channel lists its stories and its regional sub-channels', async ({ page }) => {
  await page.goto('/channels/shizhou');
  await expect(page.getByRole('heading', { level: 1, name: '市州新聞' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '市州新聞分類' }).getByRole('link', { name: '延邊' })).toBeVisible();
  expect(await page.getByRole('main').getByRole('heading', { level: 2 }).count()).toBeGreaterThan(3);
});
