import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { getSiteSettings } from '@/db/queries/settings';
import { requirePermission } from '@/lib/session';
import { SettingsForm } from './settings-form';

export const metadata: Metadata = { title: '網站設定 | 責編' };

export default async function SettingsPage() {
  await requirePermission('settings.manage');
  const settings = await getSiteSettings(await getDb());
  return (
    <>
      <h1>網站設定</h1>
      <p className="muted">網站如何介紹自己：名稱、時區、版權聲明和頁尾。儲存後，所有讀者頁面立即更新。</p>
      <SettingsForm settings={settings} />
    </>
  );
}
