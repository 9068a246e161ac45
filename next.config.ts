import path from 'node:path';
import type { NextConfig } from 'next';
import { securityHeaderRules, securityOptions } from './lib/security-headers';

// Reader pages live under one `[variant]` segment (app/(reader)/[variant]): `default` for the
// unprefixed addresses (the site's default script), `hans`/`hant` for /zh-hans/… and /zh-hant/….
// A config rewrite stays inside the server and keeps the page cacheable per script.
const readerRoots = ['/articles', '/channels', '/topics', '/search', '/preview'];

// A channel's later pages keep their public address (?after=<cursor>) but are served from a
// path (…/after/<cursor>), so they are cached like the first page. A malformed cursor matches
// nothing here and gets the first page.
const laterChannelPage = (from: string, to: string) => ({
  source: `${from}/channels/:slug`,
  has: [{ type: 'query' as const, key: 'after', value: '(?<cursor>\\d{1,15}_\\d{1,10})' }],
  destination: `${to}/channels/:slug/after/:cursor`,
});

const scriptRewrites = [
  laterChannelPage('', '/default'),
  laterChannelPage('/zh-hans', '/hans'),
  laterChannelPage('/zh-hant', '/hant'),
  { source: '/', destination: '/default' },
  ...readerRoots.flatMap((root) => [
    { source: root, destination: `/default${root}` },
    { source: `${root}/:path*`, destination: `/default${root}/:path*` },
  ]),
  ...(['hans', 'hant'] as const).flatMap((v) => [
    { source: `/zh-${v}`, destination: `/${v}` },
    { source: `/zh-${v}/:path*`, destination: `/${v}/:path*` },
  ]),
];

// What shared caches (deploy/nginx.conf, a CDN) may do. Reader pages and feeds: keep for a
// second and refresh in the background, so a publication reaches readers within about a
// second even behind a cache. Dynamic pages (search, later channel pages) are marked private
// by Next itself; the workspace, sign-in and API never reach a shared cache.
const readerCache = 'public, max-age=0, s-maxage=1, stale-while-revalidate=30';
const neverShared = 'private, no-store';

const nextConfig: NextConfig = {
  // PGlite and the native modules must load from node_modules at run time, not be bundled.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'sharp', 'pg'],
  allowedDevOrigins: ['127.0.0.1'],
  poweredByHeader: false,
  // The page cache and the data cache (lib/cache/cache-handler.mjs): in this process's memory, or
  // in Redis when REDIS_URL is set, so that several servers share entries and invalidations.
  cacheHandler: path.join(/* turbopackIgnore: true */ process.cwd(), 'lib', 'cache', 'cache-handler.mjs'),
  experimental: {
    // forbidden() answers 403 with the refusal page.
    authInterrupts: true,
    // Two root layouts (reader, workspace): addresses matching no route get app/global-not-found.tsx.
    globalNotFound: true,
    // Nothing cached is written to disk: a restarted server may sit on another database.
    isrFlushToDisk: false,
  },
  async rewrites() {
    return { beforeFiles: scriptRewrites, afterFiles: [], fallback: [] };
  },
  async headers() {
    const reader = ['/', '/zh-hans', '/zh-hant', '/zh-:v/:path*', '/articles/:path*', '/channels/:path*', '/topics', '/topics/:path*', '/feed.xml', '/sitemap.xml', '/news-sitemap.xml'];
    const staff = ['/dashboard', '/dashboard/:path*', '/login', '/change-password', '/api/:path*', '/preview/:path*'];
    return [
      ...reader.map((source) => ({ source, headers: [{ key: 'Cache-Control', value: readerCache }] })),
      ...staff.map((source) => ({ source, headers: [{ key: 'Cache-Control', value: neverShared }] })),
      ...securityHeaderRules(securityOptions(process.env)),
    ];
  },
};

export default nextConfig;
