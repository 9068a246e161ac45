import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { accounts, expect, signIn, test } from './fixtures';

/** Every axe rule, each violation named with the first few elements it was found on. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test('the reader pages have no accessibility violations, in either script', async ({ page }) => {
  await page.goto('/');
  expect(await violations(page), 'front page').toEqual([]);
  await page.getByRole('region', { name: '頭條' }).getByRole('heading', { level: 2 }).getByRole('link').click();
  await expect(page.getByRole('article')).toBeVisible();
  expect(await violations(page), 'article').toEqual([]);
  await page.goto('/search?q=長春');
  expect(await violations(page), 'search').toEqual([]);
  // 简体 last: choosing it is remembered, and later visits to / would land there.
  await page.goto('/zh-hans');
  expect(await violations(page), '简体 front page').toEqual([]);
  await page.getByRole('region', { name: '头条' }).getByRole('heading', { level: 2 }).getByRole('link').click();
  await expect(page.getByRole('article')).toBeVisible();
  expect(await violations(page), '简体 article').toEqual([]);
});

test('sign-in, the dashboard and the editor have no accessibility violations', async ({ page }) => {
  await page.goto('/login');
  expect(await violations(page), 'sign-in').toEqual([]);
  await signIn(page, accounts.editor);
  await expect(page).toHaveURL(/\/dashboard$/);
  expect(await violations(page), 'dashboard').toEqual([]);
  await page.goto('/dashboard/articles/new');
  await expect(page.getByRole('textbox', { name: '正文' })).toBeVisible();
  expect(await violations(page), 'editor').toEqual([]);
});
