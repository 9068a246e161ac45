import type { Db } from '@/db/client';
import {
  type BackOff,
  type ThrottleKeys,
  countAttempt,
  isKnownAddress,
  recordSignInFailure,
  recordSignInSuccess,
  takePairAttempt,
} from '@/db/queries/sign-in-throttle';

// The rules of the sign-in limits (OWASP's authentication and credential-stuffing guidance):
//
// 1. Each account+address pair backs off on its own: 5 attempts, then a wait of 1 minute before
//    the next, doubling with each further attempt up to an hour. A correct password clears the
//    pair. Guesses from elsewhere never touch an editor's own pair, so they cannot lock her out.
// 2. An address that has made more than ADDRESS_LIMIT attempts in the window (at any accounts,
//    real or made up) gets 1 attempt per account before the back-off starts, instead of 5.
//    It is never refused outright: a colleague behind the same address with the right password
//    still gets in.
// 3. An account that has seen more than ACCOUNT_LIMIT attempts in the window, from any number
//    of addresses, accepts attempts only from addresses it has signed in from before (its usual
//    places) until the window passes. Those keep rule 1, so its owner still signs in.
//
// Every counter is raised before the password is checked, by one atomic statement, so a burst of
// parallel guesses gets no more checks than the limit allows. Unknown and real accounts are
// counted alike, so the answers tell nobody which accounts exist.

const WINDOW_MINUTES = 15;
export const ADDRESS_LIMIT = 20;
export const ACCOUNT_LIMIT = 30;
const KNOWN_ADDRESS_DAYS = 90;
const pairBackOff: BackOff = { free: 5, firstWaitMinutes: 1, maxWaitMinutes: 60, forgetAfterMinutes: 24 * 60 };
const busyAddressBackOff: BackOff = { ...pairBackOff, free: 1 };

type GuardDecision = { allowed: true } | { allowed: false; reason: 'account-under-attack' | 'back-off' };

/** Takes one sign-in attempt through the limits; a refusal is audited here. */
export async function admitSignInAttempt(db: Db, keys: ThrottleKeys, now = new Date()): Promise<GuardDecision> {
  const [accountHits, addressHits] = await Promise.all([
    countAttempt(db, keys.accountKey, WINDOW_MINUTES, now),
    countAttempt(db, keys.addressKey, WINDOW_MINUTES, now),
  ]);
  const needKnown = accountHits > ACCOUNT_LIMIT || addressHits > ADDRESS_LIMIT;
  const known = needKnown ? await isKnownAddress(db, keys, KNOWN_ADDRESS_DAYS, now) : false;
  let decision: GuardDecision;
  if (accountHits > ACCOUNT_LIMIT && !known) {
    decision = { allowed: false, reason: 'account-under-attack' };
  } else {
    const rule = addressHits > ADDRESS_LIMIT && !known ? busyAddressBackOff : pairBackOff;
    const attempt = await takePairAttempt(db, keys.pairKey, rule, now);
    decision = attempt === null ? { allowed: false, reason: 'back-off' } : { allowed: true };
  }
  if (!decision.allowed) await recordSignInFailure(db, keys, decision.reason, now);
  return decision;
}

export async function signInFailed(db: Db, keys: ThrottleKeys, now = new Date()): Promise<void> {
  await recordSignInFailure(db, keys, 'wrong-credentials', now);
}

export async function signInSucceeded(db: Db, keys: ThrottleKeys, now = new Date()): Promise<void> {
  await recordSignInSuccess(db, keys, now);
}
