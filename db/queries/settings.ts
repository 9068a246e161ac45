import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { type SiteSettings, siteSettings } from '../schema';
import { recordAudit } from './audit';

const defaultSettings: Omit<SiteSettings, 'id' | 'updatedAt'> = {
  siteName: '責編新聞網',
  timeZone: 'Asia/Shanghai',
  copyright: [],
  reprintDisclaimer: '',
  footerLinks: [],
  defaultVariant: 'hant',
  logoUrl: '/logo.png',
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
    logoUrl: row.logoUrl,
  };
}

export async function saveSiteSettings(db: Db, settings: Partial<Omit<SiteSettings, 'id' | 'updatedAt'>>): Promise<void> {
  const values = { ...defaultSettings, ...settings, id: 1, updatedAt: new Date() };
  await db.insert(siteSettings).values(values).onConflictDoUpdate({ target: siteSettings.id, set: { ...settings, updatedAt: new Date() } });
}

// jsonb keeps object keys in its own order, so compare with keys sorted.
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

export type EditableSettings = Omit<SiteSettings, 'id' | 'updatedAt'>;

/** Saves the settings page; the audit entry holds only the fields that changed, before and after. */
export async function updateSiteSettings(db: Db, settings: EditableSettings, actorId: number): Promise<{ changed: (keyof EditableSettings)[] }> {
  return db.transaction(async (tx) => {
    // Lock the one row so two admins saving at once are recorded in the order they applied.
    await tx.select({ id: siteSettings.id }).from(siteSettings).where(eq(siteSettings.id, 1)).for('update');
    const before = await getSiteSettings(tx);
    const changed = (Object.keys(settings) as (keyof EditableSettings)[]).filter(
      (k) => canonical(settings[k]) !== canonical(before[k]),
    );
    if (!changed.length) return { changed };
    await saveSiteSettings(tx, settings);
    await recordAudit(tx, {
      actorId,
      action: 'settings.update',
      subjectType: 'settings',
      subjectId: null,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, settings[k]])),
    });
    return { changed };
  });
}
