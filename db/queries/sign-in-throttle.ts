import { and, count, eq, gt, inArray, lt } from 'drizzle-orm';
import type { Db } from '../client';
import { signInFailures } from '../schema';
import { recordAudit } from './audit';

export const THROTTLE_WINDOW_MINUTES = 15;
const limits = { account: 5, address: 20 };

export function throttleKeys(email: string, address: string) {
  return { account: `account:${email.trim().toLowerCase()}`, address: `address:${address}` };
}

/** True when the account or the address has failed too often in the window. */
export async function isThrottled(db: Db, keys: { account: string; address: string }, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
  const rows = await db
    .select({ key: signInFailures.key, n: count() })
    .from(signInFailures)
    .where(and(inArray(signInFailures.key, [keys.account, keys.address]), gt(signInFailures.createdAt, since)))
    .groupBy(signInFailures.key);
  const counted = new Map(rows.map((r) => [r.key, r.n]));
  return (counted.get(keys.account) ?? 0) >= limits.account || (counted.get(keys.address) ?? 0) >= limits.address;
}

export async function recordSignInFailure(db: Db, keys: { account: string; address: string }, email: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(signInFailures).values([{ key: keys.account }, { key: keys.address }]);
    await recordAudit(tx, {
      actorId: null,
      action: 'auth.sign-in-failed',
      subjectType: 'staff',
      subjectId: null,
      after: { email: email.slice(0, 254), address: keys.address.slice('address:'.length) },
    });
    // Old rows are of no use once outside the window.
    const cutoff = new Date(Date.now() - 24 * 60 * 60_000);
    await tx.delete(signInFailures).where(lt(signInFailures.createdAt, cutoff));
  });
}

export async function clearAccountFailures(db: Db, accountKey: string): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.key, accountKey));
}
