import sharp from 'sharp';
import { expect, test, unique } from './fixtures';

const photo = async (hue: string, name: string) => ({
  name,
  mimeType: 'image/jpeg',
  buffer: await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="900" height="600"><rect width="900" height="600" fill="${hue}"/><circle cx="450" cy="300" r="${hue.length * 20}" fill="#fff"/></svg>`))
    .jpeg({ quality: 85 })
    .toBuffer(),
});

test('a reporter captions and reorders three photos in the gallery; the published page shows them in that order as AVIF/WebP, and a share link reads the draft', async ({ browser, page, reporter, newStory, editor }) => {
  // Three uploads through the whole photo pipeline: on a busy two-core machine this takes a while.
  test.slow();
  const title = unique('圖集稿件');
  const { id } = await newStory(reporter, { title, body: '兩張照片的圖集稿件。' });

  await reporter
    .getByLabel('上傳圖片')
    .setInputFiles([await photo('#2b6cb0', `${title}-a.jpg`), await photo('#c05621', `${title}-b.jpg`), await photo('#2f855a', `${title}-c.jpg`)]);
  const items = reporter.getByRole('listitem', { name: /第 \d 張圖片/ });
  await expect(items).toHaveCount(3);
  await items.nth(2).getByLabel('替代文字').fill('綠色背景上的白色圓形');
  await items.nth(2).getByLabel('圖片說明').fill('第三張：公園入口');
  await items.nth(0).getByLabel('圖片說明').fill('第一張：河岸清晨');
  await items.nth(0).getByLabel('替代文字').fill('藍色背景上的白色圓形');
  await items.nth(1).getByLabel('圖片說明').fill('第二張：夕陽下的步道');
  await items.nth(1).getByLabel('替代文字').fill('橘色背景上的白色圓形');
  // Reorder with the keyboard-usable buttons: the second photo goes first.
  await reporter.getByRole('button', { name: '第 2 張上移' }).click();
  await expect(items.nth(0).getByLabel('圖片說明')).toHaveValue('第二張：夕陽下的步道');
  // Removing a photo asks first, naming the story and the photo; 取消 keeps it.
  await reporter.getByRole('button', { name: '移除第 3 張' }).click();
  const confirm = reporter.getByRole('dialog', { name: '移除圖片' });
  await expect(confirm).toContainText(`確定要從「${title}」的圖集移除第 3 張圖片「第三張：公園入口」？`);
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(confirm).toBeHidden();
  await expect(items).toHaveCount(3);
  await reporter.getByRole('button', { name: '存草稿' }).click();
  await expect(reporter.getByRole('status').filter({ hasText: /已儲存 \d/ }).first()).toBeVisible();

  // 預覽 shows the draft as readers will see it; a share link lets someone outside read it.
  await reporter.goto(`/preview/story/${id}`);
  await expect(reporter.getByRole('note')).toContainText('預覽');
  await expect(reporter.getByRole('heading', { level: 1 })).toContainText(title);
  await reporter.goto(`/dashboard/articles/${id}`);
  await reporter.getByRole('button', { name: '建立分享連結' }).click();
  const shared = reporter.getByRole('status').filter({ hasText: '連結（只顯示這一次）' });
  const link = (await shared.locator('code').textContent())!;
  const outsider = await browser.newContext();
  const outsiderPage = await outsider.newPage();
  expect((await outsiderPage.goto(link))?.status()).toBe(200);
  await expect(outsiderPage.getByRole('heading', { level: 1 })).toContainText(title);
  await reporter.reload();
  await reporter.getByRole('button', { name: '撤銷' }).first().click();
  await expect(reporter.getByRole('status').filter({ hasText: '已撤銷分享連結' })).toBeVisible();
  expect((await outsiderPage.goto(link))?.status()).toBe(404);
  await outsider.close();

  await reporter.getByRole('button', { name: '提交審核' }).click();
  await expect(reporter.getByRole('status').filter({ hasText: '已提交審核' })).toBeVisible();

  await editor.goto(`/dashboard/articles/${id}`);
  await editor.getByRole('button', { name: '發佈', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已發佈' })).toBeVisible();

  await page.goto(`/articles/${id}`);
  const figures = page.getByRole('article').getByRole('figure');
  await expect(figures).toHaveCount(3);
  await expect(figures.nth(0).locator('figcaption')).toContainText('第二張：夕陽下的步道');
  await expect(figures.nth(1).locator('figcaption')).toContainText('第一張：河岸清晨');
  await expect(figures.nth(2).locator('figcaption')).toContainText('第三張：公園入口');
  await expect(figures.nth(0).getByRole('img')).toHaveAttribute('alt', '橘色背景上的白色圓形');
  // Served as AVIF and WebP renditions, with a JPEG fallback, over a blurred placeholder.
  await expect(figures.nth(0).getByRole('img')).toHaveAttribute('style', /data:image\/webp;base64,/);
  await expect(figures.nth(0).locator('source[type="image/avif"]')).toHaveAttribute('srcset', /\.avif/);
  await expect(figures.nth(0).locator('source[type="image/webp"]')).toHaveAttribute('srcset', /\.webp/);
  await figures.nth(0).scrollIntoViewIfNeeded();
  await expect.poll(() => figures.nth(0).getByRole('img').evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.(avif|webp)$/);
});
