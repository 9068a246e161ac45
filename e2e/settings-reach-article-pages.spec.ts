import type { Page } from '@playwright/test';
import { expect, test, unique } from './fixtures';

/** Saves and waits for the server's answer (the status line may still show the previous save). */
async function save(admin: Page) {
  await Promise.all([
    admin.waitForResponse((r) => r.request().method() === 'POST' && Boolean(r.request().headers()['next-action'])),
    admin.getByRole('button', { name: '儲存設定' }).click(),
  ]);
}

test('a change to the copyright statement shows on an article page at once', async ({ browser, admin }) => {
  await admin.goto('/dashboard/settings');
  const copyright = admin.getByLabel('版權聲明');
  const original = await copyright.inputValue();
  const clause = `6、${unique('本網測試條款')}`;

  // A bad time zone is refused and nothing is saved.
  await admin.getByLabel('時區').fill('Mars/Olympus');
  await copyright.fill(`${original}\n${clause}`);
  await admin.getByRole('button', { name: '儲存設定' }).click();
  await expect(admin.getByText('時區無效')).toBeVisible();
  await expect(copyright).toHaveValue(`${original}\n${clause}`);

  await admin.getByLabel('時區').fill('Asia/Shanghai');
  await save(admin);
  await expect(admin.getByRole('status').filter({ hasText: '設定已儲存' })).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/');
  await reader.getByRole('region', { name: '頭條' }).getByRole('heading', { level: 2 }).getByRole('link').click();
  await expect(reader).toHaveURL(/\/articles\/\d+/);
  await expect(reader.getByRole('contentinfo')).toContainText(clause);

  // Put the statement back, and the article follows.
  await copyright.fill(original);
  await save(admin);
  await expect(admin.getByRole('status').filter({ hasText: '設定已儲存' })).toBeVisible();
  await reader.reload();
  await expect(reader.getByRole('contentinfo')).not.toContainText(clause);

  await admin.goto('/dashboard/audit?action=settings.update');
  await expect(admin.getByRole('row').filter({ hasText: clause }).first().getByRole('cell').nth(1)).toHaveText('管理員');
  await reader.context().close();
});
