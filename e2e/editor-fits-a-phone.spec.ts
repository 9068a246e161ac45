import { accounts, expect, signedInPage, test, unique, writeStory } from './fixtures';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

test('on a phone the action bar of a story awaiting review is one row; the rest opens as a menu', async ({ browser }) => {
  const reporter = await signedInPage(browser, accounts.reporter);
  const { id } = await writeStory(reporter, { title: unique('手機審稿'), body: '編輯在手機上審這篇稿件。' });
  await reporter.getByRole('button', { name: '提交審核' }).click();
  await expect(reporter.getByRole('status').filter({ hasText: '已提交審核' })).toBeVisible();

  const context = await browser.newContext(phone);
  const editor = await context.newPage();
  await editor.goto('/login');
  await editor.getByLabel('電子郵件').fill(accounts.editor.email);
  await editor.getByLabel('密碼').fill(accounts.editor.password);
  await editor.getByRole('button', { name: '登入' }).click();
  await expect(editor).toHaveURL(/\/dashboard$/);
  await editor.goto(`/dashboard/articles/${id}`);

  const bar = editor.getByRole('region', { name: '稿件操作' });
  await expect(bar.getByRole('button', { name: '發佈', exact: true })).toBeVisible();
  await expect(bar.getByRole('button', { name: '存草稿' })).toBeVisible();
  const height = (await bar.boundingBox())!.height;
  // About 15% of the 844 px screen, whatever the story holds.
  expect(height).toBeLessThanOrEqual(130);

  // The rest is one tap away, and closes again.
  await expect(bar.getByRole('button', { name: '退回' })).toBeHidden();
  const more = bar.getByRole('button', { name: '更多操作' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.click();
  await expect(bar.getByRole('button', { name: '收起操作' })).toHaveAttribute('aria-expanded', 'true');
  await expect(bar.getByLabel('退回說明')).toBeVisible();
  await expect(bar.getByRole('button', { name: '排程發佈' })).toBeVisible();
  await expect(bar.getByRole('link', { name: '預覽' })).toBeVisible();
  await bar.getByRole('button', { name: '收起操作' }).click();
  await expect(bar.getByLabel('退回說明')).toBeHidden();

  // Still one row, at the top, when the body is scrolled into view.
  await editor.getByRole('textbox', { name: '正文' }).scrollIntoViewIfNeeded();
  await editor.mouse.wheel(0, 600);
  await expect.poll(async () => (await bar.boundingBox())!.y).toBeLessThanOrEqual(1);
  expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(130);
  await context.close();
});

test('on a phone the story list keeps short cells on one line and scrolls sideways', async ({ browser }) => {
  const editor = await signedInPage(browser, accounts.editor);
  await writeStory(editor, { title: unique('窄螢幕列表'), body: '列表在手機上不會一字一行。' });
  await editor.setViewportSize({ width: 390, height: 844 });
  for (const address of ['/dashboard/articles', '/dashboard']) {
    await editor.goto(address);
    const table = editor.getByRole('table').first();
    await expect(table).toBeVisible();
    const lineHeight = await table.evaluate((t) => parseFloat(getComputedStyle(t.querySelector('td')!).lineHeight) || 24);
    for (const header of await table.getByRole('columnheader').all()) {
      // A header stacked one character a line is several lines tall.
      const box = (await header.boundingBox())!;
      expect(box.height, `${await header.textContent()} on ${address}`).toBeLessThan(lineHeight * 2 + 20);
    }
    // The title column stays wide enough to read.
    const firstCell = table.getByRole('row').nth(1).getByRole('cell').first();
    expect((await firstCell.boundingBox())!.width).toBeGreaterThan(150);
  }
});
