import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import { RuleError } from '@/lib/errors';
import type { Db } from '../client';
import { type Staff, type StaffRole, staff } from '../schema';
import { recordAudit } from './audit';

/** What pages may show of a staff member: never the password hash. */
export type StaffSummary = Omit<Staff, 'passwordHash'>;

const summaryColumns = {
  id: staff.id,
  name: staff.name,
  email: staff.email,
  role: staff.role,
  active: staff.active,
  mustChangePassword: staff.mustChangePassword,
  sessionVersion: staff.sessionVersion,
  lastSignInAt: staff.lastSignInAt,
  createdAt: staff.createdAt,
  updatedAt: staff.updatedAt,
};


export async function getStaffById(db: Db, id: number): Promise<StaffSummary | undefined> {
  const [row] = await db.select(summaryColumns).from(staff).where(eq(staff.id, id));
  return row;
}

/** For sign-in only: the one read that returns the hash. */
export async function findStaffForSignIn(db: Db, email: string): Promise<Staff | undefined> {
  const [row] = await db
    .select()
    .from(staff)
    .where(eq(sql`lower(${staff.email})`, email.trim().toLowerCase()));
  return row;
}

export function listStaff(db: Db): Promise<StaffSummary[]> {
  return db.select(summaryColumns).from(staff).orderBy(asc(staff.role), asc(staff.name), asc(staff.id));
}

export async function countStaff(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(staff);
  return row?.n ?? 0;
}

/** Active editors and admins: the people who may be a story's 責編. */
export function listEligibleEditors(db: Db) {
  return db
    .select({ id: staff.id, name: staff.name, role: staff.role })
    .from(staff)
    .where(and(eq(staff.active, true), ne(staff.role, 'reporter')))
    .orderBy(asc(staff.name));
}

export async function createStaff(
  db: Db,
  input: { name: string; email: string; role: StaffRole; passwordHash: string; mustChangePassword: boolean; actorId: number | null },
): Promise<StaffSummary> {
  return db.transaction(async (tx) => {
    if (await findStaffForSignIn(tx, input.email)) throw new RuleError('conflict', 'email_taken', '這個電子郵件已有人使用', { field: 'email' });
    const [row] = await tx
      .insert(staff)
      .values({
        name: input.name,
        email: input.email.trim().toLowerCase(),
        role: input.role,
        passwordHash: input.passwordHash,
        mustChangePassword: input.mustChangePassword,
      })
      .returning(summaryColumns);
    await recordAudit(tx, {
      actorId: input.actorId,
      action: 'staff.create',
      subjectType: 'staff',
      subjectId: row!.id,
      after: { name: row!.name, email: row!.email, role: row!.role },
    });
    return row!;
  });
}

async function activeAdminCount(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(staff)
    .where(and(eq(staff.role, 'admin'), eq(staff.active, true)));
  return row?.n ?? 0;
}

/**
 * Refuses a change that would leave the newsroom without an active admin. Every admin row is
 * locked first, so two admins removing each other at once cannot both pass the check.
 */
async function keepAnActiveAdmin(tx: Db, message: string): Promise<void> {
  await tx.execute(sql`select id from ${staff} where ${staff.role} = 'admin' for update`);
  if ((await activeAdminCount(tx)) <= 1) throw new RuleError('conflict', 'last_admin', message);
}

