import type { Page, Request } from '@playwright/test';
import { replayAction } from './action-replay';
import { expect, metaLine, test, unique } from './fixtures';

/** Types at the end of the body and waits until the autosave carrying `words` has been answered. */
async function typeAndAutosave(page: Page, words: string) {
  const autosaved = page.waitForResponse((r) => Boolean(r.request().headers()['next-action']) && (r.request().postData() ?? '').includes(words));
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(words);
  await autosaved;
}

test('an editor publishes as 責編, keeps typing: readers keep the live story and its 責編 until 更新已發佈稿件', async ({ page, editor, newStory }) => {
  const title = unique('江邊燈會');
  const { id } = await newStory(editor, { title, body: '燈會今晚開幕。' });

  // The default: 由我擔任責編 is ticked and the 責編 dropdown says nothing yet.
  await expect(editor.getByLabel('由我擔任責編')).toBeChecked();
  await editor.getByRole('button', { name: '發佈', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已發佈' })).toBeVisible();
  // The editor shows the saved story: the publishing editor is now its 責編.
  await expect(editor.getByLabel('責編', { exact: true })).toHaveValue(/\d+/);

  await typeAndAutosave(editor, '半句新增');
  const pending = editor.getByRole('region', { name: '未發佈的修改' });
  await expect(pending).toContainText('讀者仍看到目前發佈的版本');

  expect((await page.goto(`/articles/${id}`))?.status()).toBe(200);
  const article = page.getByRole('article');
  await expect(metaLine(article)).toContainText('責編：周敏華');
  await expect(article).toContainText('燈會今晚開幕。');
  await expect(article).not.toContainText('半句新增');

  // Before the update the editor sees what will change, and may still cancel.
  await pending.getByRole('button', { name: '更新已發佈稿件' }).click();
  const confirm = editor.getByRole('dialog', { name: /更新已發佈稿件/ });
  await expect(confirm.locator('ins')).toContainText('半句新增');
  // A modal dialog: focus moves into it (the keyboard does not stay behind in the editor).
  await expect(confirm.getByRole('button', { name: '取消' })).toBeFocused();
  await confirm.getByRole('button', { name: '確定' }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已更新已發佈稿件' })).toBeVisible();

  await page.goto(`/articles/${id}`);
  await expect(article).toContainText('燈會今晚開幕。半句新增', { timeout: 1_000 });
  await expect(metaLine(article)).toContainText('責編：周敏華', { timeout: 1_000 });

  await editor.goto(`/dashboard/articles/${id}/history`);
  const versions = editor.getByRole('region', { name: '所有版本' });
  await expect(versions.getByRole('cell', { name: '發佈', exact: true })).toBeVisible();
  await expect(versions.getByRole('cell', { name: '自動儲存（未發佈的修改）' })).toBeVisible();
  await expect(versions.getByRole('cell', { name: '更新已發佈稿件（讀者看到的版本）' })).toBeVisible();
});

test('a scheduled story keeps its 責編 through edits; the scheduler publishes the approved version with it', async ({ page, editor, newStory }) => {
  const title = unique('排程燈會');
  const { id } = await newStory(editor, { title, body: '核准的版本。' });
  const at = new Date(Date.now() + 8_000 + 8 * 3_600_000).toISOString().slice(0, 19);
  await editor.getByLabel('發佈時間').fill(at);
  await editor.getByRole('button', { name: '排程發佈' }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已排程發佈' })).toBeVisible();
  await expect(editor.getByLabel('責編', { exact: true })).toHaveValue(/\d+/);

  await typeAndAutosave(editor, '未核准的補充');
  await expect(editor.getByRole('region', { name: '未發佈的修改' })).toContainText('排程時間到時發佈的是已核准的版本');

  await expect(async () => {
    expect((await page.goto(`/articles/${id}`))?.status()).toBe(200);
  }).toPass({ timeout: 30_000 });
  const article = page.getByRole('article');
  await expect(metaLine(article)).toContainText('責編：周敏華');
  await expect(article).toContainText('核准的版本。');
  await expect(article).not.toContainText('未核准的補充');
});

test('forged or replayed saves change nothing readers see', async ({ page, reporter, newStory, editor }) => {
  test.slow(); // two people signed in, a held request and two replays
  const title = unique('偽造測試');
  const { id } = await newStory(reporter, { title, body: '記者的原稿。' });
  await editor.goto(`/dashboard/articles/${id}`);
  await editor.getByRole('button', { name: '發佈', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已發佈' })).toBeVisible();

  // The reporter may edit the live story, but only into its pending version.
  await reporter.goto(`/dashboard/articles/${id}`);
  await expect(reporter.getByRole('button', { name: '更新已發佈稿件' })).toHaveCount(0);
  // Hold back the reporter's autosave and send a forged one instead: the 責編 cleared.
  let held: Request | undefined;
  await reporter.route(`**/dashboard/articles/${id}`, async (route) => {
    if ((route.request().postData() ?? '').includes('記者改寫')) {
      held = route.request();
      await route.abort();
    } else await route.continue();
  });
  await reporter.getByRole('textbox', { name: '正文' }).click();
  await reporter.keyboard.press('ControlOrMeta+End');
  await reporter.keyboard.type('記者改寫');
  await expect.poll(() => held !== undefined).toBe(true);
  await reporter.unroute(`**/dashboard/articles/${id}`);
  const forged = (held!.postData() ?? '').replace(/\\?"editorId\\?":\d+/, (m) => m.replace(/\d+$/, 'null'));
  expect(forged).not.toBe(held!.postData());
  expect(await replayAction(reporter.request, held!, `/dashboard/articles/${id}`, forged)).toContain('未發佈的修改');

  // The editor's own save, replayed with the 責編 cleared, is refused.
  const editorSave = editor.waitForRequest((r) => (r.postData() ?? '').includes('編輯補充'));
  await editor.reload();
  await typeAndAutosave(editor, '編輯補充');
  const saved = await editorSave;
  const cleared = (saved.postData() ?? '').replace(/\\?"editorId\\?":\d+/, (m) => m.replace(/\d+$/, 'null'));
  const refusal = await replayAction(editor.request, saved, `/dashboard/articles/${id}`, cleared);
  expect(refusal).toContain('已發佈或排程的稿件不能沒有責編');

  expect((await page.goto(`/articles/${id}`))?.status()).toBe(200);
  const article = page.getByRole('article');
  await expect(metaLine(article)).toContainText('責編：周敏華');
  await expect(article).toContainText('記者的原稿。');
  await expect(article).not.toContainText('記者改寫');
  await expect(article).not.toContainText('編輯補充');
});

test('a reporter’s edits to a live story wait for an editor, who may discard them; the 責編 changes only by 更換責編', async ({ page, reporter, newStory, editor }) => {
  test.slow(); // two people signed in
  const title = unique('待核修改');
  const { id } = await newStory(reporter, { title, body: '已發佈的正文。' });
  await editor.goto(`/dashboard/articles/${id}`);
  await editor.getByRole('button', { name: '發佈', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已發佈' })).toBeVisible();

  await reporter.goto(`/dashboard/articles/${id}`);
  await expect(reporter.getByLabel('責編', { exact: true })).toBeDisabled();
  await typeAndAutosave(reporter, '記者的補充');
  const reporterPending = reporter.getByRole('region', { name: '未發佈的修改' });
  await expect(reporterPending).toContainText('須由編輯「更新已發佈稿件」後才會公開');
  await expect(reporterPending.getByRole('button', { name: '更新已發佈稿件' })).toHaveCount(0);

  // The editor finds the reporter's pending changes, and discards them.
  await editor.reload();
  await expect(editor.getByRole('textbox', { name: '正文' })).toContainText('記者的補充');
  const pending = editor.getByRole('region', { name: '未發佈的修改' });
  const discard = editor.getByRole('dialog', { name: '捨棄未發佈的修改？' });
  // Escape backs out and keeps the changes; the second time 確定 discards them.
  await pending.getByRole('button', { name: '捨棄修改' }).click();
  await editor.keyboard.press('Escape');
  await expect(discard).toBeHidden();
  await expect(pending).toBeVisible();
  await pending.getByRole('button', { name: '捨棄修改' }).click();
  await discard.getByRole('button', { name: '確定' }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已捨棄未發佈的修改' })).toBeVisible();
  await expect(editor.getByRole('textbox', { name: '正文' })).not.toContainText('記者的補充');
  await expect(editor.getByRole('region', { name: '未發佈的修改' })).toHaveCount(0);

  // On a live story the 責編 field is locked; 更換責編 is the explicit way, and readers see it at once.
  await expect(editor.getByLabel('責編', { exact: true })).toBeDisabled();
  await editor.getByLabel('新責編').selectOption({ label: '管理員' });
  await editor.getByRole('button', { name: '更換責編' }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已更換責編' })).toBeVisible();
  await expect(editor.getByLabel('責編', { exact: true })).toHaveValue(await editor.getByLabel('責編', { exact: true }).locator('option', { hasText: '管理員' }).getAttribute('value') ?? '');

  expect((await page.goto(`/articles/${id}`))?.status()).toBe(200);
  await expect(metaLine(page.getByRole('article'))).toContainText('責編：管理員');
  await expect(page.getByRole('article')).not.toContainText('記者的補充');
});
