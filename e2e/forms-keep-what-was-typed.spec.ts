import sharp from 'sharp';
import { accounts, expect, signIn, signedInPage, test, unique } from './fixtures';

test('the new-staff form keeps 姓名 and 電子郵件 after a short password and a taken email, and marks the field', async ({ browser }) => {
  const admin = await signedInPage(browser, accounts.admin);
  await admin.goto('/dashboard/staff');
  const form = admin.getByRole('form', { name: '新增人員' });
  const name = form.getByLabel('姓名');
  const email = form.getByLabel('電子郵件');
  const password = form.getByLabel('初始密碼');
  const address = `${unique('keep')}@zebian.test`;

  await name.fill('沈予安');
  await email.fill(address);
  await form.getByLabel('角色').selectOption({ label: '編輯' });
  await password.fill('short');
  await form.getByRole('button', { name: '新增人員' }).click();
  await expect(form.getByRole('alert').filter({ hasText: '請修正' })).toBeVisible();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription(/密碼至少需要 10 個字元/);
  await expect(name).toHaveValue('沈予安');
  await expect(email).toHaveValue(address);
  await expect(form.getByLabel('角色')).toHaveValue('editor');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');

  // A colleague's email: the conflict is marked on 電子郵件, and the rest stays as typed.
  await email.fill(accounts.editor.email);
  await password.fill('long-enough-password');
  await form.getByRole('button', { name: '新增人員' }).click();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('這個電子郵件已有人使用');
  await expect(name).toHaveValue('沈予安');
  await expect(email).toHaveValue(accounts.editor.email);
  await expect(password).toHaveValue('long-enough-password');

  // Fixed: the person is added and the form starts afresh.
  await email.fill(address);
  await form.getByRole('button', { name: '新增人員' }).click();
  await expect(admin.getByRole('status').filter({ hasText: '已新增 沈予安' })).toBeVisible();
  await expect(name).toHaveValue('');
  await expect(email).toHaveValue('');
});

test('a name over its limit is counted, marked and refused in the browser, never cut', async ({ browser }) => {
  const admin = await signedInPage(browser, accounts.admin);
  await admin.goto('/dashboard/staff');
  const form = admin.getByRole('form', { name: '新增人員' });
  const name = form.getByLabel('姓名');
  await name.fill('名'.repeat(50));
  await expect(form.getByText('50 / 60 字')).toBeVisible();
  await name.fill('名'.repeat(61));
  await expect(name).toHaveValue('名'.repeat(61));
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('姓名不可超過 60 個字（目前 61 個字，請刪減 1 個字）');
  await form.getByLabel('電子郵件').fill(`${unique('long')}@zebian.test`);
  await form.getByRole('button', { name: '新增人員' }).click();
  await expect(name).toBeFocused();
  await expect(admin.getByRole('status').filter({ hasText: '已新增' })).toHaveCount(0);
});

