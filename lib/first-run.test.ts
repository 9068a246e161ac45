import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeOnEachEngine } from '@/db/testing';
import { asc, eq } from 'drizzle-orm';
import { auditLog, channels, staff, stories, storyMedia, topicStories, topics } from '@/db/schema';
import { demoStories, demoTopic } from '@/db/seed-content';
import { getSiteSettings } from '@/db/queries/settings';
import { localMediaStorage } from './media/storage';
import { prepareNewsroom } from './first-run';
import type { Database } from '@/db/client';
import { verifyPassword } from './passwords';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'zebian-media-'));
const storage = localMediaStorage(folder);
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describeOnEachEngine('first run', ({ db }) => {
  const database = (): Database => ({ db: db(), engine: 'pglite', close: async () => {} });

  it('creates the admin from ADMIN_EMAIL and ADMIN_PASSWORD, without a forced change', async () => {
    const report = await prepareNewsroom(database(), { adminEmail: 'Chief@News.Example', adminPassword: 'a-long-password', seedDemo: 'never', storage });
    expect(report.created).toEqual([{ role: 'admin', email: 'chief@news.example', password: null, mustChange: false }]);
    const [admin] = await db().select().from(staff);
    expect(admin).toMatchObject({ role: 'admin', mustChangePassword: false });
    expect(await verifyPassword(admin!.passwordHash, 'a-long-password')).toBe(true);
  });

  it('refuses a weak ADMIN_PASSWORD rather than using it', async () => {
    await expect(prepareNewsroom(database(), { adminPassword: 'short', seedDemo: 'never', storage })).rejects.toThrow('ADMIN_PASSWORD is not usable');
    expect(await db().select().from(staff)).toHaveLength(0);
  });

  it('generates a strong admin password, to be changed at first sign-in, and seeds the demo once', async () => {
    const startedAt = Date.now();
    const report = await prepareNewsroom(database(), { seedDemo: 'when-fresh', storage });
    const admin = report.created.find((c) => c.role === 'admin')!;
    expect(admin.password).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(admin.mustChange).toBe(true);
    expect(report.created.map((c) => c.role)).toEqual(['admin', 'editor', 'reporter']);
    expect(report.seeded).toBe(true);

    const storyCount = (await db().select().from(stories)).length;
    expect(storyCount).toBeGreaterThanOrEqual(12);
    expect((await db().select().from(channels)).map((c) => c.name)).toEqual(
      expect.arrayContaining(['要聞', '城市遠洋', '老外在吉林', '直觀中國', '視頻', '原創', '熱點專題', '特色産業', '市州新聞', '延邊']),
    );
    expect((await db().select().from(stories)).filter((s) => !s.isOriginal)).toHaveLength(1);
    expect((await db().select().from(storyMedia)).length).toBeGreaterThan(10);
    expect(await db().select().from(topics)).toHaveLength(1);
    expect((await getSiteSettings(db())).copyright).toHaveLength(5);

    // Written and published through the desk's own path: each demo story published by the demo
    // editor as its 責編, at its own time in the past, and the topic shown with its stories in order.
    const [editor] = await db().select().from(staff).where(eq(staff.role, 'editor'));
    for (const story of await db().select().from(stories)) {
      const demo = demoStories.find((d) => d.title === story.title)!;
      expect(story).toMatchObject({ state: 'published', editorId: editor!.id });
      const hoursAgo = (startedAt - story.publishedAt!.getTime()) / 3_600_000;
      expect(hoursAgo).toBeGreaterThan(demo.hoursAgo - 0.1);
      expect(hoursAgo).toBeLessThan(demo.hoursAgo + 0.1);
    }
    expect(await db().select().from(auditLog).where(eq(auditLog.action, 'story.publish'))).toHaveLength(storyCount);
    const [topic] = await db().select().from(topics);
    expect(topic?.visible).toBe(true);
    const inTopic = await db()
      .select({ title: stories.title })
      .from(topicStories)
      .innerJoin(stories, eq(stories.id, topicStories.storyId))
      .orderBy(asc(topicStories.position));
    expect(inTopic.map((s) => s.title)).toEqual(demoTopic.storyKeys.map((key) => demoStories.find((d) => d.key === key)!.title));

    const again = await prepareNewsroom(database(), { seedDemo: 'if-no-content', storage });
    expect(again).toEqual({ created: [], seeded: false });
    expect((await db().select().from(stories)).length).toBe(storyCount);
    expect(await db().select().from(staff)).toHaveLength(3);
  }, 300_000);

  it('never seeds at start over a database that already has staff', async () => {
    await prepareNewsroom(database(), { seedDemo: 'never', storage });
    expect(await prepareNewsroom(database(), { seedDemo: 'when-fresh', storage })).toEqual({ created: [], seeded: false });
    expect(await db().select().from(stories)).toHaveLength(0);
  });
});
