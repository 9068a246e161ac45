import { expect, test, unique } from './fixtures';

// Reader pages are served from Next's page cache: every change readers can see must reach them
// on the next visit, not when the cache happens to expire.
test('a correction and an unpublication reach the cached article and front page at once', async ({ page, editor, newStory }) => {
  const title = unique('快取測試');
  const { id } = await newStory(editor, { title, body: '這篇稿件用來確認讀者頁面的快取會跟著更新。' });
  await editor.getByRole('button', { name: '發佈', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已發佈' })).toBeVisible();

  // Readers fill the caches.
  await page.goto(`/articles/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.goto('/');
  await expect(page.getByRole('link', { name: title }).first()).toBeVisible();

  // A published story's headline is corrected, with a notice.
  const corrected = `${title}（更正）`;
  await editor.getByLabel('標題', { exact: true }).fill(corrected);
  await editor.getByLabel('更正說明').fill('標題中的地名已更正。');
  await editor.getByRole('button', { name: '存草稿' }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已儲存為未發佈的修改' })).toBeVisible();
  await editor.getByRole('button', { name: '更新已發佈稿件' }).click();
  await editor.getByRole('dialog', { name: /更新已發佈稿件/ }).getByRole('button', { name: '確定' }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已更新已發佈稿件' })).toBeVisible();
  await page.goto(`/articles/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(corrected);
  await expect(page.getByRole('complementary', { name: '更正' })).toContainText('標題中的地名已更正。');
  await page.goto('/');
  await expect(page.getByRole('link', { name: corrected }).first()).toBeVisible();

  // 撤稿: the article is gone for readers and off the front page.
  await editor.getByRole('button', { name: '撤稿' }).click();
  const confirm = editor.getByRole('dialog', { name: '撤稿' });
  await confirm.getByLabel('撤稿原因').fill('地名仍有爭議，暫時撤下。');
  await confirm.getByRole('button', { name: '確定' }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已撤稿' })).toBeVisible();
  expect((await page.goto(`/articles/${id}`))?.status()).toBe(404);
  await page.goto('/');
  await expect(page.getByRole('link', { name: corrected })).toHaveCount(0);
});
