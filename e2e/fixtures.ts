import { type Browser, type Page, expect, test as base } from '@playwright/test';
import { e2eAdmin, e2eDemoPassword } from '../playwright.config';

export const accounts = {
  admin: e2eAdmin,
  editor: { email: 'editor@zebian.local', password: e2eDemoPassword },
  reporter: { email: 'reporter@zebian.local', password: e2eDemoPassword },
};

export async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto('/login');
  await page.getByLabel('電子郵件').fill(who.email);
  await page.getByLabel('密碼').fill(who.password);
  await page.getByRole('button', { name: '登入' }).click();
}

/** A page in its own browser context, signed in: one person, one browser. */
export async function signedInPage(browser: Browser, who: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who);
  await expect(page).toHaveURL(/\/dashboard$/);
  return page;
}

/** Unique per test run, so tests never depend on each other's data. */
export function unique(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

export const test = base;
export { expect };
