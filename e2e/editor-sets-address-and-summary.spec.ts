import { accounts, expect, signedInPage, test, unique, writeStory } from './fixtures';

test('an editor gives a story a 網址代稱 and a 摘要; readers get both, and an earlier address moves to it', async ({ browser, page, request }) => {
  // Publish, update and four reader visits: longer than one default journey.
  test.slow();
  const editor = await signedInPage(browser, accounts.editor);
  const title = unique('江畔燈會');
  const { id } = await writeStory(editor, { title, body: '燈會今晚在江邊開幕，市民扶老攜幼前來賞燈。' });
  const slug = `lantern-${id}`;
  const summary = `江邊花燈點亮，三萬市民到場（${id}）。`;

  // A slug the address cannot carry is refused while typing, with the reason.
  await editor.getByLabel('網址代稱').fill('燈會');
  await expect(editor.getByText('網址代稱只能用小寫英文字母、數字和連字號')).toBeVisible();
  await editor.getByLabel('網址代稱').fill(slug);
  await expect(editor.getByText(`/articles/${id}/${slug}`).first()).toBeVisible();
  await editor.getByLabel('摘要').fill(summary);
  // The social card preview shows what a share will show.
  const card = editor.getByRole('figure', { name: '社群分享預覽' });
  await expect(card).toContainText(title);
  await expect(card).toContainText(summary);
  await editor.getByRole('button', { name: '存草稿' }).click();
  await expect(editor.getByRole('status').filter({ hasText: /已儲存/ }).first()).toBeVisible();

  await editor.getByRole('button', { name: '發佈', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已發佈' })).toBeVisible();

  // The bare address moves to the one with the slug; the 摘要 is the meta description.
  await page.goto(`/articles/${id}`);
  await expect(page).toHaveURL(new RegExp(`/articles/${id}/${slug}$`));
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', summary);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', summary);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/articles/${id}/${slug}$`));

  // An earlier address (any other tail after the id) moves to the current one, permanently.
  const earlier = `lantern-festival-${id}`;
  const old = await request.get(`/articles/${id}/${earlier}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toMatch(new RegExp(`/articles/${id}/${slug}$`));
  await page.goto(`/articles/${id}/${earlier}`);
  await expect(page).toHaveURL(new RegExp(`/articles/${id}/${slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  // The 简体 page keeps its script through the move.
  await page.goto(`/zh-hans/articles/${id}/${earlier}`);
  await expect(page).toHaveURL(new RegExp(`/zh-hans/articles/${id}/${slug}$`));
});
