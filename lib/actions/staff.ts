'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { createStaff, getStaffById, setStaffActive, setStaffPassword, setStaffRole } from '@/db/queries/staff';
import { staffAction } from '@/lib/action';
import { failure } from '@/lib/errors';
import { generatePassword, hashPassword } from '@/lib/passwords';
import { roleLabels } from '@/lib/permissions';
import { changeRoleInput, newStaffInput, staffIdInput } from '@/lib/schemas/staff';

export type IssuedPassword = { name: string; email: string; password: string | null };

/** 新增人員: the person must choose their own password at first sign-in. */
export const createStaffAction = staffAction({ schema: newStaffInput, permission: 'staff.manage' }, async (input, actor) => {
  const typed = input.password || null;
  const password = typed ?? generatePassword();
  const created = await createStaff(await getDb(), {
    name: input.name,
    email: input.email,
    role: input.role,
    passwordHash: await hashPassword(password),
    mustChangePassword: true,
    actorId: actor.id,
  });
  revalidatePath('/dashboard/staff');
  // A generated password is shown once; a typed one is never echoed back.
  return { ok: true, data: { name: created.name, email: created.email, password: typed ? null : password }, message: `已新增 ${created.name}` };
});

const setActiveInput = staffIdInput.extend({ active: z.enum(['true', 'false'], { error: '操作無效' }) });

/** 停用 / 啟用: a disabled person's session ends on their next request; their stories stay. */
export const setStaffActiveAction = staffAction({ schema: setActiveInput, permission: 'staff.manage' }, async ({ staffId, active }, actor) => {
  const updated = await setStaffActive(await getDb(), { staffId, active: active === 'true', actorId: actor.id });
  revalidatePath('/dashboard/staff');
  return { ok: true, data: undefined, message: `${updated.name} 已${updated.active ? '啟用' : '停用'}` };
});

/** 變更角色: the last active admin keeps the role, and nobody demotes themself. */
export const changeStaffRoleAction = staffAction({ schema: changeRoleInput, permission: 'staff.manage' }, async ({ staffId, role }, actor) => {
  const updated = await setStaffRole(await getDb(), { staffId, role, actorId: actor.id });
  revalidatePath('/dashboard/staff');
  return { ok: true, data: undefined, message: `${updated.name} 的角色是${roleLabels[updated.role]}` };
});

/** 重設密碼: a new one-time password, shown once; the person must change it at sign-in. */
export const resetStaffPasswordAction = staffAction({ schema: staffIdInput, permission: 'staff.manage' }, async ({ staffId }, actor) => {
  const db = await getDb();
  const target = await getStaffById(db, staffId);
  if (!target) return failure('not_found', '找不到這位人員');
  const password = generatePassword();
  await setStaffPassword(db, { staffId, passwordHash: await hashPassword(password), mustChangePassword: true, actorId: actor.id });
  revalidatePath('/dashboard/staff');
  return { ok: true, data: { name: target.name, email: target.email, password } satisfies IssuedPassword, message: `已重設 ${target.name} 的密碼` };
});
