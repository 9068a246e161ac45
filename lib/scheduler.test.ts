import { and, eq, sql } from 'drizzle-orm';
import { afterEach, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import { DUE_BATCH, moveStory, publishDueStories } from '@/db/queries/story-workflow';
import { auditLog, stories, storyRevisions } from '@/db/schema';
import { addDraft, addLocalChannel, addStaff, describeOnEachEngine, storyFields } from '@/db/testing';
import { startScheduler } from './scheduler';

/** `count` stories scheduled for a time that passed while no server ran. */
async function missedSchedules(db: Db, count: number): Promise<number[]> {
  const editor = await addStaff(db, 'editor', 'editor');
  const reporter = await addStaff(db, 'reporter', 'reporter');
  const channel = await addLocalChannel(db, editor.id);
  const draft = await addDraft(db, storyFields({ channelId: channel.id, title: '排程稿 0', text: '內文' }, { editorId: editor.id, writerCredit: '林' }), reporter.id);
  // Scheduled an hour ago for a minute ago, while the servers were down.
  const minuteAgo = Date.now() - 60_000;
  await moveStory(db, { storyId: draft.id, baseVersion: draft.version, move: 'schedule', actorId: editor.id, now: new Date(minuteAgo - 3_600_000), publishAt: new Date(minuteAgo) });
  // The others are copies of the first, a millisecond apart.
  const [row] = await db.select().from(stories).where(eq(stories.id, draft.id));
  const copies = count > 1 ? await db.insert(stories).values(Array.from({ length: count - 1 }, (_, i) => ({ ...row!, id: undefined, title: `排程稿 ${i + 1}`, publishedAt: new Date(minuteAgo + i + 1) }))).returning({ id: stories.id }) : [];
  const ids = [draft.id, ...copies.map((c) => c.id)];
  return ids;
}

async function publicationsOf(db: Db, storyId: number) {
  const [audits] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(and(eq(auditLog.action, 'story.publish.scheduled'), eq(auditLog.subjectId, String(storyId))));
  const [revisions] = await db.select({ n: sql<number>`count(*)::int` }).from(storyRevisions).where(and(eq(storyRevisions.storyId, storyId), eq(storyRevisions.reason, 'publish.scheduled')));
  return { audits: audits!.n, revisions: revisions!.n };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describeOnEachEngine('scheduled publication on several servers', ({ db, connectAgain }) => {
  it('publishes each due story once when two servers start together after downtime', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const ids = await missedSchedules(db(), DUE_BATCH + 20);
    const other = await connectAgain();
    const heard: number[][] = [[], []];
    const stops = [startScheduler(db(), (published) => heard[0]!.push(...published)), startScheduler(other.db, (published) => heard[1]!.push(...published))];
    try {
      await vi.waitFor(
        async () => {
          const [left] = await db().select({ n: sql<number>`count(*)::int` }).from(stories).where(eq(stories.state, 'scheduled'));
          expect(left!.n).toBe(0);
        },
        { timeout: 20_000, interval: 100 },
      );
    } finally {
      for (const stop of stops) stop();
    }
    // Each story's refresh is requested by exactly one server.
    expect([...heard[0]!, ...heard[1]!].sort((a, b) => a - b)).toEqual(ids);
    for (const id of ids) expect(await publicationsOf(db(), id)).toEqual({ audits: 1, revisions: 1 });
    await other.close();
  });

  it('lets concurrent calls on two connections share the due stories without publishing any twice', async () => {
    const ids = await missedSchedules(db(), 40);
    const other = await connectAgain();
    const calls = [db(), other.db, db(), other.db, db(), other.db].map((d) => publishDueStories(d));
    const published = (await Promise.all(calls)).flat();
    await other.close();
    expect(published.sort((a, b) => a - b)).toEqual(ids);
    for (const id of ids) expect(await publicationsOf(db(), id)).toEqual({ audits: 1, revisions: 1 });
    const [snapshot] = await db().select().from(storyRevisions).where(and(eq(storyRevisions.storyId, ids[0]!), eq(storyRevisions.reason, 'publish.scheduled')));
    expect(snapshot).toMatchObject({ actorId: null, snapshot: { title: '排程稿 0' } });
    expect(await publishDueStories(db())).toEqual([]);
  });
});
