import { describe, expect, it } from 'vitest';
import { commonHeaders, readerPolicy, securityHeaderRules, securityOptions, staffPolicy } from './security-headers';
import { NextRequest, NextResponse } from 'next/server';
import { needsNoncePolicy, withNoncePolicyAfter } from './staff-csp';

const production = securityOptions({ NODE_ENV: 'production', PUBLIC_URL: 'http://localhost:3000' });
const https = securityOptions({ NODE_ENV: 'production', PUBLIC_URL: 'https://news.example' });
const dev = securityOptions({ NODE_ENV: 'development' });

describe('security headers', () => {
  it('sends HSTS and upgrades requests only when PUBLIC_URL is https', () => {
    expect(commonHeaders(production).map((h) => h.key)).not.toContain('Strict-Transport-Security');
    expect(commonHeaders(https)).toContainEqual({ key: 'Strict-Transport-Security', value: 'max-age=31536000' });
    expect(readerPolicy(production)).not.toContain('upgrade-insecure-requests');
    expect(readerPolicy(https)).toContain('upgrade-insecure-requests');
  });

  it('allows eval in development only', () => {
    for (const policy of [readerPolicy(production), staffPolicy('n0nce', production), readerPolicy(https)]) expect(policy).not.toContain('unsafe-eval');
    expect(readerPolicy(dev)).toContain("'unsafe-eval'");
    expect(staffPolicy('n0nce', dev)).toContain("'unsafe-eval'");
  });

  it('gives per-request pages a nonce and no unsafe-inline for scripts', () => {
    const policy = staffPolicy('n0nce', production);
    expect(policy).toContain("script-src 'self' 'nonce-n0nce' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    for (const p of [policy, readerPolicy(production)]) {
      expect(p).toContain("object-src 'none'");
      expect(p).toContain("base-uri 'none'");
      expect(p).toContain("frame-ancestors 'none'");
    }
  });

  it.each([
    ['/dashboard', true],
    ['/dashboard/staff', true],
    ['/login', true],
    ['/change-password', true],
    ['/preview/abc', true],
    ['/', false],
    ['/articles/1', false],
    ['/dashboards', false],
    ['/loginx', false],
  ])('%s is rendered per request with a nonce: %s', (path, expected) => {
    expect(needsNoncePolicy(path)).toBe(expected);
  });

  it('leaves the policy of per-request pages to the proxy', () => {
    const readerRule = securityHeaderRules(production).find((r) => r.headers.some((h) => h.value === readerPolicy(production)))!;
    // The rule's source is a path-to-regexp pattern: the part in parentheses is a plain regex.
    const pattern = new RegExp(`^/${readerRule.source.slice(2, -1)}$`);
    for (const path of ['/', '/articles/1', '/zh-hans/topics', '/feed.xml', '/logo.png']) expect(pattern.test(path)).toBe(true);
    for (const path of ['/dashboard', '/dashboard/staff', '/login', '/preview/x', '/media/a.jpg', '/api/media']) expect(pattern.test(path)).toBe(false);
  });
});

describe('the nonce after Auth.js has decided', () => {
  const request = new NextRequest('http://127.0.0.1/dashboard/staff');
  it('keeps a redirect to sign-in as it is', () => {
    const redirect = NextResponse.redirect('http://127.0.0.1/login', 307);
    expect(withNoncePolicyAfter(redirect, request)).toBe(redirect);
  });
  it('gives a pass-through a nonce policy and keeps its cookies', () => {
    const next = new Response(null, NextResponse.next());
    next.headers.append('set-cookie', 'authjs.session-token=x; Path=/');
    const response = withNoncePolicyAfter(next, request);
    expect(response.headers.get('content-security-policy')).toMatch(/'nonce-[^']+'/);
    expect(response.headers.get('set-cookie')).toContain('authjs.session-token=x');
  });
});
