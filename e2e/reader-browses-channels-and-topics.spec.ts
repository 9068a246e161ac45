import { expect, test } from './fixtures';

test('a regional channel lists its sub-channels’ stories with photos', async ({ page }) => {
  await page.goto('/channels/shizhou');
  await expect(page.getByRole('heading', { level: 1, name: '市州新聞' })).toBeVisible();
  await page.getByRole('navigation', { name: '市州新聞分類' }).getByRole('link', { name: '延邊' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '延邊' })).toBeVisible();
  await expect(page.getByRole('link', { name: '零下二十度的延吉夜市：一碗熱湯暖了整條街' })).toBeVisible();
});

test('原創 lists only the outlet’s own stories', async ({ page }) => {
  await page.goto('/channels/original');
  await expect(page.getByRole('heading', { level: 1, name: '原創' })).toBeVisible();
  await expect(page.getByRole('link', { name: '一條軌道串起半座城' })).toBeVisible();
  await expect(page.getByRole('link', { name: '查干湖冬捕在即 漁工冰上試網' })).toHaveCount(0);
});

test('topics lead to a topic page with its cover and curated stories', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: '頻道' }).getByRole('link', { name: '熱點專題' }).click();
  await expect(page).toHaveURL(/\/topics$/);
  await page.getByRole('link', { name: '冰雪季，到吉林來' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '冰雪季，到吉林來' })).toBeVisible();
  // The demo topic has no cover of its own: its first story's photo stands in, as decoration (empty alt) under the
  // title that says what it shows. The cards' photos are hidden from assistive tech, so this is the only one.
  await expect(page.getByRole('region', { name: '冰雪季，到吉林來' }).getByRole('presentation')).toBeVisible();
  const titles = await page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 }).allTextContents();
  expect(titles.slice(0, 2)).toEqual(['松花江畔霧凇冰雪節開幕 百座冰雕點亮江城夜色', '查干湖冬捕在即 漁工冰上試網']);
  expect((await page.goto('/topics/no-such-topic'))?.status()).toBe(404);
});

test('the front page shows the lead story, the latest news, channel blocks, topics and videos', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: '頭條' }).getByRole('img')).toHaveAttribute('alt', /.+/);
  // Beside the lead: ten rows less one per video (the demo has one), so the column ends near the lead.
  await expect(page.getByRole('region', { name: '最新新聞', exact: true }).getByRole('listitem')).toHaveCount(9);
  await expect(page.getByRole('region', { name: '頭條' }).getByRole('region', { name: '最新視頻' })).toBeVisible();
  // One region per name: the latest across channels is not called after the 要聞 channel's block.
  await expect(page.getByRole('region', { name: '要聞', exact: true })).toHaveCount(1);
  await expect(page.getByRole('region', { name: '市州新聞' }).getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('region', { name: '熱點專題' }).getByRole('link', { name: '冰雪季，到吉林來' })).toBeVisible();
  await expect(page.getByRole('region', { name: '最新視頻' }).getByRole('link', { name: /遼源老年秧歌隊/ })).toBeVisible();
  await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute('href', /\/zh-hans$/);
});

test('a channel’s later page lists the stories after a cursor, in either script', async ({ page }) => {
  await page.goto('/channels/original');
  const cards = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  const links = cards.getByRole('heading', { level: 2 }).getByRole('link');
  // Compared by story id: 简体 pages prefix their addresses.
  const addresses = async () => links.evaluateAll((as) => as.map((a) => a.getAttribute('href')?.match(/\/articles\/(\d+)/)?.[1]));
  const firstPage = await addresses();
  expect(firstPage.length).toBeGreaterThan(4);
  // A cursor is a story's publish time in ms and its id, as 下一頁 links carry it.
  const third = cards.nth(2);
  const id = firstPage[2];
  const ms = Date.parse((await third.getByRole('time').getAttribute('datetime')) ?? '');
  const cursor = `${ms}_${id}`;
  // Other tests publish to 原創 too, so the later page may run past the end of the first.
  const startsAfterTheThird = async () => {
    const later = await addresses();
    expect(later.slice(0, firstPage.length - 3)).toEqual(firstPage.slice(3));
    expect(later).not.toContain(firstPage[2]);
  };

  await page.goto(`/channels/original?after=${cursor}`);
  await startsAfterTheThird();
  await expect(page.getByRole('navigation', { name: '分頁' }).getByRole('link', { name: '回到最新' })).toHaveAttribute('href', '/channels/original');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

  // A malformed cursor is not an error: it is the first page.
  await page.goto('/channels/original?after=yesterday');
  expect(await addresses()).toEqual(firstPage);
  expect((await page.goto(`/channels/no-such-channel?after=${cursor}`))?.status()).toBe(404);

  // (Reading in 简体 sets the reader's script cookie: unprefixed addresses lead to 简体 after it.)
  await page.goto(`/zh-hans/channels/original?after=${cursor}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('heading', { level: 1, name: '原创' })).toBeVisible();
  await startsAfterTheThird();
  await page.goto(`/channels/original?after=${cursor}`);
  await expect(page).toHaveURL(`/zh-hans/channels/original?after=${cursor}`);
  await startsAfterTheThird();
});
