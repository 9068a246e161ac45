// The security headers on every response (README: "Security"). Two kinds of page, two script
// policies:
// - reader pages (and feeds, sitemaps, files) are rendered once and served whole from caches, so
//   they cannot carry a per-request nonce, and Next's inline scripts change with every page, so a
//   fixed list of hashes cannot cover them: they allow inline scripts from the page itself but
//   nothing from elsewhere, no eval, no inline event handlers, no plugins, no <base>;
// - the workspace, sign-in, password change and previews are rendered per request, so proxy.ts
//   gives each response a fresh nonce and only scripts carrying it (and what they load) run.
// Nothing is framed by anyone (frame-ancestors 'none'), reader pages included: the site offers
// no embedding, and a frame would only let another site dress our pages as its own.
// These rules are read by next.config.ts (at build) and proxy.ts (per request).

interface SecurityOptions {
  /** `next dev`: React needs eval for its debugging aids there, never in production. */
  dev: boolean;
  /** The site is served over https (PUBLIC_URL): HSTS, and upgrade any stray http subresource. */
  https: boolean;
}

export function securityOptions(env: { NODE_ENV?: string; PUBLIC_URL?: string }): SecurityOptions {
  return { dev: env.NODE_ENV === 'development', https: (env.PUBLIC_URL ?? '').startsWith('https://') };
}

type Directives = Record<string, string[]>;

function policy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

function sharedDirectives({ https }: SecurityOptions): Directives {
  return {
    'default-src': ["'self'"],
    // React and the editor set style attributes; styles cannot run code.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'media-src': ["'self'", 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'frame-src': ["'none'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/** Reader pages, served whole from caches: inline scripts of the page, nothing from elsewhere. */
export function readerPolicy(options: SecurityOptions): string {
  return policy({
    ...sharedDirectives(options),
    'script-src': ["'self'", "'unsafe-inline'", ...(options.dev ? ["'unsafe-eval'"] : [])],
    'script-src-attr': ["'none'"],
  });
}

/** Pages rendered per request (workspace, sign-in, previews): only scripts with this nonce. */
export function staffPolicy(nonce: string, options: SecurityOptions): string {
  return policy({
    ...sharedDirectives(options),
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.dev ? ["'unsafe-eval'"] : [])],
    'script-src-attr': ["'none'"],
  });
}

/** Uploaded files and API answers are never documents: nothing runs, nothing loads, no framing. */
const filePolicy = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

// Features the newsroom never uses are switched off for the page and anything it might embed.
const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'bluetooth',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
  'xr-spatial-tracking',
];
const permissionsPolicy = [...deniedFeatures.map((f) => `${f}=()`), 'fullscreen=(self)', 'picture-in-picture=(self)'].join(', ');

type Header = { key: string; value: string };

/** The headers every response carries, whatever it is. */
export function commonHeaders(options: SecurityOptions): Header[] {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: permissionsPolicy },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ...(options.https ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000' }] : []),
  ];
}

// Addresses rendered per request, whose Content-Security-Policy (with its nonce) comes from
// proxy.ts; everything else gets its policy here, once, at build.
export const perRequestPolicyPaths = ['dashboard', 'login', 'change-password', 'preview'];
const perRequestOrFiles = [...perRequestPolicyPaths, 'media', 'api'];

/** Header rules for next.config.ts `headers()`. */
export function securityHeaderRules(options: SecurityOptions): { source: string; headers: Header[] }[] {
  return [
    { source: '/:path*', headers: commonHeaders(options) },
    { source: `/((?!(?:${perRequestOrFiles.join('|')})(?:/|$)).*)`, headers: [{ key: 'Content-Security-Policy', value: readerPolicy(options) }] },
    ...['/media/:path*', '/api/:path*'].map((source) => ({ source, headers: [{ key: 'Content-Security-Policy', value: filePolicy }] })),
  ];
}

/** A fresh nonce for one response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
