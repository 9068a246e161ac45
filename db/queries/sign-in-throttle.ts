import { type SQL, and, desc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog, signInKnownAddresses, signInLimits } from '../schema';
import { recordAudit } from './audit';

// The counters behind the sign-in guard (lib/sign-in-guard.ts holds the rules). Each counter is
// raised by one INSERT … ON CONFLICT DO UPDATE … RETURNING: PostgreSQL serialises the statements
// on the row, so N parallel attempts see the counts 1…N and never the same count twice, on one
// server or many.

const minute = 60_000;

export function throttleKeys(email: string, address: string) {
  const account = email.trim().toLowerCase().slice(0, 254);
  return { account, address, accountKey: `account:${account}`, addressKey: `address:${address}`, pairKey: `pair:${account}|${address}` };
}
export type ThrottleKeys = ReturnType<typeof throttleKeys>;

/** Counts one attempt in a fixed window and returns the attempts so far in that window. */
export async function countAttempt(db: Db, key: string, windowMinutes: number, now = new Date()): Promise<number> {
  const windowStartedBefore = new Date(now.getTime() - windowMinutes * minute);
  const expired = sql`${signInLimits.windowStart} <= ${windowStartedBefore}`;
  const [row] = await db
    .insert(signInLimits)
    .values({ key, hits: 1, windowStart: now })
    .onConflictDoUpdate({
      target: signInLimits.key,
      set: {
        hits: sql`case when ${expired} then 1 else ${signInLimits.hits} + 1 end`,
        windowStart: sql`case when ${expired} then ${now} else ${signInLimits.windowStart} end`,
      },
    })
    .returning({ hits: signInLimits.hits });
  return row!.hits;
}

export interface BackOff {
  /** Attempts allowed before the first wait. */
  free: number;
  /** The first wait; each further attempt doubles it. */
  firstWaitMinutes: number;
  maxWaitMinutes: number;
  /** Consecutive attempts are forgotten this long after the first of them. */
  forgetAfterMinutes: number;
}

/**
 * Takes one attempt for an account+address pair, or refuses it (null) while the pair waits out
 * its back-off. The `free`-th attempt and every one after it starts a wait before the next:
 * first, then twice as long each time, up to the cap. Returns the attempt's number.
 */
export async function takePairAttempt(db: Db, key: string, rule: BackOff, now = new Date()): Promise<number | null> {
  const forgetBefore = new Date(now.getTime() - rule.forgetAfterMinutes * minute);
  const expired = sql`${signInLimits.windowStart} <= ${forgetBefore}`;
  const hits = sql`case when ${expired} then 1 else ${signInLimits.hits} + 1 end`;
  const waitFor = (n: SQL) =>
    sql`case when ${n} >= ${rule.free}::int then ${now}::timestamptz + make_interval(secs => least(${rule.maxWaitMinutes * 60}::float8, ${rule.firstWaitMinutes * 60}::float8 * power(2::float8, (${n} - ${rule.free}::int)::float8))) end`;
  const [row] = await db
    .insert(signInLimits)
    .values({ key, hits: 1, windowStart: now, blockedUntil: rule.free <= 1 ? new Date(now.getTime() + rule.firstWaitMinutes * minute) : null })
    .onConflictDoUpdate({
      target: signInLimits.key,
      set: {
        hits,
        windowStart: sql`case when ${expired} then ${now} else ${signInLimits.windowStart} end`,
        blockedUntil: waitFor(hits),
      },
      setWhere: sql`${expired} or ${signInLimits.blockedUntil} is null or ${signInLimits.blockedUntil} <= ${now}`,
    })
    .returning({ hits: signInLimits.hits });
  return row ? row.hits : null;
}

/** Whether the account signed in from the address within `days`. */
export async function isKnownAddress(db: Db, keys: ThrottleKeys, days: number, now = new Date()): Promise<boolean> {
  const [row] = await db
    .select({ at: signInKnownAddresses.lastSuccessAt })
    .from(signInKnownAddresses)
    .where(and(eq(signInKnownAddresses.account, keys.account), eq(signInKnownAddresses.address, keys.address)));
  return Boolean(row && row.at.getTime() > now.getTime() - days * 24 * 60 * minute);
}

/** After a correct password: the pair starts afresh, the attempt leaves the shared counts, the address becomes usual. */
export async function recordSignInSuccess(db: Db, keys: ThrottleKeys, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(signInLimits).where(eq(signInLimits.key, keys.pairKey));
    await tx
      .update(signInLimits)
      .set({ hits: sql`greatest(${signInLimits.hits} - 1, 0)` })
      .where(inArray(signInLimits.key, [keys.accountKey, keys.addressKey]));
    await tx
      .insert(signInKnownAddresses)
      .values({ account: keys.account, address: keys.address, lastSuccessAt: now })
      .onConflictDoUpdate({ target: [signInKnownAddresses.account, signInKnownAddresses.address], set: { lastSuccessAt: now } });
  });
}

type SignInRefusal = 'wrong-credentials' | 'account-under-attack' | 'back-off';

/** Audits a wrong password or a refused attempt; counters older than two days go at the same time. */
export async function recordSignInFailure(db: Db, keys: ThrottleKeys, reason: SignInRefusal, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    await recordAudit(tx, {
      actorId: null,
      action: reason === 'wrong-credentials' ? 'auth.sign-in-failed' : 'auth.sign-in-refused',
      subjectType: 'staff',
      subjectId: null,
      after: { email: keys.account, address: keys.address.slice(0, 64), ...(reason === 'wrong-credentials' ? {} : { reason }) },
    });
    await tx.delete(signInLimits).where(lt(signInLimits.windowStart, new Date(now.getTime() - 2 * 24 * 60 * minute)));
  });
}

interface SignInFailureSummary {
  email: string;
  address: string;
  failed: number;
  refused: number;
  last: Date;
}

/** Failed and refused sign-ins in the last `hours`, grouped by account and address, most recent first. */
export async function listSignInFailures(db: Db, { hours, limit = 50, now = new Date() }: { hours: number; limit?: number; now?: Date }): Promise<SignInFailureSummary[]> {
  const since = new Date(now.getTime() - hours * 60 * minute);
  const email = sql<string>`coalesce(${auditLog.after}->>'email', '')`;
  const address = sql<string>`coalesce(${auditLog.after}->>'address', '')`;
  const rows = await db
    .select({
      email,
      address,
      failed: sql<number>`count(*) filter (where ${auditLog.action} = 'auth.sign-in-failed')`.mapWith(Number),
      refused: sql<number>`count(*) filter (where ${auditLog.action} = 'auth.sign-in-refused')`.mapWith(Number),
      last: sql<Date>`max(${auditLog.createdAt})`.mapWith((v: string | Date) => new Date(v)),
    })
    .from(auditLog)
    .where(and(inArray(auditLog.action, ['auth.sign-in-failed', 'auth.sign-in-refused']), gt(auditLog.createdAt, since)))
    .groupBy(email, address)
    .orderBy(desc(sql`max(${auditLog.createdAt})`))
    .limit(limit);
  return rows;
}
