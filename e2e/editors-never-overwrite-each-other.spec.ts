import { expect, test, unique } from './fixtures';

test('two editors save the same story from stale copies: the second sees the conflict and both texts survive', async ({ editor: first, admin: second, newStory }) => {
  const { id } = await newStory(first, { title: unique('衝突測試'), body: '原本的正文。' });
  await second.goto(`/dashboard/articles/${id}`);
  await expect(second.getByLabel('標題', { exact: true })).toHaveValue(/衝突測試/);

  await first.getByLabel('標題', { exact: true }).fill('甲編輯的標題');
  await first.getByRole('button', { name: '存草稿' }).click();
  await expect(first.getByRole('status').filter({ hasText: '已儲存' }).first()).toBeVisible();

  await second.getByLabel('副標題').fill('乙編輯補上的副標題');
  await second.getByRole('button', { name: '存草稿' }).click();
  const conflict = second.getByRole('alert').filter({ hasText: '這篇稿件已被同事更新' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('甲編輯的標題');
  await second.getByRole('button', { name: '保留我的版本' }).click();
  await expect(second.getByRole('status').filter({ hasText: '已儲存' }).first()).toBeVisible();

  // The second editor's version is current; the first one's is in the history.
  await second.goto(`/dashboard/articles/${id}`);
  await expect(second.getByLabel('副標題')).toHaveValue('乙編輯補上的副標題');
  await second.goto(`/dashboard/articles/${id}/history`);
  const versions = second.getByRole('region', { name: '所有版本' });
  await expect(versions.getByRole('row').filter({ hasText: '周敏華' }).first()).toBeVisible();
  await expect(versions.getByRole('row').filter({ hasText: '管理員' }).first()).toBeVisible();
  // The default comparison (the previous version against the current one) shows the first editor's title.
  await expect(second.getByRole('region', { name: '差異' })).toContainText('甲編輯的標題');
});

test('restoring an older revision brings its text back', async ({ editor, newStory }) => {
  const { id } = await newStory(editor, { title: unique('還原測試'), body: '第一版的正文。' });
  await editor.getByRole('textbox', { name: '正文' }).click();
  await editor.keyboard.press('Control+A');
  await editor.keyboard.type('第二版改寫後的正文。');
  await editor.getByRole('button', { name: '存草稿' }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已儲存' }).first()).toBeVisible();

  await editor.goto(`/dashboard/articles/${id}/history`);
  await editor.getByRole('button', { name: '還原第 1 版' }).click();
  await expect(editor.getByText('已還原到第 1 版')).toBeVisible();
  await editor.goto(`/dashboard/articles/${id}`);
  await expect(editor.getByRole('textbox', { name: '正文' })).toHaveText('第一版的正文。');
});
