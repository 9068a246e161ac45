import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSettings, publicUrl, settingsSchema } from './env';

describe('settings', () => {
  it('gives every setting its default when the environment is empty', () => {
    const settings = parseSettings({});
    expect(settings).toMatchObject({ PORT: 3000, DATA_DIR: 'data', DATABASE_POOL_SIZE: 10, SEED_DEMO: 'true', MEDIA_MAX_IMAGE_MB: 25, REDIS_KEY_PREFIX: 'zebian:' });
    expect(settings.PUBLIC_URL).toBeUndefined();
    expect(publicUrl(settings)).toBe('http://localhost:3000');
  });

  it('reads numbers as numbers and treats an empty value as unset', () => {
    const settings = parseSettings({ PORT: '4200', DATABASE_POOL_SIZE: '25', MEDIA_MAX_VIDEO_MB: '1.5', DATABASE_URL: '', REDIS_URL: '' });
    expect(settings).toMatchObject({ PORT: 4200, DATABASE_POOL_SIZE: 25, MEDIA_MAX_VIDEO_MB: 1.5 });
    expect(settings.DATABASE_URL).toBeUndefined();
    expect(settings.REDIS_URL).toBeUndefined();
  });

  it('keeps PUBLIC_URL without a trailing slash, the one fallback on localhost otherwise', () => {
    const settings = parseSettings({ PUBLIC_URL: 'https://news.example.com/', PORT: '8080' });
    expect(settings.PUBLIC_URL).toBe('https://news.example.com');
    expect(publicUrl(settings)).toBe('https://news.example.com');
    expect(publicUrl(parseSettings({ PORT: '8080' }))).toBe('http://localhost:8080');
  });

  it('names every wrong setting in one message', () => {
    const wrong = { PORT: 'eighty', DATABASE_POOL_SIZE: '0', PUBLIC_URL: 'news.example.com', DATABASE_URL: 'mysql://x', SEED_DEMO: 'no', TRUSTED_PROXIES: 'not-an-address', MEDIA_MAX_IMAGE_MB: '-1' };
    let message = '';
    try {
      parseSettings(wrong);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('Zebian cannot start');
    for (const name of Object.keys(wrong)) expect(message).toContain(`${name}:`);
    expect(message).toContain('PUBLIC_URL: must be an address such as https://news.example.com');
  });

  it('is documented, key for key, in the README configuration table', () => {
    const readme = fs.readFileSync(path.join(import.meta.dirname, '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'));
    const start = section.indexOf('\n|');
    const table = section.slice(start, section.indexOf('\n\n', start));
    const documented = new Set(table.split('\n').filter((line) => line.startsWith('| `')).flatMap((line) => [...line.split('|')[1]!.matchAll(/`([A-Z0-9_]+)`/g)].map((m) => m[1]!)));
    const keys = Object.keys(settingsSchema.shape);
    expect(keys.filter((key) => !documented.has(key))).toEqual([]);
    // HOST is read by scripts/start.mjs only (the address `next start` binds to).
    expect([...documented].filter((key) => !keys.includes(key) && key !== 'HOST')).toEqual([]);
  });
});
