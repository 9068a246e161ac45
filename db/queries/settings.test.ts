import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeOnEachEngine } from '../testing';
import { auditLog } from '../schema';
import { type EditableSettings, getSiteSettings, saveSiteSettings, updateSiteSettings } from './settings';
import { createStaff } from './staff';

describeOnEachEngine('site settings', ({ db }) => {
  it('saves every field and audits only what changed, before and after', async () => {
    const admin = await createStaff(db(), { name: '管', email: 'admin@news.example', role: 'admin', passwordHash: 'x', mustChangePassword: false, actorId: null });
    await saveSiteSettings(db(), { siteName: '舊名', copyright: ['一、舊條款'] });
    const next: EditableSettings = {
      ...(await getSiteSettings(db())),
      copyright: ['一、新條款', '二、第二條'],
      footerLinks: [{ label: '關於我們', href: '/about' }],
      defaultVariant: 'hans',
    };
    expect((await updateSiteSettings(db(), next, admin.id)).changed).toEqual(['copyright', 'footerLinks', 'defaultVariant']);
    expect(await getSiteSettings(db())).toEqual(next);
    const entries = await db().select().from(auditLog).where(eq(auditLog.subjectType, 'settings'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: admin.id,
      action: 'settings.update',
      before: { copyright: ['一、舊條款'], footerLinks: [], defaultVariant: 'hant' },
      after: { copyright: ['一、新條款', '二、第二條'], footerLinks: [{ label: '關於我們', href: '/about' }], defaultVariant: 'hans' },
    });

    expect((await updateSiteSettings(db(), next, admin.id)).changed).toEqual([]);
    expect(await db().select().from(auditLog).where(eq(auditLog.subjectType, 'settings'))).toHaveLength(1);
  });

  it('works on a database that has no settings row yet', async () => {
    const admin = await createStaff(db(), { name: '管', email: 'admin@news.example', role: 'admin', passwordHash: 'x', mustChangePassword: false, actorId: null });
    await updateSiteSettings(db(), { ...(await getSiteSettings(db())), siteName: '新網站' }, admin.id);
    expect((await getSiteSettings(db())).siteName).toBe('新網站');
  });
});
