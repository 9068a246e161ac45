import { actionHeaders, captureAction, replayAction, withField } from './action-replay';
import { accounts, expect, signIn, test } from './fixtures';

test('a server action replayed with a signed-out session, or none, is refused and changes nothing', async ({ browser, playwright, baseURL }) => {
  const context = await browser.newContext();
  const admin = await context.newPage();
  await signIn(admin, accounts.admin);
  await expect(admin).toHaveURL(/\/dashboard$/);
  await admin.goto('/dashboard/staff');
  const form = admin.getByRole('form', { name: '新增人員' });
  await form.getByLabel('姓名').fill('不應出現');
  // Capture the action call the browser makes (invalid, so it creates nothing), then sign out.
  const request = await captureAction(admin, () => form.getByRole('button', { name: '新增人員' }).click());
  await expect(form.getByText('電子郵件格式不正確').or(form.getByText('請輸入電子郵件'))).toBeVisible();
  const copiedCookies = await context.cookies();
  await admin.getByRole('button', { name: '登出' }).click();
  await expect(admin).toHaveURL(/\/login/);

  const body = withField(request.postData() ?? '', 'email', 'forged@zebian.test');
  expect(body).toContain('forged@zebian.test');

  // The signed-out token still passes proxy.ts (it only sees a cookie); the action refuses it.
  const replay = await playwright.request.newContext({ baseURL, storageState: { cookies: copiedCookies, origins: [] } });
  expect(await replayAction(replay, request, '/dashboard/staff', body)).toContain('請先登入');

  // With no cookie at all the proxy turns it away before the action.
  const anonymous = await playwright.request.newContext({ baseURL });
  const redirected = await anonymous.post('/dashboard/staff', { headers: actionHeaders(request), data: body, maxRedirects: 0 });
  expect(redirected.status()).toBe(307);
  expect(redirected.headers()['location']).toContain('/login');

  await signIn(admin, accounts.admin);
  await expect(admin).toHaveURL(/\/dashboard$/);
  await admin.goto('/dashboard/staff');
  await expect(admin.getByRole('cell', { name: 'forged@zebian.test' })).toHaveCount(0);
  await replay.dispose();
  await anonymous.dispose();
  await context.close();
});
