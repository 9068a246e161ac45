import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { type Database, type Db, migrateDatabase, openDatabase } from './client';

/**
 * Integration tests run against real databases: in-memory PGlite always, and PostgreSQL too
 * when TEST_DATABASE_URL is set (each test file gets its own fresh database there).
 */
export const testEngines = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres' as const] : [])] as const;

/** A test database; `connectAgain` opens a second connection to it (PGlite: the same one, as a second process cannot share it). */
export type TestDatabase = Database & { connectAgain: () => Promise<Database> };

async function openFreshPostgres(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `zebian_test_${randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({ url: adminUrl });
  await admin.db.execute(sql.raw(`create database ${name}`));
  await admin.close();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  return {
    ...database,
    connectAgain: () => openDatabase({ url: url.toString() }),
    close: async () => {
      await database.close();
      const cleanup = await openDatabase({ url: adminUrl });
      await cleanup.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await cleanup.close();
    },
  };
}

async function openPglite(): Promise<TestDatabase> {
  const database = await openDatabase({ folder: null });
  return { ...database, connectAgain: async () => ({ ...database, close: async () => undefined }) };
}

export async function openTestDatabase(engine: (typeof testEngines)[number]): Promise<TestDatabase> {
  const database = engine === 'postgres' ? await openFreshPostgres() : await openPglite();
  await migrateDatabase(database);
  return database;
}

export async function truncateAll(db: Db): Promise<void> {
  await db.execute(
    sql.raw(
      'truncate table audit_log, sign_in_limits, sign_in_known_addresses, channel_slug_redirects, story_comments, story_share_links, story_presence, topic_stories, topics, story_media, story_revisions, stories, media, channels, site_settings, staff restart identity cascade',
    ),
  );
}

/** Declares `body` once per engine, with a migrated database emptied before each test. */
export function describeOnEachEngine(name: string, body: (ctx: { db: () => Db; connectAgain: () => Promise<Database> }) => void): void {
  for (const engine of testEngines) {
    describe(`${name} [${engine}]`, () => {
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database = await openTestDatabase(engine);
      });
      afterAll(async () => {
        await database?.close();
      });
      beforeEach(async () => {
        await truncateAll(database!.db);
      });
      body({ db: () => database!.db, connectAgain: () => database!.connectAgain() });
    });
  }
}
