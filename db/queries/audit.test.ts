import fs from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { describeOnEachEngine } from '../testing';
import { auditLog } from '../schema';
import * as audit from './audit';
import { listAudit, listAuditActions, listRecentAudit, recordAudit } from './audit';
import { createStaff } from './staff';

describeOnEachEngine('audit log', ({ db }) => {
  it('records entries newest first', async () => {
    await recordAudit(db(), { actorId: null, action: 'first', subjectType: 'test' });
    await recordAudit(db(), { actorId: null, action: 'second', subjectType: 'test', subjectId: 7, after: { a: 1 } });
    const entries = await listRecentAudit(db());
    expect(entries.map((e) => e.action)).toEqual(['second', 'first']);
    expect(entries[0]).toMatchObject({ subjectId: '7', after: { a: 1 } });
  });

  it('refuses to change or delete an entry, through the query layer or raw SQL', async () => {
    await recordAudit(db(), { actorId: null, action: 'kept', subjectType: 'test' });
    await expect(db().update(auditLog).set({ action: 'rewritten' })).rejects.toThrow();
    await expect(db().delete(auditLog).where(eq(auditLog.action, 'kept'))).rejects.toThrow();
    await expect(db().execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(db().execute(sql`update audit_log set action = 'rewritten'`)).rejects.toThrow();
    expect((await listRecentAudit(db())).map((e) => e.action)).toEqual(['kept']);
  });

  it('filters by person, story, action and time, with names resolved', async () => {
    const person = (name: string, email: string) =>
      createStaff(db(), { name, email, role: 'editor', passwordHash: 'x', mustChangePassword: false, actorId: null });
    const a = await person('甲', 'a@news.example');
    const b = await person('乙', 'b@news.example');
    await recordAudit(db(), { actorId: a.id, action: 'story.publish', subjectType: 'story', subjectId: 11 });
    await recordAudit(db(), { actorId: b.id, action: 'story.unpublish', subjectType: 'story', subjectId: 11 });
    await recordAudit(db(), { actorId: b.id, action: 'story.publish', subjectType: 'story', subjectId: 12 });
    await recordAudit(db(), { actorId: a.id, action: 'staff.disable', subjectType: 'staff', subjectId: b.id });

    const actions = async (filter: audit.AuditFilter) => (await listAudit(db(), { ...filter, reader: a })).items.map((e) => `${e.actorName ?? '-'}:${e.action}:${e.subjectId}`);
    expect(await actions({ actorId: b.id })).toEqual(['乙:story.publish:12', '乙:story.unpublish:11']);
    expect(await actions({ storyId: 11 })).toEqual(['乙:story.unpublish:11', '甲:story.publish:11']);
    expect(await actions({ action: 'story.publish' })).toEqual(['乙:story.publish:12', '甲:story.publish:11']);
    expect(await actions({ action: 'story.' })).toHaveLength(3);
    expect(await actions({ action: 'story.%' })).toEqual([]);
    expect(await actions({ from: new Date(Date.now() + 60_000) })).toEqual([]);
    expect(await actions({ until: new Date(Date.now() + 60_000), actorId: a.id })).toEqual(['甲:staff.disable:' + b.id, '甲:story.publish:11']);

    const [disabled] = (await listAudit(db(), { action: 'staff.disable', reader: a })).items;
    expect(disabled).toMatchObject({ actorName: '甲', staffName: '乙' });
    expect(await listAuditActions(db())).toEqual(['staff.create', 'staff.disable', 'story.publish', 'story.unpublish']);
  });

  it('pages by keyset without gaps or repeats', async () => {
    const reader = { id: 1, role: 'admin' as const, active: true };
    for (let i = 1; i <= 7; i++) await recordAudit(db(), { actorId: null, action: `step-${i}`, subjectType: 'test' });
    const seen: string[] = [];
    let before: number | undefined;
    do {
      const page = await listAudit(db(), { limit: 3, before, reader });
      seen.push(...page.items.map((e) => e.action));
      before = page.next;
    } while (before);
    expect(seen).toEqual(['step-7', 'step-6', 'step-5', 'step-4', 'step-3', 'step-2', 'step-1']);
  });
});

describe('audit log code paths', () => {
  it('the query module offers no way to change or delete an entry', () => {
    expect(Object.keys(audit).filter((name) => /update|delete|remove|edit|purge|clear/i.test(name))).toEqual([]);
  });

  it('no application code updates or deletes audit rows', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (['node_modules', '.next', '.git', 'migrations', 'data', 'test-results'].includes(entry.name)) continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(ts|tsx|mjs)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) {
          const text = fs.readFileSync(full, 'utf8');
          if (/\.(update|delete)\(\s*auditLog\b|\b(update|delete\s+from)\s+"?audit_log\b/i.test(text)) offenders.push(path.relative(root, full));
        }
      }
    };
    for (const dir of ['app', 'components', 'db', 'lib', 'scripts']) walk(path.join(root, dir));
    expect(offenders).toEqual([]);
  });
});
