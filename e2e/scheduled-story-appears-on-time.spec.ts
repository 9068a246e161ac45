import { expect, test, unique } from './fixtures';

test('a story scheduled a few seconds ahead reaches the front page without anyone saving again', async ({ page, editor, newStory }) => {
  const title = unique('排程測試');
  const { id } = await newStory(editor, { title, body: '這篇稿件排程幾秒後發佈。' });
  await editor.getByLabel('責編', { exact: true }).selectOption({ label: '周敏華' });

  // datetime-local in the browser's zone (Asia/Shanghai in these tests), a few seconds ahead.
  const at = new Date(Date.now() + 6_000 + 8 * 3_600_000).toISOString().slice(0, 19);
  await editor.getByLabel('發佈時間').fill(at);
  await editor.getByRole('button', { name: '排程發佈' }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已排程發佈' })).toBeVisible();
  expect((await page.goto(`/articles/${id}`))?.status()).toBe(404);

  await expect(async () => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: title }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  expect((await page.goto(`/articles/${id}`))?.status()).toBe(200);
});
