import { expect, test, unique } from './fixtures';

test('a colleague who closes the story stops showing as editing within 5 seconds', async ({ editor, newStory, admin }) => {
  const { id } = await newStory(editor, { title: unique('在場測試'), body: '兩人同時打開。' });
  // Saved once, said once: the status line, with no banner repeating it.
  await expect(editor.getByRole('status').filter({ hasText: /已儲存/ })).toHaveCount(1);
  await admin.goto(`/dashboard/articles/${id}`);
  const editing = admin.getByText('另有 周敏華 正在編輯這篇稿件');
  await expect(editing).toBeVisible();
  await expect(editor.getByText('另有 管理員 正在編輯這篇稿件')).toBeVisible();

  // Closing the tab runs pagehide, as a person closing it would.
  await editor.close({ runBeforeUnload: true });
  await expect(editing).toBeHidden({ timeout: 5_000 });
});

test('a colleague who goes to another page inside the workspace stops showing as editing too', async ({ editor, newStory, admin }) => {
  const { id } = await newStory(editor, { title: unique('在場測試'), body: '離開到稿件列表。' });
  await admin.goto(`/dashboard/articles/${id}`);
  const editing = admin.getByText('另有 周敏華 正在編輯這篇稿件');
  await expect(editing).toBeVisible();

  await editor.goto('/dashboard');
  await expect(editing).toBeHidden({ timeout: 5_000 });
});