export async function setStaffActive(db: Db, input: { staffId: number; active: boolean; actorId: number }): Promise<StaffSummary> {
  return db.transaction(async (tx) => {
    const [target] = await tx.select(summaryColumns).from(staff).where(eq(staff.id, input.staffId)).for('update');
    if (!target) throw new RuleError('not_found', 'not_found', '找不到這位人員');
    if (!input.active && target.role === 'admin' && target.active) await keepAnActiveAdmin(tx, '不能停用最後一位管理員');
    if (!input.active && input.staffId === input.actorId) throw new RuleError('conflict', 'self', '不能停用自己的帳號');
    const [row] = await tx
      .update(staff)
      .set({ active: input.active, sessionVersion: sql`${staff.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(staff.id, input.staffId))
      .returning(summaryColumns);
    await recordAudit(tx, {
      actorId: input.actorId,
      action: input.active ? 'staff.enable' : 'staff.disable',
      subjectType: 'staff',
      subjectId: input.staffId,
      before: { active: target.active },
      after: { active: input.active },
    });
    return row!;
  });
}

/** Changes a role; the person's sessions end so the new role applies from their next sign-in. */
export async function setStaffRole(db: Db, input: { staffId: number; role: StaffRole; actorId: number }): Promise<StaffSummary> {
  return db.transaction(async (tx) => {
    const [target] = await tx.select(summaryColumns).from(staff).where(eq(staff.id, input.staffId)).for('update');
    if (!target) throw new RuleError('not_found', 'not_found', '找不到這位人員');
    if (target.role === input.role) return target;
    if (target.role === 'admin') {
      if (target.active) await keepAnActiveAdmin(tx, '不能更改最後一位管理員的角色');
      if (input.staffId === input.actorId) throw new RuleError('conflict', 'self', '不能取消自己的管理員角色');
    }
    const [row] = await tx
      .update(staff)
      .set({ role: input.role, sessionVersion: sql`${staff.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(staff.id, input.staffId))
      .returning(summaryColumns);
    await recordAudit(tx, {
      actorId: input.actorId,
      action: 'staff.role',
      subjectType: 'staff',
      subjectId: input.staffId,
      before: { role: target.role },
      after: { role: input.role },
    });
    return row!;
  });
}

/** A person renames themself (or an admin renames them); sessions stay valid. */
export async function setStaffName(db: Db, input: { staffId: number; name: string; actorId: number }): Promise<StaffSummary> {
  return db.transaction(async (tx) => {
    const [target] = await tx.select(summaryColumns).from(staff).where(eq(staff.id, input.staffId)).for('update');
    if (!target) throw new RuleError('not_found', 'not_found', '找不到這位人員');
    if (target.name === input.name) return target;
    const [row] = await tx.update(staff).set({ name: input.name, updatedAt: new Date() }).where(eq(staff.id, input.staffId)).returning(summaryColumns);
    await recordAudit(tx, {
      actorId: input.actorId,
      action: 'staff.rename',
      subjectType: 'staff',
      subjectId: input.staffId,
      before: { name: target.name },
      after: { name: input.name },
    });
    return row!;
  });
}

/** Sets a new password. An admin's reset makes the person choose their own at next sign-in. */
export async function setStaffPassword(
  db: Db,
  input: { staffId: number; passwordHash: string; mustChangePassword: boolean; actorId: number },
): Promise<void> {
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(staff)
      .set({
        passwordHash: input.passwordHash,
        mustChangePassword: input.mustChangePassword,
        sessionVersion: sql`${staff.sessionVersion} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(staff.id, input.staffId))
      .returning({ id: staff.id });
    if (updated.length === 0) throw new RuleError('not_found', 'not_found', '找不到這位人員');
    await recordAudit(tx, {
      actorId: input.actorId,
      action: input.actorId === input.staffId ? 'staff.password.change' : 'staff.password.reset',
      subjectType: 'staff',
      subjectId: input.staffId,
    });
  });
}

/** Ends every session of this person (sign-out everywhere). */
export async function bumpSessionVersion(db: Db, staffId: number): Promise<void> {
  await db
    .update(staff)
    .set({ sessionVersion: sql`${staff.sessionVersion} + 1` })
    .where(eq(staff.id, staffId));
}

export async function recordSignIn(db: Db, staffId: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(staff).set({ lastSignInAt: new Date() }).where(eq(staff.id, staffId));
    await recordAudit(tx, { actorId: staffId, action: 'auth.sign-in', subjectType: 'staff', subjectId: staffId });
  });
}
