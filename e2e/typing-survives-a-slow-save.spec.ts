import type { Page } from '@playwright/test';
import { accounts, expect, signedInPage, test, unique, writeStory } from './fixtures';

/** Holds the next save request until `release()`: a slow network, under the test's control. */
async function holdNextSave(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let seen = () => {};
  const sent = new Promise<void>((resolve) => (seen = resolve));
  let held = false;
  await page.route('**/dashboard/articles/**', async (route) => {
    const request = route.request();
    if (!held && request.method() === 'POST' && /name="[^"]*payload"/.test(request.postData() ?? '')) {
      held = true;
      seen();
      await released;
    }
    await route.continue();
  });
  return { sent, release };
}

test('what is typed while a new story is first saved stays, and is saved next', async ({ browser }) => {
  const editor = await signedInPage(browser, accounts.editor);
  await editor.goto('/dashboard/articles/new');
  const title = unique('慢速儲存');
  const slow = await holdNextSave(editor);
  await editor.getByLabel('標題', { exact: true }).fill(title);
  await editor.getByLabel('頻道').selectOption({ label: '要聞' });
  await editor.getByRole('button', { name: '存草稿' }).click();
  await slow.sent;

  // The save is on its way; the writer carries on.
  await editor.getByLabel('標題', { exact: true }).press('End');
  await editor.keyboard.type('續寫');
  await editor.getByRole('textbox', { name: '正文' }).click();
  await editor.keyboard.type('儲存途中打的字。');
  const next = editor.waitForResponse((r) => r.request().method() === 'POST' && Boolean(r.request().postData()?.includes('儲存途中打的字。')));
  slow.release();

  await expect(editor).toHaveURL(/\/dashboard\/articles\/\d+$/);
  await expect(editor.getByLabel('標題', { exact: true })).toHaveValue(`${title}續寫`);
  await expect(editor.getByRole('textbox', { name: '正文' })).toContainText('儲存途中打的字。');

  // The autosave after the answer sends it; a fresh load shows it.
  await next;
  await expect(editor.getByRole('status').filter({ hasText: /^已儲存 \d\d:\d\d/ })).toBeVisible();
  await editor.goto(editor.url());
  await expect(editor.getByLabel('標題', { exact: true })).toHaveValue(`${title}續寫`);
  await expect(editor.getByRole('textbox', { name: '正文' })).toContainText('儲存途中打的字。');
});

test('what is typed while a save of an open story is in flight stays', async ({ browser }) => {
  const editor = await signedInPage(browser, accounts.editor);
  const title = unique('途中修改');
  const { id } = await writeStory(editor, { title, body: '原本的正文。' });
  const slow = await holdNextSave(editor);
  const field = editor.getByLabel('標題', { exact: true });
  await field.press('End');
  await editor.keyboard.type('甲');
  await editor.keyboard.press('Control+s');
  await slow.sent;
  await editor.keyboard.type('乙');
  const next = editor.waitForResponse((r) => r.request().method() === 'POST' && Boolean(r.request().postData()?.includes(`${title}甲乙`)));
  slow.release();
  await expect(editor.getByRole('status').filter({ hasText: /^已儲存 \d\d:\d\d/ })).toBeVisible();
  await expect(field).toHaveValue(`${title}甲乙`);
  await next;
  await editor.goto(`/dashboard/articles/${id}`);
  await expect(editor.getByLabel('標題', { exact: true })).toHaveValue(`${title}甲乙`);
});