test('a wrong password at sign-in keeps the email', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('電子郵件').fill(accounts.editor.email);
  await page.getByLabel('密碼').fill('not-the-password');
  await page.getByRole('button', { name: '登入' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '電子郵件或密碼不正確' })).toBeVisible();
  await expect(page.getByLabel('電子郵件')).toHaveValue(accounts.editor.email);
  await page.getByLabel('密碼').fill(accounts.editor.password);
  await page.getByRole('button', { name: '登入' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test('the editor counts the title and 編者按 near their limits; the server refuses more, marking the field', async ({ page }) => {
  await signIn(page, accounts.reporter);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto('/dashboard/articles/new');
  const title = page.getByLabel('標題', { exact: true });
  await title.fill('題'.repeat(150));
  await expect(page.getByText('/ 200 字')).toHaveCount(0);
  await title.fill('題'.repeat(170));
  await expect(page.getByText('170 / 200 字')).toBeVisible();
  await expect(title).toHaveAccessibleDescription('170 / 200 字');

  const note = page.getByLabel('編者按');
  await note.fill('按'.repeat(2001));
  await expect(note).toHaveValue('按'.repeat(2001));
  await expect(note).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('編者按不可超過 2000 個字（目前 2001 個字，請刪減 1 個字）')).toBeVisible();

  await title.fill('題'.repeat(201));
  await expect(title).toHaveValue('題'.repeat(201));
  await expect(page.getByText('標題不可超過 200 個字（目前 201 個字，請刪減 1 個字）')).toBeVisible();
  await page.getByRole('button', { name: '存草稿' }).click();
  // The server's own refusal, under each field, with nothing cut.
  await expect(page.getByText('標題不可超過 200 個字', { exact: true })).toBeVisible();
  await expect(page.getByText('編者按不可超過 2000 個字', { exact: true })).toBeVisible();
  await expect(title).toHaveValue('題'.repeat(201));
  await expect(page).toHaveURL(/\/dashboard\/articles\/new$/);
});

test('a refused photo in the gallery shows why, below the buttons, not as a full bar', async ({ page }) => {
  await signIn(page, accounts.reporter);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto('/dashboard/articles/new');
  const gallery = page.getByRole('region', { name: '圖集' });
  const name = `${unique('not-a-photo')}.jpg`;
  await gallery.getByLabel('上傳圖片', { exact: true }).setInputFiles([{ name, mimeType: 'image/jpeg', buffer: Buffer.from('plain text, not a photo') }]);
  const row = gallery.getByRole('list', { name: '上傳進度' }).getByRole('listitem').filter({ hasText: name });
  await expect(row.getByRole('alert')).toContainText('上傳失敗：');
  await expect(row.getByRole('progressbar')).toHaveCount(0);
  // 從圖庫選擇 stays beside the upload button; the list sits underneath both.
  const upload = await gallery.locator('label', { hasText: '上傳圖片' }).boundingBox();
  const pick = await gallery.getByRole('button', { name: '從圖庫選擇' }).boundingBox();
  const list = await row.boundingBox();
  expect(Math.abs(pick!.y - upload!.y)).toBeLessThan(8);
  expect(pick!.x).toBeLessThan(upload!.x + upload!.width + 40);
  expect(list!.y).toBeGreaterThan(pick!.y + pick!.height - 1);
});

test('a 撤稿原因 over its limit is counted and marked, kept whole, and cannot be sent', async ({ editor, newStory }) => {
  await newStory(editor, { publish: true });
  await editor.getByRole('button', { name: '撤稿' }).click();
  const dialog = editor.getByRole('dialog', { name: '撤稿' });
  const reason = dialog.getByLabel('撤稿原因');
  await reason.fill('因'.repeat(2001));
  await expect(reason).toHaveValue('因'.repeat(2001));
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('撤稿原因不可超過 2000 個字（目前 2001 個字，請刪減 1 個字）')).toBeVisible();
  await expect(dialog.getByRole('button', { name: '確定' })).toBeDisabled();
  await reason.fill('因'.repeat(2000));
  await expect(dialog.getByText('2000 / 2000 字')).toBeVisible();
  await expect(dialog.getByRole('button', { name: '確定' })).toBeEnabled();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已撤稿' })).toHaveCount(0);
});

test("a photo's 替代文字 refused by the server is marked at that photo and listed with the refusals", async ({ reporter, newStory }) => {
  await newStory(reporter);
  const gallery = reporter.getByRole('region', { name: '圖集' });
  const photo = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#2b6cb0' } }).jpeg().toBuffer();
  await gallery.getByLabel('上傳圖片', { exact: true }).setInputFiles([{ name: `${unique('alt')}.jpg`, mimeType: 'image/jpeg', buffer: photo }]);
  const item = gallery.getByRole('listitem', { name: '第 1 張圖片' });
  await item.getByLabel('圖片說明').fill('港口的燈火');
  const alt = item.getByLabel('替代文字');
  await alt.fill('forged-alt');
  await expect(reporter.getByRole('status').filter({ hasText: /^已儲存 / })).toBeVisible();

  // A request made outside the editor: its 替代文字 is past the limit the browser would have shown.
  await reporter.route('**/dashboard/articles/**', async (route) => {
    const body = route.request().postData() ?? '';
    if (route.request().method() !== 'POST' || !/name="[^"]*payload"/.test(body)) return route.continue();
    return route.continue({ postData: body.replace('"alt":"forged-alt"', `"alt":"${'x'.repeat(301)}"`) });
  });
  await reporter.getByRole('button', { name: '存草稿' }).click();
  await expect(alt).toHaveAttribute('aria-invalid', 'true');
  await expect(alt).toHaveAccessibleDescription('替代文字不可超過 300 個字');
  await expect(item.getByLabel('圖片說明')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(reporter.getByRole('alert').filter({ hasText: '圖集第 1 張：替代文字不可超過 300 個字' })).toBeVisible();

  await reporter.unroute('**/dashboard/articles/**');
  await alt.fill('藍色的港口');
  await reporter.getByRole('button', { name: '存草稿' }).click();
  await expect(alt).not.toHaveAttribute('aria-invalid', 'true');
  await expect(reporter.getByRole('alert').filter({ hasText: '圖集第 1 張' })).toHaveCount(0);
});
