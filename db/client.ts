import path from 'node:path';
import fs from 'node:fs';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { dataDir, env } from '@/lib/env';
import * as schema from './schema';

/** One type for both engines, so query functions work on PGlite and PostgreSQL alike. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  close: () => Promise<void>;
}

const migrationsFolder = path.join(/* turbopackIgnore: true */ process.cwd(), 'db', 'migrations');

export { dataDir };

/**
 * Opens PostgreSQL when a URL is given, else PGlite in `folder` (in memory when folder is null).
 * Only one process may have a PGlite folder open at a time.
 */
export async function openDatabase(options: { url?: string; folder?: string | null }): Promise<Database> {
  if (options.url) {
    const { Pool } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const pool = new Pool({ connectionString: options.url, max: env().DATABASE_POOL_SIZE, connectionTimeoutMillis: 10_000 });
    // A connection PostgreSQL closed while idle (a restart, a failover) is dropped from the pool
    // and replaced on the next query; without a listener the error would end the process.
    pool.on('error', (error) => console.warn(`[database] a pooled connection was closed (${error.message}); a new one is opened when needed`));
    return { db: drizzle(pool, { schema }) as unknown as Db, engine: 'postgres', close: () => pool.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { drizzle } = await import('drizzle-orm/pglite');
  if (options.folder) fs.mkdirSync(options.folder, { recursive: true });
  const client = new PGlite({
    dataDir: options.folder ?? undefined,
    extensions: { pg_trgm },
    // The embedded database lives inside the server process: PostgreSQL's default 128 MB of
    // shared buffers would add about 100 MB to the server's memory for little gain, since the
    // operating system caches the data files anyway.
    postgresqlconf: ['shared_buffers=16MB'],
  });
  await client.waitReady;
  return { db: drizzle(client, { schema }) as unknown as Db, engine: 'pglite', close: () => client.close() };
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.engine === 'postgres') {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    await migrate(database.db as never, { migrationsFolder });
  } else {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(database.db as never, { migrationsFolder });
  }
}

// Next bundles modules into several chunks (pages, actions, instrumentation); a global keeps
// one connection per process, which PGlite requires.
const globalStore = globalThis as unknown as { __zebianDatabase?: Promise<Database> };

/** The application's database, opened once per process from DATABASE_URL or DATA_DIR. */
export function appDatabase(): Promise<Database> {
  globalStore.__zebianDatabase ??= openDatabase({
    url: env().DATABASE_URL,
    folder: path.join(dataDir(), 'pglite'),
  });
  return globalStore.__zebianDatabase;
}

export async function getDb(): Promise<Db> {
  return (await appDatabase()).db;
}
