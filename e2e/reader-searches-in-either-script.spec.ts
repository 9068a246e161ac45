import { expect, test } from './fixtures';

test('search finds a Chinese substring in either script and marks it', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('search').first();
  await box.getByLabel('搜尋').fill('汽車城');
  await box.getByRole('button', { name: '搜尋' }).click();
  await expect(page).toHaveURL(/\/search\?q=/);
  const results = page.getByRole('list', { name: '搜尋結果' });
  // A title match ranks first.
  await expect(results.getByRole('listitem').first().getByRole('heading')).toHaveText('長春造零部件搭班列出海 汽車城企業訂單排到明年春天');
  await expect(results.getByRole('listitem').first().locator('mark').first()).toHaveText('汽車城');
  const titles = await results.getByRole('heading').allTextContents();
  expect(titles).toContain('一條軌道串起半座城');

  // Simplified query, traditional text; the mark shows the text as written.
  await page.goto(`/search?q=${encodeURIComponent('长春国际汽车城')}`);
  await expect(results.locator('mark').first()).toHaveText('長春國際汽車城');
  expect(await results.getByRole('listitem').count()).toBeGreaterThan(0);
});

test('empty, punctuation-only and overlong queries get a clear page', async ({ page }) => {
  await page.goto('/search');
  await expect(page.getByText('請輸入要找的字詞')).toBeVisible();
  await page.goto(`/search?q=${encodeURIComponent('，。！？')}`);
  await expect(page.getByText('只有標點符號無法搜尋')).toBeVisible();
  await page.goto(`/search?q=${encodeURIComponent('長'.repeat(80))}`);
  await expect(page.getByText('字詞太長，只用前 50 個字搜尋。')).toBeVisible();
  await expect(page.getByText('找不到相符的新聞')).toBeVisible();
  await page.goto(`/search?q=${encodeURIComponent('<script>alert(1)</script>')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜尋：<script>alert(1)</script>');
});
