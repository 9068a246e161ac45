import type { APIResponse, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Every kind of response carries the security headers (lib/security-headers.ts, README
// "Security"), and the pages still work under their script policies.

function expectCommonHeaders(response: APIResponse | { headers(): Record<string, string> }) {
  const h = response.headers();
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['permissions-policy']).toContain('geolocation=()');
  expect(h['x-powered-by']).toBeUndefined();
  // PUBLIC_URL is http in the tests: no HSTS.
  expect(h['strict-transport-security']).toBeUndefined();
  return h['content-security-policy'] ?? '';
}

function expectPagePolicy(csp: string) {
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-eval');
}

/** CSP violations the browser reports while the page runs. */
function collectViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

test('reader pages are cached whole under a policy without nonces, and still run', async ({ page, request }) => {
  const response = await request.get('/');
  const csp = expectCommonHeaders(response);
  expectPagePolicy(csp);
  expect(csp).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/);
  expect(csp).toContain("script-src-attr 'none'");
  expect(csp).not.toContain('nonce-');
  // The same bytes for every reader: nothing per request in the policy or the page.
  expect((await request.get('/')).headers()['content-security-policy']).toBe(csp);

  const violations = collectViolations(page);
  await page.goto('/');
  const article = page.getByRole('region', { name: '頭條' }).getByRole('link').first();
  await article.click();
  await expect(page).toHaveURL(/\/articles\/\d+$/);
  const articleResponse = await request.get(new URL(page.url()).pathname);
  expectPagePolicy(expectCommonHeaders(articleResponse));
  // The slideshow is client code: it opens, so scripts run under the policy.
  await page.getByRole('region', { name: '圖集' }).getByRole('button').first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(violations).toEqual([]);

  // A photo: never interpreted as a page.
  const src = await page.getByRole('region', { name: '圖集' }).getByRole('img').first().getAttribute('src');
  const media = await request.get(src!);
  expect(media.ok()).toBe(true);
  expect(expectCommonHeaders(media)).toMatch(/default-src 'none'.*sandbox/);
});

test('sign-in and the workspace get a fresh nonce per response, and work under it', async ({ request, admin }) => {
  const login = await request.get('/login');
  const csp = expectCommonHeaders(login);
  expectPagePolicy(csp);
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("'strict-dynamic'");
  expect(csp).not.toContain("'unsafe-inline' 'nonce");
  expect(await login.text()).toContain(`nonce="${nonce}"`);
  const again = /'nonce-([^']+)'/.exec(expectCommonHeaders(await request.get('/login')))?.[1];
  expect(again).not.toBe(nonce);

  const violations = collectViolations(admin);
  const staffPage = await admin.goto('/dashboard/staff');
  const staffCsp = expectCommonHeaders(staffPage!);
  expectPagePolicy(staffCsp);
  expect(staffCsp).toMatch(/'nonce-[^']+'/);
  expect(staffPage!.headers()['x-frame-options']).toBe('DENY');
  // Client code runs under the nonce policy: the rich-text editor mounts and takes typing.
  await admin.goto('/dashboard/articles/new');
  const body = admin.getByRole('textbox', { name: '正文' });
  await body.click();
  await admin.keyboard.type('政策之下照常編輯');
  await expect(body).toContainText('政策之下照常編輯');
  expect(violations).toEqual([]);

  // An API answer.
  const api = await admin.request.get('/api/auth/session');
  expect(api.ok()).toBe(true);
  expect(expectCommonHeaders(api)).toMatch(/default-src 'none'/);
});
