import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeOnEachEngine } from '../testing';
import { auditLog } from '../schema';
import { listRecentAudit, recordAudit } from './audit';

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
    expect((await listRecentAudit(db())).map((e) => e.action)).toEqual(['kept']);
  });
});
