import { randomBytes } from 'node:crypto';
import { eq, getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { documentFromBlocks } from '@/lib/rich-text/document';
import type { CheckedStoryFields } from '@/lib/schemas/story';
import { type Database, type Db, migrateDatabase, openDatabase } from './client';
import * as schema from './schema';
import { type StaffRole, stories } from './schema';
import { addChannel } from './queries/channels';
import { type NewMedia, createMedia } from './queries/media';
import { createStaff } from './queries/staff';
import { createDraft } from './queries/story-editing';
import { moveStory } from './queries/story-workflow';
import { addStoryToTopic, addTopic, setTopicVisible } from './queries/topics';

/**
 * Integration tests run against real databases: in-memory PGlite always, and PostgreSQL too
 * when TEST_DATABASE_URL is set (each test file gets its own fresh database there).
 */
export const testEngines = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres' as const] : [])] as const;

/** A test database; `connectAgain` opens a second connection to it (PGlite: the same one, as a second process cannot share it). */
type TestDatabase = Database & { connectAgain: () => Promise<Database> };

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

/** Every table the schema declares, by its SQL name: what truncateAll empties. */
export const schemaTableNames: string[] = (Object.values(schema) as unknown[])
  .filter((value): value is PgTable => is(value, PgTable))
  .map((table) => getTableName(table))
  .sort();

export async function truncateAll(db: Db): Promise<void> {
  // From the schema, so a new table is emptied between tests without anyone remembering to list it.
  await db.execute(sql.raw(`truncate table ${schemaTableNames.map((name) => `"${name}"`).join(', ')} restart identity cascade`));
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

// Factories for integration tests. Each goes through the query layer the app uses, so a test's
// rows pass the same checks (and leave the same audit entries) as the newsroom's own.

/** A staff member who may sign in (placeholder hash) and need not change the password. */
export function addStaff(db: Db, name: string, role: StaffRole, email = `${name}@news.example`) {
  return createStaff(db, { name, email, role, passwordHash: 'x', mustChangePassword: false, actorId: null });
}

/** A list channel added by `actorId` at the end of the bar (or of its parent's sub-channels), as the desk adds one. */
export function addListChannel(db: Db, channel: { slug: string; name: string; parentId?: number | null }, actorId: number) {
  return addChannel(db, { slug: channel.slug, name: channel.name, kind: 'list', parentId: channel.parentId ?? null }, actorId);
}

/** The channel 本地 (slug `local`), first in a new newsroom's bar. */
export function addLocalChannel(db: Db, actorId: number) {
  return addListChannel(db, { slug: 'local', name: '本地' }, actorId);
}

/** A library item, an image unless said; its key and hash are unique unless given. */
export async function addMedia(db: Db, overrides: Partial<NewMedia> = {}) {
  const stem = randomBytes(12).toString('hex');
  const kind = overrides.kind ?? 'image';
  const input: NewMedia = {
    fileKey: `${stem}.${kind === 'image' ? 'jpg' : 'mp4'}`,
    kind,
    mimeType: kind === 'image' ? 'image/jpeg' : 'video/mp4',
    size: 1,
    hash: stem,
    width: 10,
    height: 10,
    ...overrides,
  };
  return (await createMedia(db, input)).item;
}

/** Every field the editor sends, for a story in `channelId` with one paragraph of `text`. */
export function storyFields(base: { channelId: number | null; title: string; text: string }, overrides: Partial<CheckedStoryFields> = {}): CheckedStoryFields {
  return {
    title: base.title,
    subtitle: null,
    channelId: base.channelId,
    sourceName: '本網',
    isOriginal: true,
    editorId: null,
    writerCredit: null,
    photosCredit: null,
    photographerCredit: null,
    editorsNote: null,
    body: documentFromBlocks([{ type: 'p', text: base.text }]),
    videoUrl: null,
    correction: null,
    topicIds: [],
    gallery: [],
    ...overrides,
  };
}

/**
 * A small desk: an editor, a reporter, the channel 本地 and one photo in the library, with
 * `fields()` for a story about `story` that shows the photo in its gallery.
 */
export async function newsDesk(db: Db, story: { title: string; text: string; photo: { key: string; caption: string; alt: string; credit?: string } }) {
  const editor = await addStaff(db, 'editor', 'editor');
  const reporter = await addStaff(db, 'reporter', 'reporter');
  const channel = await addLocalChannel(db, editor.id);
  const photo = await addMedia(db, { fileKey: story.photo.key });
  const fields = (overrides: Partial<CheckedStoryFields> = {}) =>
    storyFields(
      { channelId: channel.id, title: story.title, text: story.text },
      { gallery: [{ mediaId: photo.id, caption: story.photo.caption, alt: story.photo.alt, credit: story.photo.credit ?? '' }], ...overrides },
    );
  return { editor, reporter, channel, photo, fields };
}

/** A draft by `authorId`, written as the editor writes one: reference checks, first revision, audit entry. */
export function addDraft(db: Db, fields: CheckedStoryFields, authorId: number) {
  return createDraft(db, { fields, authorId });
}

/**
 * A story written by `authorId` and published by `publisherId` at `publishedAt` (a minute ago
 * unless said): createDraft, then moveStory's 發佈 with that time as its clock, so a time still
 * to come gives a published story readers cannot see yet. The publisher becomes the 責編 when
 * the fields name none. The fields must be ready to publish (lib/workflow readinessProblems):
 * a channel, body text, and a caption and alt text on every photo.
 */
export async function addPublishedStory(db: Db, fields: CheckedStoryFields, people: { authorId: number; publisherId: number }, publishedAt = new Date(Date.now() - 60_000)) {
  const draft = await createDraft(db, { fields, authorId: people.authorId });
  return moveStory(db, {
    storyId: draft.id,
    baseVersion: draft.version,
    move: 'publish',
    actorId: people.publisherId,
    assignSelfAsEditor: fields.editorId === null,
    now: publishedAt,
  });
}

/** Marks a story deleted. The newsroom has no way to delete a story yet, so this one update stands in for it. */
export async function markStoryDeleted(db: Db, storyId: number, at = new Date()): Promise<void> {
  await db.update(stories).set({ deletedAt: at }).where(eq(stories.id, storyId));
}

/**
 * A topic holding `storyIds` in that order, made as the desk makes one: added (hidden), filled
 * at the end one story at a time, then shown to readers unless `visible` is false.
 */
export async function addTopicWithStories(
  db: Db,
  topic: { slug: string; title: string; summary?: string; coverMediaId?: number | null },
  storyIds: number[],
  actorId: number,
  visible = true,
) {
  const created = await addTopic(db, { slug: topic.slug, title: topic.title, summary: topic.summary ?? '', coverMediaId: topic.coverMediaId ?? null }, actorId);
  for (const storyId of storyIds) await addStoryToTopic(db, { topicId: created.id, storyId }, actorId);
  return visible ? setTopicVisible(db, { topicId: created.id, visible: true }, actorId) : created;
}
