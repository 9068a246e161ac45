import { captureAction, replayAction, withField } from './action-replay';
import { expect, metaLine, test, unique } from './fixtures';

test('a reporter submits a story; only an editor can publish it, as its 責編', async ({ page, reporter, newStory, editor }) => {
  const title = unique('河畔晨跑');
  const { id } = await newStory(reporter, { title, body: '清晨六點，河畔步道已有不少跑者。', note: '測試用的編者按。', writer: '林書安' });

  // Before publication the public address is the same 404 as an unknown story.
  expect((await page.goto(`/articles/${id}`))?.status()).toBe(404);

  const submitRequest = await captureAction(reporter, () => reporter.getByRole('button', { name: '提交審核' }).click());
  await expect(reporter.getByRole('status').filter({ hasText: '已提交審核' })).toBeVisible();
  await expect(reporter.getByRole('button', { name: '發佈', exact: true })).toHaveCount(0);
  await expect(reporter.getByRole('button', { name: '排程發佈' })).toHaveCount(0);

  // A forged publish from the reporter's own session is refused by the server.
  const forged = withField(submitRequest.postData() ?? '', 'move', 'publish');
  expect(forged).not.toBe(submitRequest.postData());
  expect(await replayAction(reporter.request, submitRequest, `/dashboard/articles/${id}`, forged)).toContain('你沒有權限執行這個操作');
  expect((await page.goto(`/articles/${id}`))?.status()).toBe(404);

  await editor.goto(`/dashboard/articles/${id}`);
  await expect(editor.getByLabel('由我擔任責編')).toBeChecked();
  await editor.getByRole('button', { name: '發佈', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已發佈' })).toBeVisible();

  expect((await page.goto(`/articles/${id}`))?.status()).toBe(200);
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toContainText(title);
  await expect(metaLine(article)).toContainText('來源：北國新聞網');
  await expect(metaLine(article)).toContainText('責編：周敏華');
  await expect(article.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-/);
  await expect(article.getByRole('complementary', { name: '編者按' })).toContainText('測試用的編者按。');
  await expect(article).toContainText('清晨六點，河畔步道已有不少跑者。');
  await expect(article.getByText('(撰稿/林書安)', { exact: true })).toBeVisible();
});

test('publishing names what is missing, and nothing is published', async ({ editor }) => {
  await editor.goto('/dashboard/articles/new');
  await editor.getByLabel('標題', { exact: true }).fill(unique('缺正文'));
  await editor.getByRole('button', { name: '存草稿' }).click();
  await expect(editor).toHaveURL(/\/dashboard\/articles\/\d+$/);
  await editor.getByRole('button', { name: '發佈', exact: true }).click();
  const alert = editor.getByRole('alert').filter({ hasText: '無法完成' });
  await expect(alert).toContainText('頻道：發佈前請選擇頻道');
  await expect(alert).toContainText('正文：發佈前請填寫正文');
  await expect(editor.getByText('狀態：草稿')).toBeVisible();
});
