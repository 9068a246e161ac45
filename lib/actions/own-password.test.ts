import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db/client';
import { type StaffSummary, createStaff, findStaffForSignIn, getStaffById } from '@/db/queries/staff';
import { openTestDatabase } from '@/db/testing';
import { hashPassword, verifyPassword } from '@/lib/passwords';

// The password action runs as on the server, with the session swapped for a chosen person and the
// database for a test one. Signing in again is Auth.js's work: recorded here, not performed.
const session = vi.hoisted(() => ({ person: null as StaffSummary | null, database: null as Database | null, signIns: [] as unknown[] }));
vi.mock('server-only', () => ({}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock('@/lib/auth', () => ({ auth: vi.fn(), signOut: vi.fn(), signIn: async (...args: unknown[]) => session.signIns.push(args) }));
vi.mock('@/lib/session', () => ({ getCurrentStaff: async () => session.person }));
vi.mock('@/db/client', async (original) => ({ ...(await original<typeof import('@/db/client')>()), getDb: async () => session.database!.db }));

const { changeOwnPasswordAction } = await import('./profile');

const GIVEN = 'given-by-the-admin';
const CHOSEN = 'chosen-by-me-2026';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

async function person(email: string, mustChangePassword: boolean): Promise<StaffSummary> {
  const db = session.database!.db;
  const made = await createStaff(db, { name: email, email, role: 'reporter', passwordHash: await hashPassword(GIVEN), mustChangePassword, actorId: null });
  return (await getStaffById(db, made.id))!;
}

async function passwordIs(email: string, password: string): Promise<boolean> {
  const stored = await findStaffForSignIn(session.database!.db, email);
  return verifyPassword(stored!.passwordHash, password);
}

beforeAll(async () => {
  session.database = await openTestDatabase('pglite');
});

afterAll(async () => {
  await session.database?.close();
});

beforeEach(() => {
  session.signIns = [];
});

describe('changing one’s own password', () => {
  it('at the first sign-in needs only the new password twice, and leads to the dashboard', async () => {
    session.person = await person('first@news.example', true);
    expect(await changeOwnPasswordAction(null, form({ password: CHOSEN, confirm: CHOSEN }))).toEqual({ ok: true, data: undefined });
    expect(await passwordIs('first@news.example', CHOSEN)).toBe(true);
    expect((await findStaffForSignIn(session.database!.db, 'first@news.example'))!.mustChangePassword).toBe(false);
    expect(session.signIns).toEqual([['credentials', { email: 'first@news.example', password: CHOSEN, redirectTo: '/dashboard' }]]);
  });

  it('at the first sign-in refuses the password the admin gave', async () => {
    session.person = await person('same@news.example', true);
    const result = await changeOwnPasswordAction(null, form({ password: GIVEN, confirm: GIVEN }));
    expect(result).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { password: ['新密碼不可與目前的密碼相同'] } });
    expect(session.signIns).toEqual([]);
  });

  it('afterwards asks for the current password: missing or wrong changes nothing', async () => {
    session.person = await person('later@news.example', false);
    expect(await changeOwnPasswordAction(null, form({ password: CHOSEN, confirm: CHOSEN }))).toMatchObject({
      ok: false,
      fieldErrors: { current: ['請輸入目前的密碼'] },
    });
    expect(await changeOwnPasswordAction(null, form({ current: 'not-my-password', password: CHOSEN, confirm: CHOSEN }))).toMatchObject({
      ok: false,
      fieldErrors: { current: ['目前的密碼不正確'] },
    });
    expect(await passwordIs('later@news.example', GIVEN)).toBe(true);
    expect(session.signIns).toEqual([]);
  });

  it('afterwards, with the current password, changes it and returns to the profile', async () => {
    session.person = await person('profile@news.example', false);
    expect(await changeOwnPasswordAction(null, form({ current: GIVEN, password: CHOSEN, confirm: CHOSEN }))).toEqual({ ok: true, data: undefined });
    expect(await passwordIs('profile@news.example', CHOSEN)).toBe(true);
    expect(session.signIns).toEqual([['credentials', { email: 'profile@news.example', password: CHOSEN, redirectTo: '/dashboard/profile?password=changed' }]]);
  });

  it('refuses two new passwords that differ, and a signed-out caller', async () => {
    session.person = await person('typo@news.example', true);
    expect(await changeOwnPasswordAction(null, form({ password: CHOSEN, confirm: `${CHOSEN}x` }))).toMatchObject({ ok: false, fieldErrors: { confirm: ['兩次輸入的新密碼不一致'] } });
    session.person = null;
    expect(await changeOwnPasswordAction(null, form({ password: CHOSEN, confirm: CHOSEN }))).toMatchObject({ ok: false, code: 'unauthenticated' });
    expect(await passwordIs('typo@news.example', GIVEN)).toBe(true);
  });
});
