import { describe, expect, it } from 'vitest';
import { type BenchResult, checkTargets, formatReport, httpRow, median, percentile, unseenPagesRow } from './report';

function result(overrides: Partial<BenchResult> = {}): BenchResult {
  return {
    when: '2026-12-01T00:00:00.000Z',
    commit: 'abcdef0123',
    engine: 'pglite',
    stories: 10000,
    machine: { cpus: 2, node: '20.20.2' },
    loadSeconds: 12.5,
    baselineServer: 'nginx',
    http: [
      httpRow('baseline article', '/article.html', 32, Array(1000).fill(5), 1, 0),
      httpRow('article', '/articles/5', 32, Array(200).fill(40), 1, 0),
      httpRow('article via front cache', '/articles/5', 32, Array(800).fill(8), 1, 0),
      httpRow('channel first page', '/channels/local', 1, [...Array(94).fill(10), ...Array(6).fill(80)], 1, 0),
      httpRow(unseenPagesRow, '/channels/local?after=1_1', 1, Array(100).fill(12), 1, 0),
    ],
    publishToVisibleMs: { direct: [300, 200, 900], viaFrontCache: [1200, 1500, 800] },
    browser: { frameworkJsBytes: 120_000, ownJsBytes: 9_000, totalTransferBytes: 300_000, lcpMs: 120, cls: 0, baselineLcpMs: 100 },
    peakMemoryMb: 250,
    ...overrides,
  };
}

describe('bench report', () => {
  it('takes percentiles by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([], 50)).toBe(0);
    expect(median([900, 200, 300])).toBe(300);
  });

  it('turns latencies into a row of requests per second and percentiles', () => {
    const row = httpRow('article', '/articles/1', 32, [3, 1, 2, 4], 2, 1);
    expect(row).toMatchObject({ requests: 4, rps: 2, p50: 2, p99: 4, errors: 1 });
  });

  it('checks each target against what was measured', () => {
    const checks = checkTargets(result());
    const by = (prefix: string) => checks.find((c) => c.target.startsWith(prefix))!;
    expect(by('article on next start').pass).toBe(true); // 200 vs 1000 = 0.2×
    expect(by('article via front cache').pass).toBe(true); // 0.8×
    expect(by('channel first page').pass).toBe(false); // p95 is 80 ms
    expect(by(unseenPagesRow).pass).toBe(true); // p95 is 12 ms
    expect(by('publish→visible < 1 s').pass).toBe(true);
    expect(by('publish→visible via front cache').pass).toBe(false);
    expect(by('own JS').pass).toBe(true);
    expect(by('LCP').pass).toBe(true);
    expect(by('server memory').pass).toBe(true);
    expect(checkTargets(result({ peakMemoryMb: 512 })).find((c) => c.target.startsWith('server memory'))!.pass).toBe(false);
  });

  it('prints one table of pages and one of targets, aligned for Chinese names', () => {
    const text = formatReport(result({ http: [httpRow('search (繁)', '/search?q=x', 1, [1], 1, 0), httpRow('article', '/articles/1', 1, [1], 1, 0)] }));
    const lines = text.split('\n').filter((l) => /^\| (search \(繁\)|article)\s+\| 1 /.test(l));
    expect(lines).toHaveLength(2);
    // "search (繁)" is 11 characters but 12 columns wide: both rows end at the same column.
    const columns = (line: string) => [...line].reduce((n, ch) => n + (/[\u2e80-\uffef]/.test(ch) ? 2 : 1), 0);
    expect(columns(lines[0]!)).toBe(columns(lines[1]!));
    expect(text).toContain('| target');
    expect(text).toContain('pglite · 10000 stories');
  });
});
