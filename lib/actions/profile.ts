'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { findStaffForSignIn, setStaffName, setStaffPassword } from '@/db/queries/staff';
import { staffAction } from '@/lib/action';
import { signIn } from '@/lib/auth';
import { failure } from '@/lib/errors';
import { hashPassword, verifyPassword } from '@/lib/passwords';
import { revalidateSiteChrome } from '@/lib/reader/revalidate';
import { ownPasswordInput, profileNameInput } from '@/lib/schemas/staff';

/** Each person renames themself; the id comes from the session, never from the form. */
export const updateOwnNameAction = staffAction({ schema: profileNameInput, permission: 'workspace.enter' }, async ({ name }, actor) => {
  await setStaffName(await getDb(), { staffId: actor.id, name, actorId: actor.id });
  revalidatePath('/dashboard', 'layout');
  // The name is printed as 責編 on the stories they edited: refresh every reader page.
  revalidateSiteChrome();
  return { ok: true, data: undefined, message: '姓名已更新' };
});

/**
 * The one way a person sets their own password: at the first sign-in (the admin's password was
 * typed a moment ago, so it is not asked again) or from the profile, after the current password.
 * Other sessions end and this one is renewed.
 */
export const changeOwnPasswordAction = staffAction(
  { schema: ownPasswordInput, permission: 'workspace.enter', allowPasswordChange: true },
  async ({ current, password }, actor) => {
    const db = await getDb();
    const stored = await findStaffForSignIn(db, actor.email);
    if (!stored) return failure('not_found');
    if (!stored.mustChangePassword) {
      if (!current) return failure('invalid', '請修正標示的欄位', { current: ['請輸入目前的密碼'] });
      if (!(await verifyPassword(stored.passwordHash, current))) return failure('invalid', '請修正標示的欄位', { current: ['目前的密碼不正確'] });
    }
    if (await verifyPassword(stored.passwordHash, password)) return failure('invalid', '請修正標示的欄位', { password: ['新密碼不可與目前的密碼相同'] });
    await setStaffPassword(db, { staffId: actor.id, passwordHash: await hashPassword(password), mustChangePassword: false, actorId: actor.id });
    // The change ended every session of this person, this one included: sign in again at once.
    const redirectTo = stored.mustChangePassword ? '/dashboard' : '/dashboard/profile?password=changed';
    await signIn('credentials', { email: actor.email, password, redirectTo });
    return { ok: true, data: undefined };
  },
);
