'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { updateSiteSettings } from '@/db/queries/settings';
import { staffAction } from '@/lib/action';
import { revalidateSiteChrome } from '@/lib/reader/revalidate';
import { settingsInput } from '@/lib/schemas/settings';

/** Saves the site settings; every reader page shows them, so every one is refreshed. */
export const updateSettingsAction = staffAction({ schema: settingsInput, permission: 'settings.manage' }, async (input, actor) => {
  const { changed } = await updateSiteSettings(await getDb(), input, actor.id);
  if (!changed.length) return { ok: true, data: undefined, message: '沒有需要儲存的變更' };
  revalidateSiteChrome();
  revalidatePath('/dashboard', 'layout');
  return { ok: true, data: undefined, message: '設定已儲存，讀者頁面已更新' };
});
