import { captureAction, replayAction } from './action-replay';
import { expect, test } from './fixtures';

const adminPages = ['/dashboard/staff', '/dashboard/channels', '/dashboard/channels/1', '/dashboard/topics', '/dashboard/topics/1', '/dashboard/settings', '/dashboard/audit'];

for (const who of ['editor', 'reporter'] as const) {
  test(`the ${who} is refused every admin page and has no links to them`, async ({ signedInAs }) => {
    const page = await signedInAs(who);
    const nav = page.getByRole('navigation', { name: '工作台' });
    await expect(nav.getByRole('link', { name: '個人資料' })).toBeVisible();
    for (const name of ['人員', '頻道', '專題', '設定', '稽核紀錄']) await expect(nav.getByRole('link', { name, exact: true })).toHaveCount(0);
    for (const path of adminPages) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole('heading', { name: '無權限' })).toBeVisible();
    }
  });
}

test('admin actions sent by an editor or a reporter are refused by the server', async ({ playwright, baseURL, admin, signedInAs }) => {
  // Invalid submissions: the browser sends each action without changing anything.
  await admin.goto('/dashboard/channels');
  const channel = await captureAction(admin, () => admin.getByRole('form', { name: '新增頻道' }).getByRole('button', { name: '新增頻道' }).click());
  await expect(admin.getByText('請輸入頻道名稱')).toBeVisible();
  await admin.goto('/dashboard/settings');
  await admin.getByLabel('網站名稱').fill('');
  const settings = await captureAction(admin, () => admin.getByRole('button', { name: '儲存設定' }).click());
  await expect(admin.getByText('請輸入網站名稱')).toBeVisible();
  await admin.goto('/dashboard/staff');
  const staff = await captureAction(admin, () => admin.getByRole('form', { name: '新增人員' }).getByRole('button', { name: '新增人員' }).click());
  await expect(admin.getByText('請輸入姓名')).toBeVisible();

  for (const who of ['editor', 'reporter'] as const) {
    const context = (await signedInAs(who)).context();
    const client = await playwright.request.newContext({ baseURL, storageState: await context.storageState() });
    for (const [request, path] of [
      [channel, '/dashboard/channels'],
      [settings, '/dashboard/settings'],
      [staff, '/dashboard/staff'],
    ] as const) {
      expect(await replayAction(client, request, path), `${who} ${path}`).toContain('你沒有權限執行這個操作');
    }
    await client.dispose();
  }
});
