import { expect, it } from 'vitest';
import { ADDRESS_LIMIT, ACCOUNT_LIMIT, admitSignInAttempt, signInFailed, signInSucceeded } from '@/lib/sign-in-guard';
import { clientAddressFrom, parseTrustedProxies, PEER_HEADER } from '@/lib/client-address';
import { describeOnEachEngine } from '../testing';
import { listAudit } from './audit';
import { listSignInFailures, throttleKeys } from './sign-in-throttle';

const minutes = (n: number, from = new Date()) => new Date(from.getTime() + n * 60_000);

/** One guess as lib/auth.ts makes it: admitted or not, and a wrong password recorded. */
async function guess(db: Parameters<typeof admitSignInAttempt>[0], email: string, address: string, correct = false, now = new Date()) {
  const keys = throttleKeys(email, address);
  const decision = await admitSignInAttempt(db, keys, now);
  if (!decision.allowed) return 'refused';
  if (correct) {
    await signInSucceeded(db, keys, now);
    return 'signed-in';
  }
  await signInFailed(db, keys, now);
  return 'checked';
}

describeOnEachEngine('sign-in limits', ({ db }) => {
  it('checks at most five of thirty parallel guesses at one account', async () => {
    const results = await Promise.all(Array.from({ length: 30 }, () => guess(db(), 'lin@news.example', '203.0.113.7')));
    expect(results.filter((r) => r === 'checked')).toHaveLength(5);
    expect(results.filter((r) => r === 'refused')).toHaveLength(25);
    // Every refusal is in the audit log, by account and address.
    const refused = await listAudit(db(), { action: 'auth.sign-in-refused', limit: 100, reader: { id: 0, role: 'admin', active: true } });
    expect(refused.items).toHaveLength(25);
    expect(refused.items[0]!.after).toMatchObject({ email: 'lin@news.example', address: '203.0.113.7', reason: 'back-off' });
  });

  it('backs off exponentially per account and address, and a correct password ends it', async () => {
    const t0 = new Date('2026-12-01T08:00:00Z');
    for (let i = 0; i < 5; i++) expect(await guess(db(), 'lin@news.example', '203.0.113.7', false, t0)).toBe('checked');
    expect(await guess(db(), 'lin@news.example', '203.0.113.7', true, t0)).toBe('refused');
    // One minute, then two, then four.
    expect(await guess(db(), 'lin@news.example', '203.0.113.7', false, minutes(1, t0))).toBe('checked');
    expect(await guess(db(), 'lin@news.example', '203.0.113.7', false, minutes(2.5, t0))).toBe('refused');
    expect(await guess(db(), 'lin@news.example', '203.0.113.7', false, minutes(3, t0))).toBe('checked');
    expect(await guess(db(), 'lin@news.example', '203.0.113.7', false, minutes(6, t0))).toBe('refused');
    expect(await guess(db(), 'lin@news.example', '203.0.113.7', true, minutes(7, t0))).toBe('signed-in');
    // Afresh after the success.
    for (let i = 0; i < 4; i++) expect(await guess(db(), 'lin@news.example', '203.0.113.7', false, minutes(8, t0))).toBe('checked');
  });

  it('lets the editor in from her own address while another address is locked out of her account', async () => {
    const t0 = new Date('2026-12-01T08:00:00Z');
    for (let i = 0; i < 12; i++) await guess(db(), 'lin@news.example', '198.51.100.66', false, t0);
    expect(await guess(db(), 'lin@news.example', '198.51.100.66', true, t0)).toBe('refused');
    expect(await guess(db(), 'lin@news.example', '203.0.113.7', true, t0)).toBe('signed-in');
  });

  it('never keeps a staff member with the right password out after guesses at made-up accounts from the same address', async () => {
    const t0 = new Date('2026-12-01T08:00:00Z');
    for (let i = 0; i < 40; i++) await guess(db(), `nobody${i}@news.example`, '127.0.0.1', false, t0);
    expect(await guess(db(), 'chief@news.example', '127.0.0.1', true, t0)).toBe('signed-in');
    // The busy address gets one guess per account before the back-off starts.
    expect(await guess(db(), 'lin@news.example', '127.0.0.1', false, t0)).toBe('checked');
    expect(await guess(db(), 'lin@news.example', '127.0.0.1', false, t0)).toBe('refused');
    expect(ADDRESS_LIMIT).toBeLessThan(40);
  });

  it('under a guessing attack from many addresses, an account admits only its usual addresses', async () => {
    const t0 = new Date('2026-12-01T08:00:00Z');
    await guess(db(), 'lin@news.example', '203.0.113.7', true, minutes(-60, t0));
    for (let i = 0; i <= ACCOUNT_LIMIT; i++) await guess(db(), 'lin@news.example', `198.51.100.${i}`, false, t0);
    expect(await guess(db(), 'lin@news.example', '198.51.100.200', true, t0)).toBe('refused');
    expect(await guess(db(), 'lin@news.example', '203.0.113.7', true, t0)).toBe('signed-in');
    // The window passes and a new address may try again.
    expect(await guess(db(), 'lin@news.example', '198.51.100.201', true, minutes(16, t0))).toBe('signed-in');
  });

  it('counts spoofed X-Forwarded-For from an untrusted client as one address', async () => {
    const trusted = parseTrustedProxies('');
    const results: string[] = [];
    for (let i = 0; i < 8; i++) {
      const headers = new Headers({ [PEER_HEADER]: '203.0.113.7', 'x-forwarded-for': `10.9.${i}.1` });
      results.push(await guess(db(), 'lin@news.example', clientAddressFrom(headers, trusted)));
    }
    expect(results.filter((r) => r === 'checked')).toHaveLength(5);
    const [summary] = await listSignInFailures(db(), { hours: 1 });
    expect(summary).toMatchObject({ email: 'lin@news.example', address: '203.0.113.7', failed: 5, refused: 3 });
  });

  it('takes the client address from a trusted proxy, and a spoofed one behind it changes nothing', async () => {
    const trusted = parseTrustedProxies('127.0.0.1');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        // nginx appends the real client (198.51.100.5) after whatever the client claimed.
        const headers = new Headers({ [PEER_HEADER]: '127.0.0.1', 'x-forwarded-for': `10.9.${i}.1, 198.51.100.5` });
        return guess(db(), 'lin@news.example', clientAddressFrom(headers, trusted));
      }),
    );
    expect(results.filter((r) => r === 'checked')).toHaveLength(5);
    const summaries = await listSignInFailures(db(), { hours: 1 });
    expect(summaries.map((s) => s.address)).toEqual(['198.51.100.5']);
  });
});
