import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { accounts, expect, signIn, test } from './fixtures';

// Clipboard HTML as Word 2016+ and a news site put it on the clipboard (e2e/paste/*.html).
const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'paste', name), 'utf8');

async function paste(page: Page, html: string) {
  const body = page.getByRole('textbox', { name: '正文' });
  await body.click();
  await body.evaluate((el, content) => {
    const data = new DataTransfer();
    data.setData('text/html', content);
    data.setData('text/plain', el.ownerDocument.createRange().createContextualFragment(content).textContent ?? '');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  return body;
}

const emptyParagraphs = (page: Page) =>
  page.getByRole('textbox', { name: '正文' }).locator('p').evaluateAll((ps) => ps.filter((p) => !(p.textContent ?? '').replace(/[\s\u00a0\u3000]/g, '')).length);

test.beforeEach(async ({ page }) => {
  await signIn(page, accounts.reporter);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto('/dashboard/articles/new');
});

test('a paste from Word keeps headings, lists and table rows, and says which picture stayed behind', async ({ page }) => {
  const body = await paste(page, fixture('word.html'));
  await expect(body.locator('h2')).toHaveText(['長春汽車產業調查']);
  await expect(body.locator('h3')).toHaveText(['主要項目']);
  await expect(body.locator('ol > li')).toHaveText(['紅旗新工廠', '電池研發中心']);
  await expect(body.locator('ul > li')).toHaveText(['就業崗位增加', '配套企業落戶']);
  await expect(body.locator('p').filter({ hasText: '紅旗' }).last()).toHaveText('一汽紅旗　80億元');
  await expect(body.locator('p').filter({ hasText: '金額' })).toHaveText('項目　金額');
  await expect(body).not.toContainText('項目金額一汽紅旗');
  expect(await emptyParagraphs(page)).toBe(0);
  const note = page.getByRole('status').filter({ hasText: '1 張圖片沒有帶入正文' });
  await expect(note).toBeVisible();
  await expect(note.getByRole('button', { name: '上傳圖片補上' })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await note.getByRole('button', { name: '上傳圖片補上' }).click();
  expect((await chooser).isMultiple()).toBe(false);
});

test('a nested list pasted from Word stays nested', async ({ page }) => {
  const body = await paste(page, fixture('word-nested-list.html'));
  const outer = body.locator(':scope > ol');
  await expect(outer).toHaveCount(1);
  await expect(outer.locator(':scope > li > p')).toHaveText(['紅旗新工廠', '電池研發中心', '物流園區']);
  await expect(outer.locator(':scope > li').nth(0).locator(':scope > ol > li')).toHaveText(['一期廠房', '二期廠房']);
  const battery = outer.locator(':scope > li').nth(1);
  await expect(battery.locator(':scope > ul > li > p')).toHaveText(['固態電池']);
  await expect(battery.locator(':scope > ul > li > ul > li')).toHaveText(['試產線']);
  await expect(body.locator('p').filter({ hasText: '預計明年' })).toHaveText('預計明年全部完工。');
  expect(await emptyParagraphs(page)).toBe(0);
});

test('a paste from a news site keeps its headings, lists and table rows and counts its photos', async ({ page }) => {
  const body = await paste(page, fixture('news-site.html'));
  await expect(body.locator('h2')).toHaveText(['冰雪季開幕 遊客湧入吉林', '遊客人數創新高']);
  await expect(body.locator('h3')).toHaveText(['交通安排']);
  await expect(body.locator('ul > li')).toHaveText(['加開高鐵班次', '增設接駁巴士']);
  await expect(body.locator('ol > li')).toHaveText(['第一階段', '第二階段']);
  await expect(body.locator('p').filter({ hasText: '北大湖' })).toHaveText('北大湖　3萬');
  expect(await emptyParagraphs(page)).toBe(0);
  await expect(page.getByRole('status').filter({ hasText: '2 張圖片沒有帶入正文' })).toBeVisible();
  await page.getByRole('button', { name: '知道了' }).click();
  await expect(page.getByText(/張圖片沒有帶入正文/)).toHaveCount(0);
});
