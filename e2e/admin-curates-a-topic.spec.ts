import { expect, test, unique } from './fixtures';

test('an admin creates a topic, adds stories by search, orders them and publishes it for readers', async ({ browser, admin }) => {
  const reader = await (await browser.newContext()).newPage();
  const title = unique('專題');
  const slug = unique('e2e-topic');

  await admin.goto('/dashboard/topics');
  const form = admin.getByRole('form', { name: '新增專題' });
  await form.getByLabel('標題').fill(title);
  await form.getByLabel('網址代稱').fill(slug);
  await form.getByLabel('摘要').fill('端到端測試用的專題。');
  await form.getByRole('button', { name: '新增專題' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(admin.getByText('已隱藏：讀者看不到這個專題')).toBeVisible();
  expect((await reader.goto(`/topics/${slug}`))?.status()).toBe(404);

  // Two stories found by search, in either script.
  const search = admin.getByRole('search', { name: '搜尋稿件' });
  const results = admin.getByRole('list', { name: '搜尋結果' }).getByRole('listitem');
  const stories = admin.getByRole('region', { name: '專題稿件' }).getByRole('listitem');
  for (const query of ['冰', '长春']) {
    await search.getByLabel('搜尋稿件').fill(query);
    await search.getByRole('button', { name: '搜尋' }).click();
    const add = results.first().getByRole('button', { name: /^加入 / });
    const picked = (await add.getAttribute('aria-label'))!.slice('加入 '.length);
    const count = await stories.count();
    await add.click();
    await expect(stories).toHaveCount(count + 1);
    await expect(stories.last()).toContainText(picked);
  }
  const moveUp = admin.getByRole('region', { name: '專題稿件' }).getByRole('button', { name: /^上移 / });
  const [firstTitle, secondTitle] = await moveUp.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')!.slice('上移 '.length)));

  await admin.getByRole('button', { name: `上移 ${secondTitle}` }).click();
  await expect(stories.first()).toContainText(secondTitle!);

  await admin.getByRole('button', { name: '發佈專題' }).click();
  await expect(admin.getByRole('status').filter({ hasText: `「${title}」已發佈` })).toBeVisible();
  await reader.goto(`/topics/${slug}`);
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const curated = reader.getByRole('main').getByRole('listitem');
  await expect(curated).toHaveCount(2);
  await expect(curated.nth(0)).toContainText(secondTitle!);
  await expect(curated.nth(1)).toContainText(firstTitle!);

  await admin.getByRole('button', { name: '隱藏專題' }).click();
  await expect(admin.getByRole('status').filter({ hasText: `「${title}」已隱藏` })).toBeVisible();
  expect((await reader.goto(`/topics/${slug}`))?.status()).toBe(404);
  await reader.context().close();
});
