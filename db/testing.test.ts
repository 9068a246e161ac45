import { type SQL, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createDraft } from './queries/story-editing';
import { addLocalChannel, addMedia, addStaff, describeOnEachEngine, schemaTableNames, storyFields, truncateAll } from './testing';

describeOnEachEngine('the test database helpers', ({ db }) => {
  // Both drivers answer a raw query with `{ rows }`; the shared Db type does not say so.
  const rows = async <T>(query: SQL) => ((await db().execute(query)) as unknown as { rows: T[] }).rows;

  it('know every table the migrations create, so truncateAll leaves none behind', async () => {
    const tables = await rows<{ name: string }>(
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    );
    const migrated = tables.map((t) => t.name);
    expect(migrated.length).toBeGreaterThan(10);
    expect(schemaTableNames).toEqual(migrated);
  });

  it('truncateAll empties every table and restarts its ids', async () => {
    const reporter = await addStaff(db(), '林', 'reporter');
    const channel = await addLocalChannel(db(), reporter.id);
    await addMedia(db());
    await createDraft(db(), { fields: storyFields({ channelId: channel.id, title: '稿件', text: '內文' }), authorId: reporter.id });

    await truncateAll(db());
    const counts = await Promise.all(
      schemaTableNames.map(async (name) => {
        const [{ n }] = (await rows<{ n: number }>(sql.raw(`select count(*)::int as n from "${name}"`))) as [{ n: number }];
        return [name, n] as const;
      }),
    );
    expect(counts.filter(([, n]) => n > 0)).toEqual([]);
    expect((await addStaff(db(), '吳', 'reporter')).id).toBe(1);
  });
});
