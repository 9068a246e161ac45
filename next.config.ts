import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // PGlite and the native modules must load from node_modules at run time, not be bundled.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'sharp', 'pg'],
  allowedDevOrigins: ['127.0.0.1'],
  poweredByHeader: false,
  // forbidden() answers 403 with the refusal page.
  experimental: { authInterrupts: true },
};

export default nextConfig;
