import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { RuleError } from '@/lib/errors';
import { describeOnEachEngine } from '../testing';
import { auditLog, staff } from '../schema';
import { createStaff, findStaffForSignIn, getStaffById, setStaffActive, setStaffName, setStaffPassword, setStaffRole } from './staff';

const base = { passwordHash: 'x', mustChangePassword: false, actorId: null };

describeOnEachEngine('staff queries', ({ db }) => {
  it('finds staff by email whatever its case, and refuses a second account for it', async () => {
    const created = await createStaff(db(), { ...base, name: '周敏華', email: 'Min@News.Example', role: 'editor' });
    expect(created.email).toBe('min@news.example');
    expect((await findStaffForSignIn(db(), 'MIN@news.example'))?.id).toBe(created.id);
    await expect(createStaff(db(), { ...base, name: '另一位', email: 'min@NEWS.example', role: 'reporter' })).rejects.toThrow(RuleError);
    expect(await db().select().from(staff)).toHaveLength(1);
  });

  it('keeps the hash out of the summary pages get', async () => {
    const created = await createStaff(db(), { ...base, name: '林', email: 'lin@news.example', role: 'reporter' });
    expect(Object.keys((await getStaffById(db(), created.id))!)).not.toContain('passwordHash');
  });

  it('never disables the last active admin', async () => {
    const admin = await createStaff(db(), { ...base, name: '管理員', email: 'admin@news.example', role: 'admin' });
    const error = await setStaffActive(db(), { staffId: admin.id, active: false, actorId: admin.id }).catch((e) => e);
    expect(error).toBeInstanceOf(RuleError);
    expect(error.reason).toBe('last_admin');
    expect((await getStaffById(db(), admin.id))?.active).toBe(true);
  });

  it('disables a second admin, ends their sessions and audits it in the same transaction', async () => {
    const first = await createStaff(db(), { ...base, name: '甲', email: 'a@news.example', role: 'admin' });
    const second = await createStaff(db(), { ...base, name: '乙', email: 'b@news.example', role: 'admin' });
    const updated = await setStaffActive(db(), { staffId: second.id, active: false, actorId: first.id });
    expect(updated.active).toBe(false);
    expect(updated.sessionVersion).toBe(second.sessionVersion + 1);
    const entries = await db().select().from(auditLog).where(eq(auditLog.action, 'staff.disable'));
    expect(entries).toMatchObject([{ actorId: first.id, subjectId: String(second.id), before: { active: true }, after: { active: false } }]);
  });

  it('a password reset requires a change at next sign-in and ends the sessions', async () => {
    const admin = await createStaff(db(), { ...base, name: '甲', email: 'a@news.example', role: 'admin' });
    const reporter = await createStaff(db(), { ...base, name: '丙', email: 'c@news.example', role: 'reporter' });
    await setStaffPassword(db(), { staffId: reporter.id, passwordHash: 'new', mustChangePassword: true, actorId: admin.id });
    const after = await findStaffForSignIn(db(), 'c@news.example');
    expect(after).toMatchObject({ passwordHash: 'new', mustChangePassword: true, sessionVersion: reporter.sessionVersion + 1 });
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, 'staff.password.reset'));
    expect(entry?.subjectId).toBe(String(reporter.id));
  });

  it('leaves no audit entry when the change fails', async () => {
    await expect(setStaffPassword(db(), { staffId: 999, passwordHash: 'x', mustChangePassword: false, actorId: 1 })).rejects.toThrow('找不到這位人員');
    const [row] = await db().select({ n: sql<number>`count(*)::int` }).from(auditLog);
    expect(row?.n).toBe(0);
  });
});

describeOnEachEngine('staff roles and names', ({ db }) => {
  const admin = (name: string, email: string) => createStaff(db(), { ...base, name, email, role: 'admin' });

  it('changes a role, ends the sessions and audits before and after', async () => {
    const chief = await admin('甲', 'a@news.example');
    const reporter = await createStaff(db(), { ...base, name: '丙', email: 'c@news.example', role: 'reporter' });
    const updated = await setStaffRole(db(), { staffId: reporter.id, role: 'editor', actorId: chief.id });
    expect(updated).toMatchObject({ role: 'editor', sessionVersion: reporter.sessionVersion + 1 });
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, 'staff.role'));
    expect(entry).toMatchObject({ actorId: chief.id, subjectId: String(reporter.id), before: { role: 'reporter' }, after: { role: 'editor' } });
  });

  it('never demotes the last active admin, nor lets an admin demote themself', async () => {
    const chief = await admin('甲', 'a@news.example');
    const last = await setStaffRole(db(), { staffId: chief.id, role: 'editor', actorId: chief.id }).catch((e) => e);
    expect(last).toMatchObject({ reason: 'last_admin' });

    const second = await admin('乙', 'b@news.example');
    const self = await setStaffRole(db(), { staffId: chief.id, role: 'editor', actorId: chief.id }).catch((e) => e);
    expect(self).toMatchObject({ reason: 'self' });
    expect((await getStaffById(db(), chief.id))?.role).toBe('admin');

    // Another admin may demote them while a second active admin remains.
    await setStaffRole(db(), { staffId: chief.id, role: 'editor', actorId: second.id });
    expect((await getStaffById(db(), chief.id))?.role).toBe('editor');
    expect(await setStaffRole(db(), { staffId: second.id, role: 'reporter', actorId: second.id }).catch((e) => e)).toMatchObject({ reason: 'last_admin' });
  });

  it('a disabled admin does not count as the one left', async () => {
    const chief = await admin('甲', 'a@news.example');
    const second = await admin('乙', 'b@news.example');
    await setStaffActive(db(), { staffId: second.id, active: false, actorId: chief.id });
    expect(await setStaffActive(db(), { staffId: chief.id, active: false, actorId: second.id }).catch((e) => e)).toMatchObject({ reason: 'last_admin' });
    // Demoting the disabled admin leaves the active one in place, so it is allowed.
    await setStaffRole(db(), { staffId: second.id, role: 'editor', actorId: chief.id });
    expect((await getStaffById(db(), second.id))?.role).toBe('editor');
  });

  it('nobody disables themself, even with another admin left', async () => {
    const chief = await admin('甲', 'a@news.example');
    await admin('乙', 'b@news.example');
    expect(await setStaffActive(db(), { staffId: chief.id, active: false, actorId: chief.id }).catch((e) => e)).toMatchObject({ reason: 'self' });
    expect((await getStaffById(db(), chief.id))?.active).toBe(true);
  });

  it('renames a person and audits it, without ending their sessions', async () => {
    const chief = await admin('甲', 'a@news.example');
    const renamed = await setStaffName(db(), { staffId: chief.id, name: '甲乙', actorId: chief.id });
    expect(renamed).toMatchObject({ name: '甲乙', sessionVersion: chief.sessionVersion });
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, 'staff.rename'));
    expect(entry).toMatchObject({ before: { name: '甲' }, after: { name: '甲乙' } });
  });
});
