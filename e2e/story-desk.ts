import { type Page, expect } from '@playwright/test';

/** Fills a new story's required fields in the editor and waits for it to be saved. */
export async function writeStory(page: Page, story: { title: string; body: string; note?: string; writer?: string }) {
  await page.goto('/dashboard/articles/new');
  await page.getByLabel('標題', { exact: true }).fill(story.title);
  await page.getByLabel('頻道').selectOption({ label: '要聞' });
  if (story.note) await page.getByLabel('編者按').fill(story.note);
  if (story.writer) await page.getByLabel('撰稿').fill(story.writer);
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.type(story.body);
  await page.getByRole('button', { name: '存草稿' }).click();
  await expect(page).toHaveURL(/\/dashboard\/articles\/\d+$/);
  await expect(page.getByRole('status').filter({ hasText: /已儲存/ }).first()).toBeVisible();
  return Number(page.url().split('/').pop());
}
