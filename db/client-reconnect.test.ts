import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './client';

const adminUrl = process.env.TEST_DATABASE_URL;
if (!adminUrl) console.log('Skipping the PostgreSQL reconnection test: TEST_DATABASE_URL is not set');

// What a server sees when PostgreSQL restarts: every connection it holds is closed under it.
describe.skipIf(!adminUrl)('PostgreSQL closing the connections', () => {
  const name = `zebian_reconnect_${randomBytes(5).toString('hex')}`;
  let admin: Database;
  let app: Database;
  beforeAll(async () => {
    admin = await openDatabase({ url: adminUrl });
    await admin.db.execute(sql.raw(`create database ${name}`));
    const url = new URL(adminUrl!);
    url.pathname = `/${name}`;
    app = await openDatabase({ url: url.toString() });
  });
  afterAll(async () => {
    await app?.close();
    await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
    await admin.close();
  });

  it('keeps the server running and answers the next queries on new connections', async () => {
    await Promise.all([1, 2, 3].map(() => app.db.execute(sql`select pg_sleep(0.05)`)));
    const pid = async () => ((await app.db.execute(sql`select pg_backend_pid() as pid`)) as unknown as { rows: { pid: number }[] }).rows[0]!.pid;
    const before = await pid();
    const closed = (await admin.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${name}`)) as unknown as { rows: unknown[] };
    expect(closed.rows.length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(await pid()).not.toBe(before);
  });
});
