import NextAuth from 'next-auth';
import { type NextFetchEvent, type NextRequest, NextResponse } from 'next/server';
import { authConfig } from '@/lib/auth.config';
import { isVariant, splitVariantPath, variantCookie, variantHeader, variantPrefix } from '@/lib/reader/variant';

// Two conveniences, neither a security boundary:
// - signed-out visitors to /dashboard go to /login (the real checks live in lib/session.ts);
// - reader pages in 简体/繁體: `/zh-hans/…` and `/zh-hant/…` carry the variant on in a request
//   header (next.config.ts maps them to the page itself), and the choice is remembered in a cookie.
const { auth } = NextAuth(authConfig);
const dashboard = auth as unknown as (request: NextRequest, event: NextFetchEvent) => Promise<Response | undefined>;

const oneYear = 365 * 24 * 60 * 60;
const readerPath = /^\/(?:$|articles\/|channels\/[^/]+$|topics(?:\/[^/]+)?$|search$)/;

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname, search } = request.nextUrl;
  if (pathname === '/dashboard' || pathname.startsWith('/dashboard/')) return dashboard(request, event);

  const headers = new Headers(request.headers);
  const { variant, path } = splitVariantPath(pathname);
  if (variant && !readerPath.test(path)) {
    // Only reader pages have a 简体 address; the workspace, sign-in and files have one address.
    const url = request.nextUrl.clone();
    url.pathname = path;
    return NextResponse.redirect(url, 308);
  }
  if (variant) {
    // next.config.ts rewrites the path itself; here only the script is passed on and remembered.
    headers.set(variantHeader, variant);
    const response = NextResponse.next({ request: { headers } });
    if (request.cookies.get(variantCookie)?.value !== variant) {
      response.cookies.set(variantCookie, variant, { path: '/', maxAge: oneYear, sameSite: 'lax' });
    }
    return response;
  }
  // A reader who chose a script before gets that script's address (its own URL, so no cache
  // ever hands one script to a reader of the other).
  const chosen = request.cookies.get(variantCookie)?.value;
  if (isVariant(chosen) && request.method === 'GET') {
    const url = request.nextUrl.clone();
    url.pathname = pathname === '/' ? variantPrefix[chosen] : `${variantPrefix[chosen]}${pathname}`;
    url.search = search;
    return NextResponse.redirect(url, 307);
  }
  headers.set(variantHeader, 'default');
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: [
    '/dashboard/:path*',
    // Reader pages: everything but Next's files, media, auth, the workspace's own pages and
    // the feeds and crawler files (which are the same in both scripts).
    '/((?!_next/|api/|media/|login|change-password|dashboard|favicon\\.ico|feed\\.xml|sitemap|news-sitemap|robots\\.txt|channels/[^/]+/feed\\.xml).*)',
  ],
};
