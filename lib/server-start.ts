import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { appDatabase, dataDir } from '@/db/client';
import { parseTrustedProxies } from './client-address';
import { enforceClusterConfig } from './cluster-config';
import { describeFirstRun, prepareNewsroom } from './first-run';
import { mediaStorage } from './media/configured-storage';
import { sweepStaleUploads } from './media/spool';
import { requestStoryRevalidation } from './internal-revalidate';
import { startScheduler } from './scheduler';

/** AUTH_SECRET from the environment, else generated once and kept in the data folder. */
export function ensureAuthSecret(folder = dataDir()): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(folder, 'auth-secret');
  fs.mkdirSync(folder, { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  return fs.readFileSync(file, 'utf8').trim();
}

export async function startServerProcess(): Promise<void> {
  // Before a secret is generated for this server alone.
  enforceClusterConfig();
  process.env.AUTH_SECRET = ensureAuthSecret();
  process.env.AUTH_TRUST_HOST ??= 'true';
  // Auth.js builds its redirects from AUTH_URL, else from the address the server is bound to
  // (http://0.0.0.0:3000): give it the public address. Without PUBLIC_URL the Auth.js route
  // uses the request's Host instead (app/api/auth/[...nextauth]/route.ts).
  if (process.env.PUBLIC_URL && !process.env.AUTH_URL) process.env.AUTH_URL = new URL('/api/auth', process.env.PUBLIC_URL).toString();
  parseTrustedProxies(process.env.TRUSTED_PROXIES); // a setting it cannot read stops the start
  const database = await appDatabase();
  const report = await prepareNewsroom(database, {
    adminEmail: process.env.ADMIN_EMAIL,
    adminPassword: process.env.ADMIN_PASSWORD,
    demoPassword: process.env.DEMO_PASSWORD,
    seedDemo: process.env.SEED_DEMO === 'false' ? 'never' : 'when-fresh',
    storage: mediaStorage(),
  });
  void sweepStaleUploads().catch((error) => console.error('[media] clearing old temporary uploads failed', error));
  startScheduler(database.db, (ids) =>
    requestStoryRevalidation(ids).catch((error) => console.error('[scheduler] revalidation failed; readers see the stories when caches expire', error)),
  );
  const address = process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`;
  for (const line of describeFirstRun(report, address)) console.log(line);
  console.log(`  Zebian is using ${database.engine === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${path.join(dataDir(), 'pglite')}`}`);
}
