'use server';

import { getDb } from '@/db/client';
import { findStaffForSignIn, setStaffPassword } from '@/db/queries/staff';
import { staffAction } from '@/lib/action';
import { signIn } from '@/lib/auth';
import { failure } from '@/lib/errors';
import { hashPassword, verifyPassword } from '@/lib/passwords';
import { changePasswordInput } from '@/lib/schemas/staff';

/** The person sets their own password; their other sessions end and this one is renewed. */
export const changePasswordAction = staffAction(
  { schema: changePasswordInput, permission: 'workspace.enter', allowPasswordChange: true },
  async ({ password }, actor) => {
    const db = await getDb();
    const current = await findStaffForSignIn(db, actor.email);
    if (current && (await verifyPassword(current.passwordHash, password))) {
      return failure('invalid', '請修正標示的欄位', { password: ['新密碼不可與目前的密碼相同'] });
    }
    await setStaffPassword(db, { staffId: actor.id, passwordHash: await hashPassword(password), mustChangePassword: false, actorId: actor.id });
    // The change ended every session of this person, including this one: sign in again.
    await signIn('credentials', { email: actor.email, password, redirectTo: '/dashboard' });
    return { ok: true, data: undefined };
  },
);
