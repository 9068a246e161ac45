import { expect, test, unique } from './fixtures';

test('an empty story cannot be submitted; a reporter withdraws a submission, and editors see the 待審 count move', async ({ reporter, editor, newStory }) => {
  const waiting = async () => {
    await editor.goto('/dashboard');
    const link = editor.getByRole('navigation', { name: '工作台' }).getByRole('link', { name: /^待審 \d+ 篇$/ });
    return Number((await link.getAttribute('aria-label'))!.match(/\d+/)![0]);
  };
  // Reporters review nothing, so their navigation has no such count.
  await expect(reporter.getByRole('navigation', { name: '工作台' }).getByRole('link', { name: /^待審/ })).toHaveCount(0);

  // A title alone is not a story: 提交審核 names what is missing and nothing moves.
  await reporter.goto('/dashboard/articles/new');
  await reporter.getByLabel('標題', { exact: true }).fill(unique('只有標題'));
  await reporter.getByRole('button', { name: '存草稿' }).click();
  await expect(reporter).toHaveURL(/\/dashboard\/articles\/\d+$/);
  await reporter.getByRole('button', { name: '提交審核' }).click();
  const missing = reporter.getByRole('alert').filter({ hasText: '無法完成' });
  await expect(missing).toContainText('頻道：提交前請選擇頻道');
  await expect(missing).toContainText('正文：提交前請填寫正文');
  await expect(reporter.getByText('狀態：草稿')).toBeVisible();

  const before = await waiting();
  const title = unique('社區菜園');
  await newStory(reporter, { title, body: '社區菜園今年收成了第一批番茄。' });
  await reporter.getByRole('button', { name: '提交審核' }).click();
  await expect(reporter.getByRole('status').filter({ hasText: '已提交審核' })).toBeVisible();
  await expect(reporter.getByText('狀態：待審')).toBeVisible();
  expect(await waiting()).toBe(before + 1);

  // Until an editor acts, the reporter can take it back and write on.
  await reporter.getByRole('button', { name: '撤回' }).click();
  await expect(reporter.getByRole('status').filter({ hasText: '已撤回，稿件回到草稿' })).toBeVisible();
  await expect(reporter.getByText('狀態：草稿')).toBeVisible();
  await expect(reporter.getByRole('button', { name: '提交審核' })).toBeEnabled();
  await expect(reporter.getByLabel('標題', { exact: true })).toBeEditable();
  expect(await waiting()).toBe(before);

  // Once an editor has acted (here: returned it with a note), there is no 撤回 to offer.
  await reporter.getByRole('button', { name: '提交審核' }).click();
  await expect(reporter.getByRole('status').filter({ hasText: '已提交審核' })).toBeVisible();
  await editor.goto(reporter.url());
  await editor.getByLabel('退回說明').fill('請補一張菜園的照片。');
  await editor.getByRole('button', { name: '退回', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已退回給作者' })).toBeVisible();
  await reporter.reload();
  await expect(reporter.getByText('狀態：草稿')).toBeVisible();
  await expect(reporter.getByRole('button', { name: '撤回' })).toHaveCount(0);
});
