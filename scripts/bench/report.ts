/**
 * Figures of one `npm run bench` run: HTTP rows from raw latencies, the targets of the
 * performance issue checked against them, and the printed table.
 */

/** Channel pages rendered on request (a new cursor each time), beside the cached ones. */
export const unseenPagesRow = 'channel later pages, uncached';

export interface HttpRow {
  /** What was measured, e.g. "article", "baseline article", "article via front cache". */
  name: string;
  path: string;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

interface BrowserFigures {
  frameworkJsBytes: number;
  ownJsBytes: number;
  totalTransferBytes: number;
  lcpMs: number;
  cls: number;
  baselineLcpMs: number;
}

export interface BenchResult {
  when: string;
  commit: string;
  engine: 'pglite' | 'postgres';
  stories: number;
  machine: { cpus: number; node: string };
  loadSeconds: number;
  baselineServer: 'nginx' | 'node';
  http: HttpRow[];
  publishToVisibleMs: { direct: number[]; viaFrontCache: number[] };
  browser: BrowserFigures | null;
  peakMemoryMb: number;
  /** Two servers on one PostgreSQL database and one Redis, or why they were not measured. */
  twoServers?: TwoServerFigures | { skipped: string };
}

export interface TwoServerFigures {
  /** Publishing on the first server until the second shows the story on its front and channel pages. */
  publishToVisibleOtherMs: number[];
  /** Readers spread over both servers (half the connections on each). */
  readers: HttpRow;
  /** Peak resident memory of each server during the readers' load. */
  memoryMb: number[];
}

interface TargetCheck {
  target: string;
  measured: string;
  pass: boolean;
}

/** The value below which `p` of the sorted samples lie (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function median(values: number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

/** One HTTP row from the latencies (ms) of every response in the measured window. */
export function httpRow(
  name: string,
  path: string,
  connections: number,
  latencies: number[],
  seconds: number,
  errors: number,
): HttpRow {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    name,
    path,
    connections,
    requests: sorted.length,
    rps: Math.round(sorted.length / seconds),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    errors,
  };
}

function find(result: BenchResult, name: string, connections: number): HttpRow | undefined {
  return result.http.find((r) => r.name === name && r.connections === connections);
}

/** The issue's targets, each with what this run measured. */
export function checkTargets(result: BenchResult): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const baseline = find(result, 'baseline article', 32);
  const article = find(result, 'article', 32);
  const cached = find(result, 'article via front cache', 32);
  if (baseline && article) {
    const ratio = article.rps / Math.max(1, baseline.rps);
    checks.push({ target: 'article on next start ≥ 0.1× baseline req/s at 32', measured: `${ratio.toFixed(2)}×`, pass: ratio >= 0.1 });
    checks.push({ target: 'article p99 < 150 ms at 32, no errors', measured: `${article.p99} ms, ${article.errors} errors`, pass: article.p99 < 150 && article.errors === 0 });
  }
  if (baseline && cached) {
    const ratio = cached.rps / Math.max(1, baseline.rps);
    checks.push({ target: 'article via front cache ≥ 0.7× baseline, no errors', measured: `${ratio.toFixed(2)}×, ${cached.errors} errors`, pass: ratio >= 0.7 && cached.errors === 0 });
  }
  for (const name of ['channel first page', 'channel deep page', unseenPagesRow, 'search (繁)', 'search (简)']) {
    const row = find(result, name, 1);
    if (row) checks.push({ target: `${name} p95 < 50 ms`, measured: `${row.p95} ms`, pass: row.p95 < 50 });
  }
  const direct = result.publishToVisibleMs.direct;
  if (direct.length) checks.push({ target: 'publish→visible < 1 s', measured: `${median(direct)} ms (median of ${direct.length})`, pass: median(direct) < 1000 });
  const viaCache = result.publishToVisibleMs.viaFrontCache;
  if (viaCache.length) {
    checks.push({ target: 'publish→visible via front cache < 1 s', measured: `${median(viaCache)} ms (median of ${viaCache.length})`, pass: median(viaCache) < 1000 });
  }
  const b = result.browser;
  if (b) {
    checks.push({ target: 'own JS ≤ 15 KB compressed', measured: `${(b.ownJsBytes / 1024).toFixed(1)} KB (framework ${(b.frameworkJsBytes / 1024).toFixed(1)} KB)`, pass: b.ownJsBytes <= 15 * 1024 });
    checks.push({ target: 'CLS 0', measured: String(b.cls), pass: b.cls === 0 });
    const lcpRatio = b.lcpMs / Math.max(1, b.baselineLcpMs);
    checks.push({ target: 'LCP ≤ 1.5× baseline page', measured: `${b.lcpMs} ms vs ${b.baselineLcpMs} ms (${lcpRatio.toFixed(2)}×)`, pass: lcpRatio <= 1.5 });
  }
  checks.push({ target: 'server memory under load < 400 MB', measured: `${result.peakMemoryMb} MB`, pass: result.peakMemoryMb > 0 && result.peakMemoryMb < 400 });
  return checks;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Display width: CJK characters take two columns in a terminal. */
function width(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u2e80-\uffef]/.test(ch) ? 2 : 1;
  return n;
}

/** The printed report: HTTP figures, then the targets. Markdown, so it pastes into the README. */
export function formatReport(result: BenchResult): string {
  const http = table(
    ['page', 'conn', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'],
    result.http.map((r) => [r.name, String(r.connections), String(r.rps), String(r.p50), String(r.p95), String(r.p99), String(r.errors)]),
  );
  const targets = table(
    ['target', 'measured', 'met'],
    checkTargets(result).map((c) => [c.target, c.measured, c.pass ? 'yes' : 'NO']),
  );
  const two = result.twoServers;
  const twoServers = !two
    ? ''
    : 'skipped' in two
      ? `\n\nTwo servers: not measured (${two.skipped})`
      : `\n\n${table(
          ['two servers (one PostgreSQL, one Redis)', 'measured'],
          [
            ['publish on one → visible on the other, median (ms)', `${median(two.publishToVisibleOtherMs)} (${two.publishToVisibleOtherMs.join(', ')})`],
            [`readers, ${two.readers.connections} connections over both: req/s`, String(two.readers.rps)],
            ['readers: p95 ms / errors', `${two.readers.p95} / ${two.readers.errors}`],
            ['peak memory per server (MB)', two.memoryMb.join(', ')],
          ],
        )}`;
  const head = `Zebian bench · ${result.when} · ${result.commit.slice(0, 7)} · ${result.engine} · ${result.stories} stories (loaded in ${result.loadSeconds} s) · ${result.machine.cpus} CPUs · Node ${result.machine.node} · baseline: ${result.baselineServer}`;
  return `${head}\n\n${http}\n\n${targets}${twoServers}\n`;
}
