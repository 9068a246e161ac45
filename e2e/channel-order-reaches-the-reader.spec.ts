import { expect, test, unique } from './fixtures';

test('adding, reordering, hiding and deleting a channel changes the reader’s channel bar', async ({ browser, admin }) => {
  const reader = await (await browser.newContext()).newPage();
  const bar = reader.getByRole('navigation', { name: '頻道' }).getByRole('link');
  await reader.goto('/');
  const original = await bar.allTextContents();
  expect(original.at(-1)).toBe('市州新聞');

  const name = unique('頻道').slice(0, 20);
  const slug = unique('e2e-channel').toLowerCase();
  await admin.goto('/dashboard/channels');
  const form = admin.getByRole('form', { name: '新增頻道' });
  await form.getByLabel('網址代稱').fill('不是英文');
  await form.getByLabel('頻道名稱').fill(name);
  await form.getByRole('button', { name: '新增頻道' }).click();
  await expect(form.getByText('網址代稱只能用小寫英文字母、數字和連字號')).toBeVisible();
  await form.getByLabel('網址代稱').fill(slug);
  await form.getByRole('button', { name: '新增頻道' }).click();
  await expect(form.getByRole('status').filter({ hasText: `已新增頻道「${name}」` })).toBeVisible();

  await reader.reload();
  await expect(bar).toHaveText([...original, name]);

  // One step up puts it before 市州新聞, on the reader's bar too.
  await admin.getByRole('button', { name: `上移 ${name}` }).click();
  await expect(admin.getByRole('row').nth(original.length).getByRole('rowheader')).toHaveText(name);
  await reader.reload();
  await expect(bar).toHaveText([...original.slice(0, -1), name, '市州新聞']);

  await admin.getByRole('button', { name: `隱藏 ${name}` }).click();
  await expect(admin.getByRole('status').filter({ hasText: `「${name}」已隱藏` })).toBeVisible();
  await reader.reload();
  await expect(bar).toHaveText(original);

  // A channel with stories cannot be deleted; this empty one can.
  await expect(admin.getByRole('button', { name: '刪除 要聞' })).toHaveCount(0);
  await admin.getByRole('button', { name: `刪除 ${name}` }).click();
  await admin.getByRole('dialog', { name: `刪除 ${name}` }).getByRole('button', { name: '確定' }).click();
  await expect(admin.getByRole('rowheader', { name })).toHaveCount(0);
  await reader.reload();
  await expect(bar).toHaveText(original);
  await reader.context().close();
});
