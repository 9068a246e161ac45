import { beforeEach, describe, expect, it } from 'vitest';
import { isMalformedPath, noteMalformedAddress, refuseMalformedAddress, resetMalformedAddressLog } from './malformed-address';

describe('isMalformedPath', () => {
  it.each([
    ['/%ff', true],
    ['/articles/%ff', true],
    ['/channels/%c3%28', true],
    ['/topics/%', true],
    ['/media/%ff%fe', true],
    ['/feed.xml%ff', true],
    ['/zh-hans/articles/%E0%A4%A', true],
    ['/', false],
    ['/articles/12/%E5%86%AC%E6%8D%95', false],
    ['/channels/local', false],
    ['/search', false],
    ['/50%25', false],
  ])('%s → %s', (path, malformed) => {
    expect(isMalformedPath(path)).toBe(malformed);
  });
});

describe('noteMalformedAddress', () => {
  beforeEach(() => resetMalformedAddressLog());

  it('logs the first address, then at most once a minute with the count in between', () => {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    expect(noteMalformedAddress('/%ff', 0, log)).toBe(true);
    expect(noteMalformedAddress('/articles/%ff', 10_000, log)).toBe(false);
    expect(noteMalformedAddress('/topics/%', 59_999, log)).toBe(false);
    expect(noteMalformedAddress('/login%ff', 60_000, log)).toBe(true);
    expect(lines).toEqual(['400 malformed address "/%ff"', '400 malformed address "/login%ff" (3 since the last note)']);
  });

  it('cuts a long address short and escapes what it shows', () => {
    const lines: string[] = [];
    noteMalformedAddress(`/${'a'.repeat(500)}\n`, 0, (line) => lines.push(line));
    expect(lines[0]!.length).toBeLessThan(260);
    expect(lines[0]).not.toContain('\n');
  });
});

describe('refuseMalformedAddress', () => {
  it('answers 400 with a short zh-Hant page', async () => {
    resetMalformedAddressLog();
    const response = refuseMalformedAddress('/%ff');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('網址無效');
  });
});
