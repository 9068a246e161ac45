import { formatDate, toSiteInputValue } from '../lib/time';
import { expect, test, unique } from './fixtures';

// The site's zone is the default, Asia/Shanghai (北京時間); the editor's browser is in London.
const siteZone = 'Asia/Shanghai';
test.use({ timezoneId: 'Europe/London' });

test('an editor in London schedules 10:00: it is 10:00 Beijing time in the editor and in the story list', async ({ editor: page, newStory }) => {
  const title = unique('十點見報');
  const { id } = await newStory(page, { title, body: '這篇稿件排在明天上午十點。' });
  await page.getByLabel('責編', { exact: true }).selectOption({ label: '周敏華' });

  const day = formatDate(new Date(Date.now() + 86_400_000), siteZone);
  await page.getByLabel('發佈時間（北京時間）').fill(`${day}T10:00:00`);
  await page.getByRole('button', { name: '排程發佈' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已排程發佈' })).toBeVisible();

  // 10:00 in Beijing is 02:00 UTC, not 10:00 London time.
  const when = page.getByText(`${day} 10:00:00（北京時間）`);
  await expect(when).toBeVisible();
  await expect(when).toHaveAttribute('datetime', `${day}T02:00:00.000Z`);
  await expect(page.getByText('狀態：已排程')).toBeVisible();
  // Reloaded, the schedule field shows the same wall-clock time (the browser drops :00 seconds).
  await page.reload();
  await expect(page.getByLabel('發佈時間（北京時間）')).toHaveValue(new RegExp(`^${day}T10:00(:00)?$`));

  await page.goto(`/dashboard/articles?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole('columnheader', { name: '發佈時間（北京時間）' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText(`排定 ${day} 10:00:00`);
  expect((await page.goto(`/articles/${id}`))?.status()).toBe(404);
});

test('a story scheduled from London a few seconds ahead in Beijing time goes out then', async ({ editor: page, newStory }) => {
  const title = unique('北京時間排程');
  const { id } = await newStory(page, { title, body: '倫敦的瀏覽器照北京時間排程。' });
  await page.getByLabel('責編', { exact: true }).selectOption({ label: '周敏華' });
  // Read in London's zone, this wall-clock time would be eight hours away.
  await page.getByLabel('發佈時間（北京時間）').fill(toSiteInputValue(new Date(Date.now() + 8_000), siteZone));
  await page.getByRole('button', { name: '排程發佈' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已排程發佈' })).toBeVisible();

  await expect(async () => {
    expect((await page.goto(`/articles/${id}`))?.status()).toBe(200);
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
});
