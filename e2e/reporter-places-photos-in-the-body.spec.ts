import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, test, unique } from './fixtures';

/** A photo whose pixels (and so whose hash) belong to this run only. */
async function photo(name: string) {
  const hue = Math.floor(Math.random() * 360);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="100%" height="100%" fill="hsl(${hue},55%,55%)"/>
    <rect x="${100 + Math.random() * 600}" y="200" width="400" height="400" fill="hsl(${(hue + 150) % 360},70%,35%)"/></svg>`;
  return { name, mimeType: 'image/jpeg', buffer: await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer() };
}

const insertBar = (page: Page) => page.getByRole('group', { name: '在正文插入圖片或影片' });
const bodyFigures = (page: Page) => page.getByRole('group', { name: /^正文圖片/ });

test('a reporter places an uploaded photo and a library photo in the body; the published page shows them in order with captions and AVIF/WebP renditions', async ({ page, reporter, newStory, editor }) => {
  const title = unique('正文插圖');

  // A photo already in the library, found later by its file name.
  await reporter.goto('/dashboard/media');
  await reporter.getByLabel('上傳圖片或影片').setInputFiles([await photo(`${title}-library.jpg`)]);
  await expect(reporter.getByRole('list', { name: '上傳進度' }).getByRole('status')).toHaveText('已上傳', { timeout: 30_000 });

  const { id } = await newStory(reporter, { title, body: '開頭的一段文字。' });
  await reporter.getByRole('textbox', { name: '正文' }).click();
  await reporter.keyboard.press('Control+End');

  // Uploaded in place.
  await insertBar(reporter).getByLabel('上傳並插入圖片').setInputFiles([await photo(`${title}-upload.jpg`)]);
  await expect(bodyFigures(reporter)).toHaveCount(1, { timeout: 30_000 });
  await bodyFigures(reporter).nth(0).getByLabel('圖片說明').fill('第一張：上傳的照片');
  await bodyFigures(reporter).nth(0).getByLabel('替代文字').fill('彩色背景上的方塊');
  await bodyFigures(reporter).nth(0).getByLabel('圖片來源').fill('本網記者');

  // Chosen from the library, with the keyboard.
  await insertBar(reporter).getByRole('button', { name: '從圖庫選擇', exact: true }).click();
  const picker = reporter.getByRole('dialog', { name: '從圖庫選擇圖片' });
  await expect(picker).toBeVisible();
  await picker.getByLabel('搜尋媒體庫').fill(`${title}-library`);
  await picker.getByLabel('搜尋媒體庫').press('Enter');
  const choices = picker.getByRole('list', { name: '媒體庫中的圖片' }).getByRole('button');
  await expect(choices).toHaveCount(1);
  await choices.first().focus();
  await reporter.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(bodyFigures(reporter)).toHaveCount(2);
  await bodyFigures(reporter).nth(1).getByLabel('圖片說明').fill('第二張：圖庫裡的照片');

  await reporter.getByRole('button', { name: '存草稿' }).click();
  await expect(reporter.getByRole('status').filter({ hasText: /已儲存 \d/ }).first()).toBeVisible();
  // Submitting is checked like publishing: the library photo has no alt text yet.
  await reporter.getByRole('button', { name: '提交審核' }).click();
  await expect(reporter.getByText('正文中有 1 張圖片缺少替代文字').first()).toBeVisible();
  await expect(reporter.getByText('狀態：草稿')).toBeVisible();
  await bodyFigures(reporter).nth(1).getByLabel('替代文字').fill('另一種顏色的方塊');
  await reporter.getByRole('button', { name: '提交審核' }).click();
  await expect(reporter.getByRole('status').filter({ hasText: '已提交審核' })).toBeVisible();

  await editor.goto(`/dashboard/articles/${id}`);
  await editor.getByRole('button', { name: '發佈', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: '已發佈' })).toBeVisible();

  await page.goto(`/articles/${id}`);
  const figures = page.getByRole('article').getByRole('figure');
  await expect(figures).toHaveCount(2);
  await expect(figures.nth(0).locator('figcaption')).toHaveText('第一張：上傳的照片本網記者');
  await expect(figures.nth(1).locator('figcaption')).toHaveText('第二張：圖庫裡的照片');
  await expect(figures.nth(0).getByRole('img')).toHaveAttribute('alt', '彩色背景上的方塊');
  await expect(figures.nth(1).getByRole('img')).toHaveAttribute('alt', '另一種顏色的方塊');
  for (const n of [0, 1]) {
    await expect(figures.nth(n).getByRole('img')).toHaveAttribute('width', '1200');
    await expect(figures.nth(n).getByRole('img')).toHaveAttribute('loading', 'lazy');
    await expect(figures.nth(n).locator('source[type="image/avif"]')).toHaveAttribute('srcset', /\.avif 320w/);
    await expect(figures.nth(n).locator('source[type="image/webp"]')).toHaveAttribute('srcset', /\.webp 320w/);
  }
  await figures.nth(1).scrollIntoViewIfNeeded();
  await expect.poll(() => figures.nth(1).getByRole('img').evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.(avif|webp)$/);
  // The text written before the photos comes first.
  const textBeforeFigure = await page.getByRole('article').evaluate((article) => {
    const paragraph = [...article.querySelectorAll('p')].find((p) => p.textContent === '開頭的一段文字。');
    const figure = article.querySelector('figure');
    return Boolean(paragraph && figure && paragraph.compareDocumentPosition(figure) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(textBeforeFigure).toBe(true);
});

const wordHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=Generator content="Microsoft Word 15"><style>p.MsoNormal{mso-style-parent:"";font-family:"Calibri"}</style></head>
<body lang=ZH-TW style='tab-interval:24.0pt'><!--StartFragment--><p class=MsoNormal style='mso-margin-top-alt:auto;mso-pagination:widow-orphan'><span style='font-family:"新細明體",serif;mso-bidi-font-family:Arial'>區議會上午九時開會。<o:p></o:p></span></p>
<h1 style='mso-outline-level:1'><span lang=EN-US style='font-size:16pt'>會議議程</span></h1>
<p class=MsoListParagraph style='text-indent:-24pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.</span><![endif]>審議預算<o:p></o:p></p>
<table class=MsoTableGrid border=1 style='mso-yfti-tbllook:1184'><tr><td style='mso-border-alt:solid windowtext .5pt'><p class=MsoNormal>表格裡的字<o:p></o:p></p></td></tr></table>
<p class=MsoNormal><img width=200 height=100 src="file:///C:/Users/desk/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png" alt="剪貼簿圖片"><o:p></o:p></p><!--EndFragment--></body></html>`;

const webHtml = `<meta charset="utf-8"><div class="article" style="color:red" onclick="alert(1)"><h2 class="title" id="top">市政消息</h2>
<p><span style="font-family:Arial;font-size:18px">市府宣布<b>新的公車路線</b>，<a href="https://news.example.org/notice?id=1" onclick="steal()" target="_blank" class="lnk">詳見公告</a>。</span></p>
<script>alert("pasted")</script><ul><li>路線一</li><li><a href="javascript:alert(1)">不安全的連結</a></li></ul>
<img src="https://cdn.example.org/pic.jpg" onerror="alert(2)"><figure><img src="https://cdn.example.org/other.jpg"><figcaption>遠端圖片的說明</figcaption></figure>
<iframe src="https://evil.example.org/"></iframe><p style="mso-special:x">最後<font face="標楷體">一段</font>文字</p></div>`;

async function paste(page: Page, html: string) {
  await page.getByRole('textbox', { name: '正文' }).evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/html', data);
    transfer.setData('text/plain', 'plain');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, html);
}

