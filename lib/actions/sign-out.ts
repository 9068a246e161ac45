'use server';

import { getDb } from '@/db/client';
import { bumpSessionVersion } from '@/db/queries/staff';
import { signOut } from '@/lib/auth';
import { getCurrentStaff } from '@/lib/session';

/** Ends this person's sessions everywhere: a copied token stops working too. */
export async function signOutAction(): Promise<void> {
  const person = await getCurrentStaff();
  if (person) await bumpSessionVersion(await getDb(), person.id);
  await signOut({ redirectTo: '/login' });
}
