import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // PGlite and the native modules must load from node_modules at run time, not be bundled.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'sharp', 'pg'],
  allowedDevOrigins: ['127.0.0.1'],
  poweredByHeader: false,
  // forbidden() answers 403 with the refusal page.
  experimental: { authInterrupts: true },
  // Reader pages in 简体/繁體 (/zh-hans/…, /zh-hant/…) are the same pages: proxy.ts, which runs
  // before these rewrites, passes the script on in a request header. A config rewrite stays
  // inside the server; a proxy rewrite whose origin differs from the server's is fetched over HTTP.
  async rewrites() {
    return {
      beforeFiles: ['zh-hans', 'zh-hant'].flatMap((prefix) => [
        { source: `/${prefix}`, destination: '/' },
        { source: `/${prefix}/:path*`, destination: '/:path*' },
      ]),
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
