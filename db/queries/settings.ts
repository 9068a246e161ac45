import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { type SiteSettings, siteSettings } from '../schema';

export const defaultSettings: Omit<SiteSettings, 'id' | 'updatedAt'> = {
  siteName: '責編新聞網',
  timeZone: 'Asia/Shanghai',
  copyright: [],
  reprintDisclaimer: '',
  footerLinks: [],
  defaultVariant: 'hant',
};

export async function getSiteSettings(db: Db): Promise<Omit<SiteSettings, 'id' | 'updatedAt'>> {
  const [row] = await db.select().from(siteSettings).where(eq(siteSettings.id, 1));
  if (!row) return defaultSettings;
  return {
    siteName: row.siteName,
    timeZone: row.timeZone,
    copyright: row.copyright,
    reprintDisclaimer: row.reprintDisclaimer,
    footerLinks: row.footerLinks,
    defaultVariant: row.defaultVariant,
  };
}

export async function saveSiteSettings(db: Db, settings: Partial<Omit<SiteSettings, 'id' | 'updatedAt'>>): Promise<void> {
  const values = { ...defaultSettings, ...settings, id: 1, updatedAt: new Date() };
  await db.insert(siteSettings).values(values).onConflictDoUpdate({ target: siteSettings.id, set: { ...settings, updatedAt: new Date() } });
}
