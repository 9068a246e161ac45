import { expect, metaLine, test, unique, writeStory } from './fixtures';

// A 責編 leaves the newsroom (an admin disables them) while their stories are live: colleagues
// must still be able to save corrections and withdraw, and the form must say who the 責編 is.
test('after its 責編 is disabled, a live story still saves; 更新已發佈稿件 waits for 更換責編', async ({ admin, page }) => {
  const departing = { name: unique('離職編輯'), email: `${unique('leaver')}@zebian.test` };
  await admin.goto('/dashboard/staff');
  const form = admin.getByRole('form', { name: '新增人員' });
  await form.getByLabel('姓名').fill(departing.name);
  await form.getByLabel('電子郵件').fill(departing.email);
  await form.getByLabel('角色').selectOption({ label: '編輯' });
  await form.getByRole('button', { name: '新增人員' }).click();
  await expect(form.getByRole('status').filter({ hasText: '初始密碼' })).toContainText(departing.email);

  // The admin writes a story and publishes it with the new editor as its 責編.
  const { id } = await writeStory(admin, { body: '寒潮明天抵達。' });
  await admin.getByLabel('責編', { exact: true }).selectOption({ label: departing.name });
  await admin.getByRole('button', { name: '發佈', exact: true }).click();
  await expect(admin.getByRole('status').filter({ hasText: '已發佈' })).toBeVisible();

  // The editor leaves.
  await admin.goto('/dashboard/staff');
  await admin.getByRole('row').filter({ hasText: departing.email }).getByRole('button', { name: `停用 ${departing.name}` }).click();
  await admin.getByRole('dialog', { name: '停用人員' }).getByRole('button', { name: '確定' }).click();
  await expect(admin.getByRole('status').filter({ hasText: `${departing.name} 已停用` })).toBeVisible();

  // The form still names them, and a correction is saved as 未發佈的修改.
  await admin.goto(`/dashboard/articles/${id}`);
  await expect(admin.getByLabel('責編', { exact: true }).locator('option:checked')).toHaveText(`${departing.name}（已停用）`);
  const body = admin.getByRole('textbox', { name: '正文' });
  await body.click();
  await admin.keyboard.press('End');
  await admin.keyboard.type('氣溫將降到零下二十度。');
  await admin.keyboard.press('Control+s');
  await expect(admin.getByRole('status').filter({ hasText: '已儲存為未發佈的修改' })).toBeVisible();

  // Publishing the correction asks for an active 責編 first; readers keep the live version.
  const pending = admin.getByRole('region', { name: '未發佈的修改' });
  await pending.getByRole('button', { name: '更新已發佈稿件' }).click();
  await admin.getByRole('dialog', { name: /更新已發佈稿件/ }).getByRole('button', { name: '確定' }).click();
  // Said once, in the action bar's list, beside 更換責編.
  await expect(admin.getByRole('alert').filter({ hasText: '這位責編已停用，請先「更換責編」' })).toHaveCount(1);
  await expect(admin.getByRole('alert').filter({ hasText: '這位責編已停用，請先「更換責編」' })).toContainText('無法完成');
  expect((await page.goto(`/articles/${id}`))?.status()).toBe(200);
  await expect(page.getByRole('article')).not.toContainText('零下二十度');
  await expect(metaLine(page.getByRole('article'))).toContainText(`責編：${departing.name}`);

  await admin.getByLabel('新責編').selectOption({ label: '管理員' });
  await admin.getByRole('button', { name: '更換責編' }).click();
  await expect(admin.getByRole('status').filter({ hasText: '已更換責編' })).toBeVisible();
  await pending.getByRole('button', { name: '更新已發佈稿件' }).click();
  await admin.getByRole('dialog', { name: /更新已發佈稿件/ }).getByRole('button', { name: '確定' }).click();
  await expect(admin.getByRole('status').filter({ hasText: '已更新已發佈稿件' })).toBeVisible();
  await page.goto(`/articles/${id}`);
  await expect(page.getByRole('article')).toContainText('零下二十度');
  await expect(metaLine(page.getByRole('article'))).toContainText('責編：管理員');
});
