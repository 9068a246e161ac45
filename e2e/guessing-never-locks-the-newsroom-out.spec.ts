import { accounts, expect, signIn, signedInPage, test } from './fixtures';

// Issue: 40 failed sign-ins at made-up accounts from one address used to lock every staff
// member out, and a forged X-Forwarded-For got around the limit.

test('the admin signs in after 40 failed attempts at unknown accounts, and sees them in the audit log', async ({ browser, playwright, baseURL }) => {
  const attacker = await playwright.request.newContext({ baseURL });
  const { csrfToken } = (await (await attacker.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const guess = async (email: string, forwardedFor: string) => {
    const response = await attacker.post('/api/auth/callback/credentials', {
      form: { email, password: 'guess-guess-guess', csrfToken },
      headers: { 'X-Forwarded-For': forwardedFor },
      maxRedirects: 0,
    });
    return new URL(response.headers()['location'] ?? '', baseURL).searchParams.get('code');
  };
  const run = Date.now().toString(36);
  for (let i = 0; i < 40; i++) {
    expect(await guess(`made-up-${run}-${i}@zebian.test`, `10.66.${i}.1`)).toBe('wrong_credentials');
  }
  // A forged X-Forwarded-For is no fresh address: one made-up account, guessed again and again
  // under ever new addresses, is soon refused.
  const codes: (string | null)[] = [];
  for (let i = 0; i < 3; i++) codes.push(await guess(`made-up-${run}-again@zebian.test`, `10.77.${i}.1`));
  expect(codes).toEqual(['wrong_credentials', 'throttled', 'throttled']);
  await attacker.dispose();

  const admin = await signedInPage(browser, accounts.admin);
  await expect(admin.getByRole('heading', { level: 1, name: '工作台' })).toBeVisible();

  await admin.goto('/dashboard/audit');
  const failures = admin.getByRole('region', { name: '近 24 小時登入失敗' });
  const row = failures.getByRole('row').filter({ hasText: `made-up-${run}-again@zebian.test` });
  await expect(row.getByRole('cell')).toHaveText([`made-up-${run}-again@zebian.test`, '127.0.0.1', '1', '2', /\d{4}-\d{2}-\d{2}/]);
  await expect(failures.getByRole('row').filter({ hasText: `made-up-${run}-39@zebian.test` })).toHaveCount(1);
  await admin.context().close();

  // A colleague at the same address gets in too, at the first try.
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, accounts.editor);
  await expect(page).toHaveURL(/\/dashboard$/);
  await context.close();
});
