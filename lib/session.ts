import 'server-only';
import { cache } from 'react';
import { forbidden, redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { type StaffSummary, getStaffById } from '@/db/queries/staff';
import { auth } from './auth';
import { type Action, can } from './permissions';

/**
 * The signed-in staff member, reloaded from the database on every request: a disabled account,
 * a changed role or password, or a sign-out elsewhere ends the session at once.
 */
export const getCurrentStaff = cache(async (): Promise<StaffSummary | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const person = await getStaffById(await getDb(), id);
  if (!person || !person.active || person.sessionVersion !== session?.user.sessionVersion) return null;
  return person;
});

/** For workspace pages: the signed-in person, or a redirect to sign in or to change password. */
export async function requireStaff(options: { allowPasswordChange?: boolean } = {}): Promise<StaffSummary> {
  const person = await getCurrentStaff();
  if (!person) redirect('/login');
  if (person.mustChangePassword && !options.allowPasswordChange) redirect('/change-password');
  return person;
}

/** For workspace pages that need a role: the refusal page (403) when the person may not. */
export async function requirePermission(action: Action): Promise<StaffSummary> {
  const person = await requireStaff();
  if (!can(person, action)) forbidden();
  return person;
}
