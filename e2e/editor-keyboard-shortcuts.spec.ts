import { accounts, expect, signedInPage, test, unique, writeStory } from './fixtures';

const isSave = (postData: string | null) => Boolean(postData?.match(/name="[^"]*payload"/));

test('Ctrl+S saves at once, wherever the caret is', async ({ browser }) => {
  const editor = await signedInPage(browser, accounts.editor);
  const { id } = await writeStory(editor, { title: unique('快速鍵存檔'), body: '第一段。' });
  const body = editor.getByRole('textbox', { name: '正文' });
  await body.click();
  await editor.keyboard.press('End');
  await editor.keyboard.type('用快速鍵存下的句子。');
  // Sooner than the two-second autosave: the request comes from the key.
  const [request] = await Promise.all([
    editor.waitForRequest((r) => r.method() === 'POST' && isSave(r.postData()), { timeout: 1500 }),
    editor.keyboard.press('Control+s'),
  ]);
  expect(request.postData()).toContain('用快速鍵存下的句子。');
  await expect(editor.getByRole('status').filter({ hasText: /^已儲存 \d\d:\d\d/ })).toBeVisible();

  await editor.goto(`/dashboard/articles/${id}`);
  await expect(editor.getByRole('textbox', { name: '正文' })).toContainText('用快速鍵存下的句子。');
});

test('? lists the shortcuts in a dialog, but is only a character in a text field', async ({ browser }) => {
  const editor = await signedInPage(browser, accounts.editor);
  await editor.goto('/dashboard/articles/new');
  const title = editor.getByLabel('標題', { exact: true });
  await title.fill('問號');
  await title.press('?');
  await expect(title).toHaveValue('問號?');
  await expect(editor.getByRole('dialog', { name: '鍵盤快速鍵' })).toHaveCount(0);
  await editor.getByRole('textbox', { name: '正文' }).click();
  await editor.keyboard.type('正文裡的?');
  await expect(editor.getByRole('textbox', { name: '正文' })).toContainText('正文裡的?');
  await expect(editor.getByRole('dialog', { name: '鍵盤快速鍵' })).toHaveCount(0);

  // Outside a text field it opens the list; Escape closes it and focus comes back.
  await editor.getByRole('heading', { name: '新稿件' }).click();
  await editor.keyboard.press('?');
  const dialog = editor.getByRole('dialog', { name: '鍵盤快速鍵' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Ctrl \+ S.*儲存/ })).toBeVisible();
  await expect(dialog.getByRole('button', { name: '關閉' })).toBeFocused();
  await editor.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The same list is reachable without a keyboard.
  await editor.getByRole('button', { name: /快速鍵/ }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '關閉' }).click();
  await expect(dialog).toBeHidden();
});
