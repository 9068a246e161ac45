import { expect, metaLine, test } from './fixtures';

// The demo story 「一條軌道串起半座城」 carries every element of the reference page.
const leadTitle = '一條軌道串起半座城';

test('an article shows every element of the reference page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('region', { name: '頭條' }).getByRole('link', { name: leadTitle }).click();
  await expect(page).toHaveURL(/\/articles\/\d+$/);
  const article = page.getByRole('article');

  await expect(article.getByRole('heading', { level: 1 })).toHaveText(`${leadTitle}——長春有軌電車汽車城線今起開通試運營`);
  await expect(article.getByRole('navigation', { name: '麵包屑' }).getByRole('link')).toHaveText(['首頁', '要聞']);
  await expect(metaLine(article)).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}來源：北國新聞網責編：周敏華$/);
  await expect(metaLine(article).getByRole('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

  const gallery = article.getByRole('region', { name: '圖集' });
  const figures = gallery.getByRole('figure');
  expect(await figures.count()).toBeGreaterThanOrEqual(3);
  for (const figure of await figures.all()) {
    await expect(figure.getByRole('img')).toHaveAttribute('alt', /.+/);
    await expect(figure.locator('figcaption')).toContainText(/.+/);
  }
  await expect(figures.first().getByText('北國新聞網 趙晨陽 攝')).toBeVisible();

  await expect(article.getByRole('complementary', { name: '編者按' })).toBeVisible();
  await expect(article.getByRole('region', { name: '正文' }).getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(article.getByRole('region', { name: '正文' }).getByRole('blockquote')).toBeVisible();
  await expect(article.getByText('(撰稿/李文博 攝影/趙晨陽)', { exact: true })).toBeVisible();
  await expect(article.getByRole('region', { name: '北國新聞網版權聲明' })).toContainText('1、');
  // Once per page: the footer's folded copy of the statement stays out of an article page.
  await expect(page.getByRole('contentinfo').getByText('北國新聞網版權聲明')).toBeHidden();
  await expect(article.getByRole('note')).toHaveCount(0);
  await expect(page.getByRole('region', { name: '相關新聞' }).getByRole('link').first()).toBeVisible();

  // Crawlers: canonical, Open Graph with the lead photo, NewsArticle JSON-LD.
  const id = page.url().match(/\/articles\/(\d+)/)![1];
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/articles/${id}$`));
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute('content', /^http.+\/media\/.+\.jpg$/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({
    '@type': 'NewsArticle',
    headline: leadTitle,
    author: { '@type': 'Person', name: '李文博' },
    contributor: [{ '@type': 'Person', name: '趙晨陽' }],
    editor: { '@type': 'Person', name: '周敏華' },
    publisher: { '@type': 'Organization', name: '北國新聞網' },
  });
  expect(jsonLd.image.length).toBe(await figures.count());
});

test('the gallery opens as a slideshow driven by the keyboard', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('region', { name: '頭條' }).getByRole('link', { name: leadTitle }).click();
  await expect(page).toHaveURL(/\/articles\/\d+$/);
  const openers = page.getByRole('button', { name: /^放大檢視：/ });
  await expect(openers.first()).toBeVisible();
  const total = await openers.count();
  await openers.first().focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '圖集' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`第 1 張，共 ${total} 張`);
  await page.keyboard.press('ArrowRight');
  await expect(dialog).toContainText(`第 2 張，共 ${total} 張`);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(dialog).toContainText(`第 ${total} 張，共 ${total} 張`);
  await expect(dialog.getByRole('figure').getByRole('img')).toHaveAttribute('alt', /.+/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(openers.first()).toBeFocused();
});

test('a reprinted story carries the third-party disclaimer', async ({ page }) => {
  await page.goto('/channels/songyuan');
  await page.getByRole('link', { name: '查干湖冬捕在即 漁工冰上試網' }).click();
  await expect(metaLine(page.getByRole('article'))).toContainText('來源：松花江晚報');
  await expect(page.getByRole('note')).toContainText('轉載');
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd.sourceOrganization).toEqual({ '@type': 'Organization', name: '松花江晚報' });
});

test('unknown, malformed and out-of-range ids get the same 404 page', async ({ page }) => {
  const bodies: string[] = [];
  for (const path of ['/articles/987654', '/articles/abc', '/articles/99999999999', '/articles/987654/some-slug']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到這個頁面');
    bodies.push(await page.getByRole('main').innerHTML());
  }
  expect(new Set(bodies).size).toBe(1);
});
