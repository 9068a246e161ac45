import { expect, metaLine, test } from './fixtures';

test('a reader switches an article to 简体 and back, and the choice is remembered', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('region', { name: '頭條' }).getByRole('link', { name: '一條軌道串起半座城' }).click();
  await expect(page).toHaveURL(/\/articles\/\d+$/);
  const id = page.url().match(/\/articles\/(\d+)/)![1];
  await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute('href', new RegExp(`/zh-hans/articles/${id}$`));

  await page.getByRole('group', { name: '繁簡切換' }).getByRole('link', { name: '简体' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh-hans/articles/${id}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('一条轨道串起半座城——长春有轨电车汽车城线今起开通试运营');
  await expect(metaLine(article)).toContainText('来源：北国新闻网责编：周敏华');
  await expect(article.getByRole('complementary', { name: '编者按' })).toBeVisible();
  await expect(article.getByRole('region', { name: '正文' })).toContainText('长春');
  await expect(article.getByRole('region', { name: '正文' })).not.toContainText('長春');
  await expect(page.getByRole('navigation', { name: '频道' }).getByRole('link', { name: '要闻' })).toHaveAttribute('href', '/zh-hans/channels/yaowen');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/zh-hans/articles/${id}$`));

  // Remembered: the plain address now leads to the 简体 page.
  await page.goto('/');
  await expect(page).toHaveURL(/\/zh-hans$/);
  await expect(page.getByRole('navigation', { name: '频道' })).toContainText('要闻');

  await page.goto(`/zh-hans/articles/${id}`);
  await page.getByRole('group', { name: '繁简切换' }).getByRole('link', { name: '繁體' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh-hant/articles/${id}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toContainText('一條軌道串起半座城');
});

test('a reader who never chose gets the site default, whoever was there before', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('navigation', { name: '頻道' })).toContainText('要聞');
  await context.close();
});
