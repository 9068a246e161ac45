import { captureAction, replayAction } from './action-replay';
import { expect, test, unique } from './fixtures';

test('double-clicking 發佈 publishes once and says so; 撤稿 asks first, and 取消 changes nothing', async ({ page, editor, newStory, admin }) => {
  const title = unique('雙擊發佈');
  const { id } = await newStory(editor, { title, body: '雙擊只發佈一次。' });
  await expect(editor.getByLabel('由我擔任責編')).toBeChecked();

  const publish = await captureAction(editor, () => editor.getByRole('button', { name: '發佈', exact: true }).dblclick());
  await expect(editor.getByRole('status').filter({ hasText: '已發佈' })).toBeVisible();
  await expect(editor.getByText('狀態：已發佈')).toBeVisible();
  await expect(editor.getByRole('alert').filter({ hasText: /沒有權限|無法完成/ })).toHaveCount(0);
  // The same request sent again (a retry, a second tab) is answered as done, never as refused.
  const again = await replayAction(editor.request, publish, `/dashboard/articles/${id}`);
  expect(again).toContain('已發佈');
  expect(again).not.toContain('你沒有權限執行這個操作');
  expect((await page.goto(`/articles/${id}`))?.status()).toBe(200);

  // 撤稿 names the story and waits for 確定; 取消 leaves it live.
  await editor.getByRole('button', { name: '撤稿' }).click();
  const confirm = editor.getByRole('dialog', { name: '撤稿' });
  await expect(confirm).toContainText(`確定要撤下「${title}」？`);
  await expect(confirm.getByRole('button', { name: '確定' })).toBeDisabled();
  await confirm.getByLabel('撤稿原因').fill('只是試試');
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(confirm).toBeHidden();
  await expect(editor.getByText('狀態：已發佈')).toBeVisible();
  expect((await page.goto(`/articles/${id}`))?.status()).toBe(200);
  await editor.reload();
  await expect(editor.getByText('狀態：已發佈')).toBeVisible();

  // With a reason and 確定 it goes, and the reason is kept.
  await editor.getByRole('button', { name: '撤稿' }).click();
  await confirm.getByLabel('撤稿原因').fill('受訪者要求更正引述。');
  await confirm.getByRole('button', { name: '確定' }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已撤稿' })).toBeVisible();
  expect((await page.goto(`/articles/${id}`))?.status()).toBe(404);
  await editor.reload();
  await expect(editor.getByRole('complementary', { name: '編輯台' }).getByText('【撤稿】受訪者要求更正引述。')).toBeVisible();

  await admin.goto(`/dashboard/audit?story=${id}&action=story.unpublish`);
  const entry = admin.getByRole('row').filter({ hasText: '撤稿' }).filter({ hasText: title });
  await expect(entry).toContainText('原因受訪者要求更正引述。');
});
