import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { addDraft, addStaff, addTopicWithStories, describeOnEachEngine, storyFields } from '../testing';
import type { Db } from '../client';
import { auditLog, media } from '../schema';
import { RuleError } from '@/lib/errors';
import { type NewMedia, createMedia, deleteMedia, listMedia, listMediaUses, listUploaders, setVideoPoster, updateMediaText } from './media';

async function people(db: Db) {
  const make = (name: string, email: string) => addStaff(db, name, 'reporter', email);
  return { lin: await make('林記者', 'lin@news.example'), wu: await make('吳記者', 'wu@news.example') };
}

function item(overrides: Partial<NewMedia> = {}): NewMedia {
  const stem = randomBytes(12).toString('hex');
  return { fileKey: `${stem}.jpg`, kind: 'image', mimeType: 'image/jpeg', size: 100, hash: stem, width: 10, height: 10, ...overrides };
}

function storyUsing(db: Db, authorId: number, mediaId: number, title: string) {
  return addDraft(db, storyFields({ channelId: null, title, text: '內文' }, { gallery: [{ mediaId, caption: '這篇報道自己的說明', alt: '', credit: '' }] }), authorId);
}

describeOnEachEngine('media library', ({ db }) => {
  it('lists newest first in keyset pages, filtered by kind and uploader', async () => {
    const { lin, wu } = await people(db());
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push((await createMedia(db(), item({ uploadedBy: i % 2 ? wu.id : lin.id }))).item.id);
    const video = (await createMedia(db(), item({ kind: 'video', mimeType: 'video/mp4', fileKey: `${randomBytes(12).toString('hex')}.mp4`, uploadedBy: lin.id }))).item;

    const first = await listMedia(db(), { limit: 4 });
    expect(first.items.map((m) => m.id)).toEqual([video.id, ids[4], ids[3], ids[2]]);
    const second = await listMedia(db(), { limit: 4, before: first.nextBefore });
    expect(second.items.map((m) => m.id)).toEqual([ids[1], ids[0]]);
    expect(second.nextBefore).toBeUndefined();

    expect((await listMedia(db(), { limit: 10, kind: 'video' })).items.map((m) => m.id)).toEqual([video.id]);
    expect((await listMedia(db(), { limit: 10, uploaderId: wu.id })).items.map((m) => m.id)).toEqual([ids[3], ids[1]]);
    expect((await listUploaders(db())).map((u) => u.name).sort()).toEqual(['吳記者', '林記者'].sort());
  });

  it('searches caption, alt, credit and file name, taking % and _ literally', async () => {
    const a = (await createMedia(db(), item({ caption: '松花江畔的霧凇', originalName: 'IMG_001.jpg' }))).item;
    const b = (await createMedia(db(), item({ alt: '工人在車間組裝零件', credit: '張攝影' }))).item;
    await createMedia(db(), item({ caption: '100% 晴天' }));
    const search = async (q: string) => (await listMedia(db(), { q, limit: 10 })).items.map((m) => m.id);
    expect(await search('霧凇')).toEqual([a.id]);
    expect(await search('車間')).toEqual([b.id]);
    expect(await search('張攝影')).toEqual([b.id]);
    expect(await search('img_001')).toEqual([a.id]);
    expect(await search('_')).toEqual([a.id]);
    expect(await search('%')).toHaveLength(1);
  });

  it('edits the default texts with an audit entry, leaving each story its own caption', async () => {
    const { lin } = await people(db());
    const photo = (await createMedia(db(), item({ caption: '舊說明' }))).item;
    await storyUsing(db(), lin.id, photo.id, '用了這張照片');
    const updated = await updateMediaText(db(), { id: photo.id, caption: '新說明', alt: '替代', credit: '來源', actorId: lin.id });
    expect(updated).toMatchObject({ caption: '新說明', alt: '替代', credit: '來源' });
    const audit = (await db().select().from(auditLog)).filter((a) => a.action === 'media.edit');
    expect(audit).toEqual([expect.objectContaining({ actorId: lin.id, before: { alt: '', caption: '舊說明', credit: '' } })]);
    expect(await updateMediaText(db(), { id: 999_999, caption: '', alt: '', credit: '', actorId: lin.id })).toBeUndefined();
  });

  it('deletes only unused items, and says where a used one appears', async () => {
    const { lin } = await people(db());
    const used = (await createMedia(db(), item())).item;
    const cover = (await createMedia(db(), item())).item;
    const unused = (await createMedia(db(), item({ variants: [{ key: 'k_320.webp', format: 'webp', width: 320, height: 200, size: 1 }] }))).item;
    const story = await storyUsing(db(), lin.id, used.id, '冬捕節開幕');
    await addTopicWithStories(db(), { slug: 'winter', title: '冰雪季', coverMediaId: cover.id }, [], lin.id);

    expect(await listMediaUses(db(), { mediaId: used.id, actor: lin })).toEqual({ stories: [{ id: story.id, title: '冬捕節開幕', state: 'draft' }], hiddenStories: 0, topics: [], videos: [] });
    const refused = await deleteMedia(db(), { id: used.id, actor: lin }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RuleError);
    expect(refused).toMatchObject({ code: 'conflict', reason: 'in_use', detail: { stories: [{ title: '冬捕節開幕' }] } });
    await expect(deleteMedia(db(), { id: cover.id, actor: lin })).rejects.toMatchObject({ reason: 'in_use', message: '這個媒體仍在使用中，不能刪除：專題「冰雪季」的封面', detail: { topics: [{ title: '冰雪季' }] } });

    expect(await deleteMedia(db(), { id: unused.id, actor: lin })).toEqual({ keys: [unused.fileKey, 'k_320.webp'] });
    expect((await db().select().from(media)).map((m) => m.id).sort()).toEqual([used.id, cover.id].sort());
    expect((await db().select().from(auditLog)).filter((a) => a.action === 'media.delete')).toHaveLength(1);
  });

  it('sets an image as a video poster, which keeps the image from being deleted', async () => {
    const { lin } = await people(db());
    const video = (await createMedia(db(), item({ kind: 'video', mimeType: 'video/mp4' }))).item;
    const still = (await createMedia(db(), item())).item;
    await expect(setVideoPoster(db(), { videoId: still.id, posterId: still.id, actorId: lin.id })).rejects.toMatchObject({ reason: 'not_a_video' });
    await expect(setVideoPoster(db(), { videoId: video.id, posterId: video.id, actorId: lin.id })).rejects.toMatchObject({ reason: 'not_an_image' });
    expect(await setVideoPoster(db(), { videoId: video.id, posterId: still.id, actorId: lin.id })).toMatchObject({ posterId: still.id });
    await expect(deleteMedia(db(), { id: still.id, actor: lin })).rejects.toMatchObject({ reason: 'in_use', detail: { videos: [{ id: video.id }] } });
  });

  it('stores the same hash once, even when inserted twice', async () => {
    const first = await createMedia(db(), item({ hash: 'same' }));
    const second = await createMedia(db(), item({ hash: 'same' }));
    expect(second).toEqual({ item: first.item, duplicate: true });
    expect(await db().select().from(media)).toHaveLength(1);
  });
});
