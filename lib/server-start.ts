import path from 'node:path';
import { appDatabase, dataDir } from '@/db/client';
import { authSecret } from './auth-secret';
import { enforceClusterConfig } from './cluster-config';
import { type Settings, env, publicUrl } from './env';
import { describeFirstRun, prepareNewsroom } from './first-run';
import { mediaStorage } from './media/configured-storage';
import { sweepStaleUploads } from './media/spool';
import { requestStoryRevalidation } from './internal-revalidate';
import { startScheduler } from './scheduler';

/** Every setting is read here first, so a wrong one stops the start, named, before any request. */
function readSettings(): Settings {
  try {
    return env();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

export async function startServerProcess(): Promise<void> {
  const settings = readSettings();
  // Before a secret is generated for this server alone.
  enforceClusterConfig(settings);
  authSecret();
  const database = await appDatabase();
  const report = await prepareNewsroom(database, {
    adminEmail: settings.ADMIN_EMAIL,
    adminPassword: settings.ADMIN_PASSWORD,
    demoPassword: settings.DEMO_PASSWORD,
    seedDemo: settings.SEED_DEMO === 'false' ? 'never' : 'when-fresh',
    storage: mediaStorage(),
  });
  void sweepStaleUploads().catch((error) => console.error('[media] clearing old temporary uploads failed', error));
  startScheduler(database.db, (ids) =>
    requestStoryRevalidation(ids).catch((error) => console.error('[scheduler] revalidation failed; readers see the stories when caches expire', error)),
  );
  for (const line of describeFirstRun(report, publicUrl(settings))) console.log(line);
  console.log(`  Zebian is using ${database.engine === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${path.join(dataDir(), 'pglite')}`}`);
}
