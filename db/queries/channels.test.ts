import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Db } from '../client';
import { addPublishedStory, addStaff, describeOnEachEngine, markStoryDeleted, storyFields } from '../testing';
import { auditLog, channels, stories } from '../schema';
import {
  addChannel,
  deleteChannel,
  findChannelRedirect,
  getVisibleChannelBySlug,
  listChannelBar,
  listChannelsForAdmin,
  mergeChannel,
  moveChannel,
  setChannelVisible,
  updateChannel,
} from './channels';

async function setup(db: Db) {
  const admin = await addStaff(db, '管', 'admin', 'admin@news.example');
  const add = (name: string, slug: string, parentId: number | null = null) => addChannel(db, { name, slug, kind: 'list', parentId }, admin.id);
  const story = (channelId: number) => addPublishedStory(db, storyFields({ channelId, title: '新聞', text: '內文' }), { authorId: admin.id, publisherId: admin.id });
  return { admin, add, story };
}

const barNames = async (db: Db) => (await listChannelBar(db)).map((c) => c.name);

describeOnEachEngine('channel administration', ({ db }) => {
  it('adds channels at the end of the bar and reorders them with arrows', async () => {
    const { admin, add } = await setup(db());
    await add('要聞', 'news');
    const city = await add('城市', 'city');
    const video = await add('視頻', 'video');
    expect(await barNames(db())).toEqual(['要聞', '城市', '視頻']);

    expect(await moveChannel(db(), { channelId: video.id, direction: 'up' }, admin.id)).toBe(true);
    expect(await barNames(db())).toEqual(['要聞', '視頻', '城市']);
    expect(await moveChannel(db(), { channelId: city.id, direction: 'down' }, admin.id)).toBe(false);
    await moveChannel(db(), { channelId: video.id, direction: 'up' }, admin.id);
    expect(await barNames(db())).toEqual(['視頻', '要聞', '城市']);
    const moves = await db().select().from(auditLog).where(eq(auditLog.action, 'channel.move'));
    expect(moves).toHaveLength(2);
    expect(moves[0]).toMatchObject({ actorId: admin.id, subjectId: String(video.id), before: { order: 3 }, after: { order: 2 } });
  });

  it('nests sub-channels one level deep and orders them among their siblings', async () => {
    const { admin, add } = await setup(db());
    const region = await add('市州新聞', 'shizhou');
    const a = await add('延邊', 'yanbian', region.id);
    const b = await add('通化', 'tonghua', region.id);
    await expect(add('太深', 'too-deep', a.id)).rejects.toMatchObject({ reason: 'bad_parent' });
    await moveChannel(db(), { channelId: b.id, direction: 'up' }, admin.id);
    const [bar] = await listChannelBar(db());
    expect(bar!.children.map((c) => c.name)).toEqual(['通化', '延邊']);
    await expect(updateChannel(db(), { channelId: region.id, name: '市州新聞', slug: 'shizhou', kind: 'list', parentId: b.id }, admin.id)).rejects.toMatchObject({ reason: 'bad_parent' });
  });

  it('a changed slug keeps the old address as a redirect, which a new channel with that slug replaces', async () => {
    const { admin, add } = await setup(db());
    const city = await add('城市', 'city');
    await updateChannel(db(), { channelId: city.id, name: '城市遠洋', slug: 'city-ocean', kind: 'list', parentId: null }, admin.id);
    expect(await findChannelRedirect(db(), 'city')).toBe('city-ocean');
    expect(await findChannelRedirect(db(), 'nowhere')).toBeUndefined();

    await updateChannel(db(), { channelId: city.id, name: '城市遠洋', slug: 'ocean', kind: 'list', parentId: null }, admin.id);
    expect(await findChannelRedirect(db(), 'city')).toBe('ocean');
    expect(await findChannelRedirect(db(), 'city-ocean')).toBe('ocean');

    await add('新城市', 'city');
    expect(await findChannelRedirect(db(), 'city')).toBeUndefined();
    await expect(add('重複', 'ocean')).rejects.toMatchObject({ reason: 'slug_taken' });

    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, 'channel.update'));
    expect(entry).toMatchObject({ before: { name: '城市', slug: 'city' }, after: { name: '城市遠洋', slug: 'city-ocean' } });
  });

  it('counts each channel’s own stories, leaving out deleted ones', async () => {
    const { add, story } = await setup(db());
    const empty = await add('空', 'empty');
    const busy = await add('忙', 'busy');
    for (let i = 0; i < 3; i++) await story(busy.id);
    const gone = await story(busy.id);
    await markStoryDeleted(db(), gone.id);
    const counts = Object.fromEntries((await listChannelsForAdmin(db(), { id: 0, role: 'admin', active: true })).map((c) => [c.id, c.storyCount]));
    expect(counts).toEqual({ [empty.id]: 0, [busy.id]: 3 });
  });

  it('a hidden channel leaves the bar and its page', async () => {
    const { admin, add } = await setup(db());
    const city = await add('城市', 'city');
    await setChannelVisible(db(), { channelId: city.id, visible: false }, admin.id);
    expect(await barNames(db())).toEqual([]);
    expect(await getVisibleChannelBySlug(db(), 'city')).toBeUndefined();
    expect((await listChannelsForAdmin(db(), { id: 0, role: 'admin', active: true })).map((c) => [c.name, c.visible])).toEqual([['城市', false]]);
  });

  it('refuses to delete a channel with stories; merging moves them and redirects the old slug', async () => {
    const { admin, add, story } = await setup(db());
    const old = await add('舊頻道', 'old');
    const into = await add('要聞', 'news');
    const written = await story(old.id);
    await expect(deleteChannel(db(), { channelId: old.id }, admin.id)).rejects.toMatchObject({ reason: 'has_stories' });
    expect((await listChannelsForAdmin(db(), { id: 0, role: 'admin', active: true })).find((c) => c.id === old.id)?.storyCount).toBe(1);

    const result = await mergeChannel(db(), { channelId: old.id, intoId: into.id }, admin.id);
    expect(result.moved).toBe(1);
    const [moved] = await db().select().from(stories).where(eq(stories.id, written.id));
    expect(moved?.channelId).toBe(into.id);
    expect(await db().select().from(channels).where(eq(channels.id, old.id))).toHaveLength(0);
    expect(await findChannelRedirect(db(), 'old')).toBe('news');
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, 'channel.merge'));
    expect(entry).toMatchObject({ actorId: admin.id, after: { into: { id: into.id }, stories: 1 } });
  });

  it('deletes an empty channel, but not one with sub-channels, and never merges into itself', async () => {
    const { admin, add } = await setup(db());
    const parent = await add('市州', 'region');
    const child = await add('延邊', 'yanbian', parent.id);
    await expect(deleteChannel(db(), { channelId: parent.id }, admin.id)).rejects.toMatchObject({ reason: 'has_children' });
    await expect(mergeChannel(db(), { channelId: child.id, intoId: child.id }, admin.id)).rejects.toMatchObject({ reason: 'same_channel' });
    await deleteChannel(db(), { channelId: child.id }, admin.id);
    await deleteChannel(db(), { channelId: parent.id }, admin.id);
    expect(await listChannelsForAdmin(db(), { id: 0, role: 'admin', active: true })).toEqual([]);
    expect(await db().select().from(auditLog).where(eq(auditLog.action, 'channel.delete'))).toHaveLength(2);
  });
});
