import { accounts, expect, signIn, test } from './fixtures';

test('a staff member signs in to the workspace and out again', async ({ page }) => {
  await signIn(page, accounts.editor);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1, name: '工作台' })).toBeVisible();
  await expect(page.getByText('周敏華（編輯）')).toBeVisible();

  await page.getByRole('button', { name: '登出' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/login/);
});

test('a wrong password and an unknown email get the same message', async ({ page }) => {
  await signIn(page, { email: accounts.editor.email, password: 'not-the-password' });
  await expect(page.getByRole('alert').filter({ hasText: '電子郵件或密碼不正確' })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, { email: 'nobody@zebian.local', password: 'not-the-password' });
  await expect(page.getByRole('alert').filter({ hasText: '電子郵件或密碼不正確' })).toBeVisible();
});

test('an empty sign-in form is refused with a message', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: '登入' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '請輸入電子郵件和密碼' })).toBeVisible();
});

test('signing out ends the session even for a copied cookie', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, accounts.reporter);
  await expect(page).toHaveURL(/\/dashboard$/);
  const copied = await context.cookies();

  await page.getByRole('button', { name: '登出' }).click();
  await expect(page).toHaveURL(/\/login/);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto('/dashboard');
  await expect(stolen).toHaveURL(/\/login/);
  await context.close();
  await thief.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a wrong password keeps the email, never the password, with the same message; the right one signs in', async ({ page }) => {
    await signIn(page, { email: accounts.reporter.email, password: 'not-the-password' });
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('alert').filter({ hasText: '電子郵件或密碼不正確' })).toBeVisible();
    await expect(page.getByLabel('電子郵件')).toHaveValue(accounts.reporter.email);
    await expect(page.getByLabel('密碼')).toHaveValue('');
    expect(await page.content()).not.toContain('not-the-password');

    // Only the password needs typing again.
    await page.getByLabel('密碼').fill(accounts.reporter.password);
    await page.getByRole('button', { name: '登入' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
  });
});
