import { accounts, expect, signedInPage, test, unique } from './fixtures';
import { writeStory } from './story-desk';

test('an editor publishes as 責編, keeps typing: readers keep the live story and its 責編 until 更新已發佈稿件', async ({ browser, page }) => {
  const editor = await signedInPage(browser, accounts.editor);
  const title = unique('江邊燈會');
  const id = await writeStory(editor, { title, body: '燈會今晚開幕。' });

  // The default: 由我擔任責編 is ticked and the 責編 dropdown says nothing yet.
  await expect(editor.getByLabel('由我擔任責編')).toBeChecked();
  await editor.getByRole('button', { name: '發佈', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已發佈' })).toBeVisible();
  // The editor shows the saved story: the publishing editor is now its 責編.
  await expect(editor.getByLabel('責編', { exact: true })).toHaveValue(/\d+/);

  const autosaved = editor.waitForResponse((r) => Boolean(r.request().headers()['next-action']) && (r.request().postData() ?? '').includes('半句新增'));
  await editor.getByRole('textbox', { name: '正文' }).click();
  await editor.keyboard.press('End');
  await editor.keyboard.type('半句新增');
  await autosaved;

  expect((await page.goto(`/articles/${id}`))?.status()).toBe(200);
  const article = page.getByRole('article');
  await expect(article.locator('.article-meta')).toContainText('責編：周敏華');
  await expect(article).toContainText('燈會今晚開幕。');
  await expect(article).not.toContainText('半句新增');
});
