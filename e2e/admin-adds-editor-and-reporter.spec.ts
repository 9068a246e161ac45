import type { Browser, Page } from '@playwright/test';
import { captureAction, replayAction, withField } from './action-replay';
import { accounts, expect, signIn, test, unique } from './fixtures';

/** 新增人員 with a generated password; returns the password shown once. */
async function addStaff(admin: Page, person: { name: string; email: string; role: '編輯' | '記者' | '管理員' }): Promise<string> {
  await admin.goto('/dashboard/staff');
  const form = admin.getByRole('form', { name: '新增人員' });
  await form.getByLabel('姓名').fill(person.name);
  await form.getByLabel('電子郵件').fill(person.email);
  await form.getByLabel('角色').selectOption({ label: person.role });
  await form.getByRole('button', { name: '新增人員' }).click();
  const issued = form.getByRole('status').filter({ hasText: '初始密碼' });
  await expect(issued).toContainText(person.email);
  return (await issued.locator('code').textContent())!;
}

/** First sign-in: made to change the initial password before anything else. */
async function firstSignIn(browser: Browser, email: string, initial: string, chosen: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, { email, password: initial });
  await expect(page).toHaveURL(/\/change-password$/);
  await page.goto('/dashboard/profile');
  await expect(page).toHaveURL(/\/change-password$/);
  await page.getByLabel('新密碼', { exact: true }).fill(chosen);
  await page.getByLabel('確認新密碼').fill(chosen);
  await page.getByRole('button', { name: '更改密碼' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  return page;
}

test('an admin adds an editor and a reporter, who must change their passwords; a disabled reporter is cut off; all of it is audited', async ({ browser, admin }) => {
  const editor = { name: unique('編輯'), email: `${unique('editor')}@zebian.test`, role: '編輯' as const };
  const reporter = { name: unique('記者'), email: `${unique('reporter')}@zebian.test`, role: '記者' as const };
  const editorInitial = await addStaff(admin, editor);
  const reporterInitial = await addStaff(admin, reporter);
  expect(editorInitial).not.toBe(reporterInitial);

  const editorPage = await firstSignIn(browser, editor.email, editorInitial, 'editor-own-password');
  await expect(editorPage.getByText(`${editor.name}（編輯）`)).toBeVisible();
  const reporterPage = await firstSignIn(browser, reporter.email, reporterInitial, 'reporter-own-password');
  await expect(reporterPage.getByText(`${reporter.name}（記者）`)).toBeVisible();

  // The list shows role, state and the last sign-in.
  await admin.goto('/dashboard/staff');
  const reporterRow = admin.getByRole('row').filter({ hasText: reporter.email });
  await expect(reporterRow.getByRole('cell', { name: '記者', exact: true })).toBeVisible();
  await expect(reporterRow.getByRole('cell', { name: '使用中' })).toBeVisible();
  await expect(reporterRow.getByRole('cell', { name: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/ })).toBeVisible();

  // Disabled: the reporter's open session is refused on the next click.
  await reporterRow.getByRole('button', { name: `停用 ${reporter.name}` }).click();
  const confirm = admin.getByRole('dialog', { name: '停用人員' });
  await expect(confirm).toContainText(`確定要停用「${reporter.name}」？`);
  await confirm.getByRole('button', { name: '確定' }).click();
  await expect(admin.getByRole('status').filter({ hasText: `${reporter.name} 已停用` })).toBeVisible();
  await reporterPage.getByRole('link', { name: '個人資料' }).click();
  await expect(reporterPage).toHaveURL(/\/login/);

  // The audit log names the admin as the one who added and disabled them, and each sign-in.
  await admin.goto('/dashboard/audit');
  await admin.getByLabel('操作').selectOption({ label: '全部人員變更' });
  await admin.getByRole('button', { name: '篩選' }).click();
  const created = admin.getByRole('row').filter({ hasText: '新增人員' }).filter({ hasText: editor.name });
  await expect(created.getByRole('cell').nth(1)).toHaveText('管理員');
  const disabled = admin.getByRole('row').filter({ hasText: '停用人員' }).filter({ hasText: reporter.name });
  await expect(disabled.getByRole('cell').nth(1)).toHaveText('管理員');
  await expect(disabled.getByRole('cell').nth(4)).toHaveText('狀態使用中');
  await expect(disabled.getByRole('cell').nth(5)).toHaveText('狀態已停用');

  await admin.getByLabel('操作').selectOption({ label: '全部登入紀錄' });
  await admin.getByRole('button', { name: '篩選' }).click();
  await expect(admin.getByRole('row').filter({ hasText: '登入' }).filter({ hasText: editor.name }).first()).toBeVisible();
  await editorPage.context().close();
  await reporterPage.context().close();
});

test('an admin changes a role; nobody can disable or demote the last admin or themself, even by calling the action', async ({ browser, playwright, baseURL }) => {
  const context = await browser.newContext();
  const admin = await context.newPage();
  await signIn(admin, accounts.admin);
  await expect(admin).toHaveURL(/\/dashboard$/);
  const person = { name: unique('編輯'), email: `${unique('role')}@zebian.test`, role: '編輯' as const };
  await addStaff(admin, person);

  await admin.reload();
  const row = admin.getByRole('row').filter({ hasText: person.email });
  await row.getByLabel(`角色 ${person.name}`, { exact: true }).selectOption({ label: '記者' });
  const changeRole = await captureAction(admin, () => row.getByRole('button', { name: `變更角色 ${person.name}` }).click());
  await expect(row.getByRole('status').filter({ hasText: `${person.name} 的角色是記者` })).toBeVisible();
  await expect(row.getByRole('cell', { name: '記者', exact: true })).toBeVisible();

  await row.getByRole('button', { name: `停用 ${person.name}` }).click();
  const disable = await captureAction(admin, () => admin.getByRole('dialog', { name: '停用人員' }).getByRole('button', { name: '確定' }).click());
  await expect(admin.getByRole('status').filter({ hasText: `${person.name} 已停用` })).toBeVisible();

  // Their own row offers no way to remove themself.
  const ownRow = admin.getByRole('row').filter({ hasText: accounts.admin.email });
  await expect(ownRow.getByText('（你自己）')).toBeVisible();
  await expect(ownRow.getByRole('button')).toHaveCount(0);

  // Sent straight to the server with their own id, both changes are refused.
  await admin.goto('/dashboard/audit');
  const ownId = await admin.getByLabel('人員').locator('option', { hasText: accounts.admin.email }).getAttribute('value');
  const client = await playwright.request.newContext({ baseURL, storageState: await context.storageState() });
  const refusedDisable = await replayAction(client, disable, '/dashboard/staff', withField(disable.postData()!, 'staffId', ownId!));
  expect(refusedDisable).toMatch(/不能停用最後一位管理員|不能停用自己的帳號/);
  const refusedDemote = await replayAction(client, changeRole, '/dashboard/staff', withField(changeRole.postData()!, 'staffId', ownId!));
  expect(refusedDemote).toMatch(/不能更改最後一位管理員的角色|不能取消自己的管理員角色/);

  await admin.goto('/dashboard/staff');
  await expect(admin.getByRole('heading', { name: '人員', exact: true })).toBeVisible();
  const stillAdmin = admin.getByRole('row').filter({ hasText: accounts.admin.email }).getByRole('cell');
  await expect(stillAdmin.nth(2)).toHaveText('管理員');
  await expect(stillAdmin.nth(3)).toHaveText('使用中');
  await client.dispose();
  await context.close();
});

test('each person changes their own name and password under 個人資料', async ({ browser, admin }) => {
  const person = { name: unique('記者'), email: `${unique('profile')}@zebian.test`, role: '記者' as const };
  const initial = await addStaff(admin, person);
  const page = await firstSignIn(browser, person.email, initial, 'first-own-password');

  await page.getByRole('link', { name: '個人資料' }).click();
  const nameForm = page.getByRole('form', { name: '基本資料' });
  const renamed = unique('新名');
  await nameForm.getByLabel('姓名').fill(renamed);
  await nameForm.getByRole('button', { name: '儲存姓名' }).click();
  await expect(nameForm.getByRole('status').filter({ hasText: '姓名已更新' })).toBeVisible();
  await expect(page.getByText(`${renamed}（記者）`)).toBeVisible();

  const passwordForm = page.getByRole('form', { name: '更改密碼' });
  await passwordForm.getByLabel('目前密碼').fill('not-my-password');
  await passwordForm.getByLabel('新密碼', { exact: true }).fill('second-own-password');
  await passwordForm.getByLabel('確認新密碼').fill('second-own-password');
  await passwordForm.getByRole('button', { name: '更改密碼' }).click();
  await expect(passwordForm.getByText('目前的密碼不正確')).toBeVisible();

  await passwordForm.getByLabel('目前密碼').fill('first-own-password');
  await passwordForm.getByRole('button', { name: '更改密碼' }).click();
  await expect(page.getByRole('status').filter({ hasText: '密碼已更改' })).toBeVisible();

  await page.getByRole('button', { name: '登出' }).click();
  // Signing out navigates to /login; going there again before it lands would abort one of them.
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, { email: person.email, password: 'second-own-password' });
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.context().close();
});
