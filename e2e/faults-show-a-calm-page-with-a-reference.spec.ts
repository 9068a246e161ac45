import fs from 'node:fs';
import { accounts, expect, signedInPage, test } from './fixtures';

// The server runs with FAULT_PROBE=1 (playwright.config.ts), which opens a page and an action
// that fail on purpose, and keeps its output in E2E_SERVER_LOG.
const serverLog = () => fs.readFileSync(process.env.E2E_SERVER_LOG!, 'utf8');

async function referenceShown(page: import('@playwright/test').Page): Promise<string> {
  await expect(page.getByRole('heading', { name: '系統暫時出了問題' })).toBeVisible();
  const reference = (await page.getByTestId('fault-reference').textContent())?.trim() ?? '';
  expect(reference).toMatch(/^\w+$/);
  // Nothing of the fault itself reaches the person: no message, no stack, not Next's own page.
  await expect(page.getByText('fault probe')).toHaveCount(0);
  await expect(page.getByText(/at \w+ \(/)).toHaveCount(0);
  await expect(page.getByText('Application error')).toHaveCount(0);
  return reference;
}

test('an action that fails unexpectedly shows a calm page with a reference the server logged', async ({ browser }) => {
  const page = await signedInPage(browser, accounts.editor);
  await page.goto('/dashboard/fault-probe');
  await page.getByRole('button', { name: '執行會失敗的操作' }).click();
  const reference = await referenceShown(page);
  await expect.poll(serverLog).toContain(`[fault] reference=${reference} POST /dashboard/fault-probe`);
  expect(serverLog()).toContain('fault probe: deliberate failure in an action');
});

test('a page that fails unexpectedly shows the same page, logged under its reference', async ({ browser }) => {
  const page = await signedInPage(browser, accounts.editor);
  const response = await page.goto('/dashboard/fault-probe?fail=render');
  expect(response?.status()).toBe(500);
  const reference = await referenceShown(page);
  await expect.poll(serverLog).toContain(`[fault] reference=${reference} GET /dashboard/fault-probe?fail=render`);
  await page.getByRole('link', { name: '回到首頁' }).click();
  await expect(page).toHaveURL(/\/$/);
});
