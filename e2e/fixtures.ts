import { type Browser, type BrowserContext, type Locator, type Page, expect, test as base } from '@playwright/test';
import { e2eAdmin, e2eDemoPassword } from '../playwright.config';

/** The newsroom's people in the e2e server: the first-run admin and the seeded demo editor and reporter. */
export const accounts = {
  admin: e2eAdmin,
  editor: { email: 'editor@zebian.local', password: e2eDemoPassword },
  reporter: { email: 'reporter@zebian.local', password: e2eDemoPassword },
};

type Role = keyof typeof accounts;

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

type StoryInput = { title?: string; body?: string; note?: string; writer?: string };
type NewStory = { id: number; title: string };

/**
 * Writes a story the way staff do: the new-story form in `author`'s browser, saved as a draft in
 * 要聞, then left open in the editor. With `publish`, an editor or admin author also publishes it as
 * its own 責編. Returns the id and the (unique unless given) title.
 */
export async function writeStory(author: Page, story: StoryInput & { publish?: boolean } = {}): Promise<NewStory> {
  const title = story.title ?? unique('測試稿件');
  await author.goto('/dashboard/articles/new');
  await author.getByLabel('標題', { exact: true }).fill(title);
  await author.getByLabel('頻道').selectOption({ label: '要聞' });
  if (story.note) await author.getByLabel('編者按').fill(story.note);
  if (story.writer) await author.getByLabel('撰稿').fill(story.writer);
  await author.getByRole('textbox', { name: '正文' }).click();
  await author.keyboard.type(story.body ?? '測試用的正文。');
  await author.getByRole('button', { name: '存草稿' }).click();
  await expect(author).toHaveURL(/\/dashboard\/articles\/\d+$/);
  await expect(author.getByRole('status').filter({ hasText: /已儲存/ }).first()).toBeVisible();
  if (story.publish) {
    await author.getByRole('button', { name: '發佈', exact: true }).click();
    await expect(author.getByRole('status').filter({ hasText: '已發佈' })).toBeVisible();
  }
  return { id: Number(author.url().split('/').pop()), title };
}

/** An article's meta line under the headline (publish time, 來源, 責編): the paragraph that holds its time. */
export function metaLine(article: Locator): Locator {
  return article.getByRole('paragraph').filter({ has: article.page().getByRole('time') });
}

type Fixtures = {
  /** Signs a further person in as `role`, in a browser of their own (two editors: call it twice). */
  signedInAs: (role: Role) => Promise<Page>;
  /** The admin (管理員), signed in, on the workspace. */
  admin: Page;
  /** The demo editor 周敏華 (編輯), signed in, on the workspace. */
  editor: Page;
  /** The demo reporter (記者), signed in, on the workspace. */
  reporter: Page;
  /** Story factory: `newStory(author, { title?, body?, note?, writer?, publish? })`, see writeStory. */
  newStory: typeof writeStory;
};

// Fixture bodies take `provide` (Playwright's `use`), a name the React hook lint rule leaves alone.
export const test = base.extend<Fixtures>({
  signedInAs: async ({ browser }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (role) => {
      const page = await signedInPage(browser, accounts[role]);
      contexts.push(page.context());
      return page;
    });
    // Each person's browser closes with the test, so no session outlives it.
    await Promise.all(contexts.map((c) => c.close()));
  },
  admin: async ({ signedInAs }, provide) => provide(await signedInAs('admin')),
  editor: async ({ signedInAs }, provide) => provide(await signedInAs('editor')),
  reporter: async ({ signedInAs }, provide) => provide(await signedInAs('reporter')),
  newStory: async ({}, provide) => provide(writeStory),
});

export { expect };
