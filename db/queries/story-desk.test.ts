import { documentFromBlocks } from '@/lib/rich-text/document';
import { expect, it } from 'vitest';
import { PRESENCE_EXPIRY_MS } from '@/lib/presence';
import { describeOnEachEngine } from '../testing';
import { stories } from '../schema';
import { createStaff } from './staff';
import { leavePresence, touchPresence } from './story-desk';

describeOnEachEngine('story presence', ({ db }) => {
  async function twoOnOneStory() {
    const person = (name: string) => createStaff(db(), { name, email: `${name}@news.example`, role: 'editor', passwordHash: 'x', mustChangePassword: false, actorId: null });
    const [lin, zhou] = [await person('林書安'), await person('周敏華')];
    const [story] = await db().insert(stories).values({ title: '同時編輯', body: documentFromBlocks([]), authorId: lin.id }).returning();
    return { lin, zhou, storyId: story!.id };
  }

  it('lists the others with the story open, never oneself', async () => {
    const { lin, zhou, storyId } = await twoOnOneStory();
    expect(await touchPresence(db(), { storyId, staffId: lin.id })).toEqual([]);
    expect(await touchPresence(db(), { storyId, staffId: zhou.id })).toEqual([{ staffId: lin.id, name: '林書安' }]);
  });

  it('drops a person whose heartbeat stopped within the expiry, which is at most 5 s', async () => {
    expect(PRESENCE_EXPIRY_MS).toBeLessThanOrEqual(5_000);
    const { lin, zhou, storyId } = await twoOnOneStory();
    const start = new Date('2026-12-01T08:00:00Z');
    await touchPresence(db(), { storyId, staffId: lin.id, now: start });
    const at = (ms: number) => touchPresence(db(), { storyId, staffId: zhou.id, now: new Date(start.getTime() + ms) });
    expect(await at(PRESENCE_EXPIRY_MS - 1_000)).toHaveLength(1);
    expect(await at(PRESENCE_EXPIRY_MS)).toEqual([]);
  });

  it('drops a person at once when they announce leaving', async () => {
    const { lin, zhou, storyId } = await twoOnOneStory();
    await touchPresence(db(), { storyId, staffId: lin.id });
    await leavePresence(db(), { storyId, staffId: lin.id });
    expect(await touchPresence(db(), { storyId, staffId: zhou.id })).toEqual([]);
  });
});
