/**
 * Addresses whose percent-encoding cannot be decoded (`/%ff`, `/topics/%`, `/channels/%c3%28`)
 * come from bots and broken links all day. Next's router throws on them while matching a
 * dynamic route and, with no Pages Router error page to render, answers a bare 500 and logs
 * nothing (vercel/next.js#94278, #92527). proxy.ts runs before that matching and turns them
 * away here: 400, a short page, and a line in the log at most once a minute.
 */

/** True when the path (as sent, still percent-encoded) is not valid percent-encoded UTF-8. */
export function isMalformedPath(pathname: string): boolean {
  if (!pathname.includes('%')) return false;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

const QUIET_MS = 60_000;
let lastLoggedAt = Number.NEGATIVE_INFINITY;
let unlogged = 0;

/** Notes one malformed address; writes a log line only if none was written in the last minute. */
export function noteMalformedAddress(address: string, now = Date.now(), log: (line: string) => void = console.warn): boolean {
  unlogged += 1;
  if (now - lastLoggedAt < QUIET_MS) return false;
  const count = unlogged;
  lastLoggedAt = now;
  unlogged = 0;
  // The address is the client's: cut short and shown escaped, never as raw bytes.
  const shown = JSON.stringify(address.slice(0, 200));
  log(`400 malformed address ${shown}${count > 1 ? ` (${count} since the last note)` : ''}`);
  return true;
}

/** For tests: forget what was logged. */
export function resetMalformedAddressLog(): void {
  lastLoggedAt = Number.NEGATIVE_INFINITY;
  unlogged = 0;
}

const page = `<!doctype html>
<html lang="zh-Hant"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta name="viewport" content="width=device-width, initial-scale=1"><title>網址無效</title></head>
<body style="max-width:40rem;margin:4rem auto;padding:0 1rem;font-family:system-ui,sans-serif;line-height:1.6">
<h1>網址無效</h1><p>這個網址的編碼有誤，無法開啟。請檢查網址，或回到首頁。</p><p><a href="/">回到首頁</a></p>
</body></html>`;

/** The answer to a malformed address: the same short page for every one, which any cache may keep. */
export function refuseMalformedAddress(pathname: string): Response {
  noteMalformedAddress(pathname);
  return new Response(page, {
    status: 400,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=3600', 'X-Content-Type-Options': 'nosniff' },
  });
}
