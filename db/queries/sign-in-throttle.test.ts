import { expect, it } from 'vitest';
import { describeOnEachEngine } from '../testing';
import { clearAccountFailures, isThrottled, recordSignInFailure, throttleKeys } from './sign-in-throttle';

describeOnEachEngine('sign-in throttle', ({ db }) => {
  it('throttles an account after five failures, and only that account', async () => {
    const keys = throttleKeys('Lin@News.example', '10.0.0.1');
    for (let i = 0; i < 4; i++) await recordSignInFailure(db(), keys, 'lin@news.example');
    expect(await isThrottled(db(), keys)).toBe(false);
    await recordSignInFailure(db(), keys, 'lin@news.example');
    expect(await isThrottled(db(), keys)).toBe(true);
    expect(await isThrottled(db(), throttleKeys('other@news.example', '10.0.0.2'))).toBe(false);
  });

  it('throttles an address that tries many accounts', async () => {
    for (let i = 0; i < 20; i++) await recordSignInFailure(db(), throttleKeys(`user${i}@news.example`, '10.0.0.9'), `user${i}@news.example`);
    expect(await isThrottled(db(), throttleKeys('fresh@news.example', '10.0.0.9'))).toBe(true);
  });

  it('forgets failures outside the window and after a successful sign-in', async () => {
    const keys = throttleKeys('lin@news.example', '10.0.0.1');
    for (let i = 0; i < 5; i++) await recordSignInFailure(db(), keys, 'lin@news.example');
    expect(await isThrottled(db(), keys, new Date(Date.now() + 16 * 60_000))).toBe(false);
    await clearAccountFailures(db(), keys.account);
    expect(await isThrottled(db(), { ...keys, address: 'address:elsewhere' })).toBe(false);
  });
});
