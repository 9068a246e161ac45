import NextAuth from 'next-auth';
import { type NextFetchEvent, type NextRequest, NextResponse } from 'next/server';
import { authConfig } from '@/lib/auth.config';
import { authSecret } from '@/lib/auth-secret';
import { isMalformedPath, refuseMalformedAddress } from '@/lib/malformed-address';
import { isVariant, splitVariantPath, variantCookie, variantPrefix } from '@/lib/reader/variant';
import { needsNoncePolicy, withNoncePolicy, withNoncePolicyAfter } from '@/lib/staff-csp';

// An address that cannot be decoded is answered 400 here, before Next's router would fail on
// it with a 500 (lib/malformed-address.ts). Then three conveniences, none a security boundary,
// and the per-request script policy (a nonce) for the pages rendered per request
// (lib/staff-csp.ts):
// - signed-out visitors to /dashboard go to /login (the real checks live in lib/session.ts);
// - `/zh-hans/…` and `/zh-hant/…` are reader pages only, and the reader's choice of script is
//   remembered in a cookie (next.config.ts maps each address to its cached page);
// - the reader pages' internal segment (`/default/…`, `/hans/…`, `/hant/…`) has no public address.
const { auth } = NextAuth(() => ({ ...authConfig, secret: authSecret() }));
const dashboard = auth as unknown as (request: NextRequest, event: NextFetchEvent) => Promise<Response | undefined>;

const oneYear = 365 * 24 * 60 * 60;
const readerPath = /^\/(?:$|articles\/|channels\/[^/]+$|topics(?:\/[^/]+)?$|search$)/;
const internalSegment = /^\/(?:default|hans|hant)(?:\/|$)/;

/** Redirects that depend on a cookie must never be kept by a shared cache. */
function personalRedirect(url: URL, status: 307 | 308): NextResponse {
  const response = NextResponse.redirect(url, status);
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname, search } = request.nextUrl;
  if (isMalformedPath(pathname)) return refuseMalformedAddress(pathname);
  if (pathname === '/dashboard' || pathname.startsWith('/dashboard/')) return withNoncePolicyAfter(await dashboard(request, event), request);
  if (needsNoncePolicy(pathname)) return withNoncePolicy(request);
  if (internalSegment.test(pathname)) return new NextResponse('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

  const { variant, path } = splitVariantPath(pathname);
  if (variant && !readerPath.test(path)) {
    // Only reader pages have a 简体 address; the workspace, sign-in and files have one address.
    const url = request.nextUrl.clone();
    url.pathname = path;
    return NextResponse.redirect(url, 308);
  }
  if (variant) {
    const response = NextResponse.next();
    if (request.cookies.get(variantCookie)?.value !== variant) {
      response.cookies.set(variantCookie, variant, { path: '/', maxAge: oneYear, sameSite: 'lax' });
      response.headers.set('Cache-Control', 'private, no-store');
    }
    return response;
  }
  // A reader who chose a script before gets that script's address (its own URL, so no cache
  // ever hands one script to a reader of the other).
  const chosen = request.cookies.get(variantCookie)?.value;
  if (isVariant(chosen) && request.method === 'GET' && readerPath.test(pathname)) {
    const url = request.nextUrl.clone();
    url.pathname = pathname === '/' ? variantPrefix[chosen] : `${variantPrefix[chosen]}${pathname}`;
    url.search = search;
    return personalRedirect(url, 307);
  }
  return NextResponse.next();
}

export const config = {
  matcher: [
    // Any address with a percent sign, so one that cannot be decoded is turned away before
    // Next's router throws on it (lib/malformed-address.ts).
    '/(.*%.*)',
    '/dashboard/:path*',
    '/login',
    '/change-password',
    '/preview/:path*',
    '/zh-hans/:path*',
    '/zh-hant/:path*',
    '/default/:path*',
    '/hans/:path*',
    '/hant/:path*',
    // Unprefixed reader pages only for a reader who chose a script: everyone else is served the
    // cached page without running the proxy at all.
    {
      source: '/((?!_next/|api/|media/|login|change-password|dashboard|favicon\\.ico|feed\\.xml|sitemap|news-sitemap|robots\\.txt|channels/[^/]+/feed\\.xml).*)',
      has: [{ type: 'cookie', key: 'zebian-variant' }],
    },
  ],
};
