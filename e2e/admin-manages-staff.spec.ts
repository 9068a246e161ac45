import { accounts, expect, signIn, test, unique } from './fixtures';

test('a new reporter must change the initial password, cannot reach staff, and is cut off when disabled', async ({ browser, admin }) => {
  const email = `${unique('reporter')}@zebian.test`;
  const initial = 'initial-pass-123';

  await admin.goto('/dashboard/staff');
  const form = admin.getByRole('form', { name: '新增人員' });
  await form.getByLabel('姓名').fill('測試記者');
  await form.getByLabel('電子郵件').fill(email);
  await form.getByLabel('角色').selectOption({ label: '記者' });
  await form.getByLabel('初始密碼').fill(initial);
  await form.getByRole('button', { name: '新增人員' }).click();
  await expect(admin.getByRole('status').filter({ hasText: '已新增 測試記者' })).toBeVisible();
  await expect(admin.getByRole('cell', { name: email })).toBeVisible();

  // First sign-in: sent to change the password before anything else.
  const reporterContext = await browser.newContext();
  const reporter = await reporterContext.newPage();
  await signIn(reporter, { email, password: initial });
  await expect(reporter).toHaveURL(/\/change-password$/);
  await reporter.goto('/dashboard');
  await expect(reporter).toHaveURL(/\/change-password$/);

  await reporter.getByLabel('新密碼', { exact: true }).fill('short');
  await reporter.getByLabel('確認新密碼').fill('short');
  await reporter.getByRole('button', { name: '更改密碼' }).click();
  await expect(reporter.getByText('密碼至少需要 10 個字元')).toBeVisible();

  await reporter.getByLabel('新密碼', { exact: true }).fill('my-own-password-1');
  await reporter.getByLabel('確認新密碼').fill('my-own-password-1');
  await reporter.getByRole('button', { name: '更改密碼' }).click();
  await expect(reporter).toHaveURL(/\/dashboard$/);
  await expect(reporter.getByText('測試記者（記者）')).toBeVisible();

  // A reporter is refused at the staff page, and has no link to it.
  await expect(reporter.getByRole('link', { name: '人員' })).toHaveCount(0);
  await reporter.goto('/dashboard/staff');
  await expect(reporter.getByRole('heading', { name: '無權限' })).toBeVisible();

  // The admin disables the reporter: the live session is refused on its next request.
  await reporter.goto('/dashboard');
  await admin.reload();
  await admin.getByRole('button', { name: '停用 測試記者' }).click();
  await admin.getByRole('dialog', { name: '停用人員' }).getByRole('button', { name: '確定' }).click();
  await expect(admin.getByRole('status').filter({ hasText: '測試記者 已停用' })).toBeVisible();
  await reporter.getByRole('link', { name: '工作台', exact: true }).click();
  await expect(reporter).toHaveURL(/\/login/);

  // And cannot sign in again.
  await signIn(reporter, { email, password: 'my-own-password-1' });
  await expect(reporter.getByRole('alert').filter({ hasText: '這個帳號已停用' })).toBeVisible();
  await reporterContext.close();
});

test('a new staff member with a generated password sees it once; bad input is refused', async ({ admin }) => {
  await admin.goto('/dashboard/staff');
  const form = admin.getByRole('form', { name: '新增人員' });

  await form.getByLabel('姓名').fill('');
  await form.getByLabel('電子郵件').fill('not-an-email');
  await form.getByRole('button', { name: '新增人員' }).click();
  await expect(form.getByText('請輸入姓名')).toBeVisible();
  await expect(form.getByText('電子郵件格式不正確')).toBeVisible();

  const email = `${unique('editor')}@zebian.test`;
  await form.getByLabel('姓名').fill('新編輯');
  await form.getByLabel('電子郵件').fill(email);
  await form.getByLabel('角色').selectOption({ label: '編輯' });
  await form.getByRole('button', { name: '新增人員' }).click();
  const issued = form.getByRole('status').filter({ hasText: '初始密碼' });
  await expect(issued).toBeVisible();
  const password = await issued.locator('code').textContent();
  expect(password).toMatch(/^[A-Za-z0-9]{16}$/);

  await form.getByLabel('姓名').fill('重複的人');
  await form.getByLabel('電子郵件').fill(email.toUpperCase());
  await form.getByRole('button', { name: '新增人員' }).click();
  await expect(form.getByText('這個電子郵件已有人使用').first()).toBeVisible();
});

test('the only admin cannot disable themself', async ({ admin }) => {
  await admin.goto('/dashboard/staff');
  const ownRow = admin.getByRole('row').filter({ hasText: accounts.admin.email });
  await expect(ownRow.getByText('（你自己）')).toBeVisible();
  await expect(ownRow.getByRole('button', { name: /停用/ })).toHaveCount(0);
});