test('text pasted from Word and from a web page is saved clean: only paragraphs, headings, lists and safe links', async ({ reporter, newStory }) => {
  const { id } = await newStory(reporter, { title: unique('貼上測試'), body: '原有的一段。' });
  const body = reporter.getByRole('textbox', { name: '正文' });
  await body.click();
  await reporter.keyboard.press('Control+End');
  await reporter.keyboard.press('Enter');
  await paste(reporter, wordHtml);
  await expect(body).toContainText('區議會上午九時開會。');
  await reporter.keyboard.press('Control+End');
  await reporter.keyboard.press('Enter');
  await paste(reporter, webHtml);
  await expect(body).toContainText('最後一段文字');
  // Remote and local images never become figures.
  await expect(body.getByRole('img')).toHaveCount(0);
  await expect(body.getByRole('group', { name: /^正文圖片/ })).toHaveCount(0);
  await reporter.getByRole('button', { name: '存草稿' }).click();
  await expect(reporter.getByRole('status').filter({ hasText: /已儲存 \d/ }).first()).toBeVisible();

  // What was stored, as the preview renders it for readers.
  await reporter.goto(`/preview/story/${id}`);
  const stored = await reporter.getByRole('article').evaluate((article) => {
    const root = article.querySelector('.article-body')!;
    return {
      text: root.textContent ?? '',
      tags: [...new Set([...root.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()))].sort(),
      attributes: [...new Set([...root.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => `${e.tagName.toLowerCase()}[${a.name}]`)))].sort(),
      links: [...root.querySelectorAll('a')].map((a) => ({ text: a.textContent, href: a.getAttribute('href') })),
    };
  });
  for (const words of ['原有的一段。', '區議會上午九時開會。', '會議議程', '審議預算', '表格裡的字', '市政消息', '新的公車路線', '路線一', '不安全的連結', '最後一段文字']) {
    expect(stored.text).toContain(words);
  }
  expect(stored.text).not.toContain('alert');
  expect(stored.tags.every((tag) => ['p', 'h2', 'h3', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'br'].includes(tag))).toBe(true);
  expect(stored.attributes).toEqual(['a[href]', 'a[rel]']);
  expect(stored.links).toEqual([{ text: '詳見公告', href: 'https://news.example.org/notice?id=1' }]);
});
