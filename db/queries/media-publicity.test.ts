import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { documentFromBlocks, sanitizeDocument } from '@/lib/rich-text/document';
import type { Db } from '../client';
import { addDraft, addMedia, addStaff, addTopicWithStories, describeOnEachEngine, storyFields } from '../testing';
import { media, stories, topics } from '../schema';
import { isMediaPublic } from './media-publicity';

async function setup(db: Db) {
  const author = await addStaff(db, '林', 'reporter', 'lin@news.example');
  const upload = (kind: 'image' | 'video' = 'image') => addMedia(db, { kind });
  const story = (input: { gallery?: number[]; figure?: { key: string; type: 'photoFigure' | 'videoFigure' } }) =>
    addDraft(
      db,
      storyFields(
        { channelId: null, title: '稿件', text: '內文' },
        {
          body: sanitizeDocument({
            type: 'doc',
            content: [
              ...documentFromBlocks([{ type: 'p', text: '內文' }]).content!,
              ...(input.figure ? [{ type: input.figure.type, attrs: { fileKey: input.figure.key, caption: '', alt: '圖', credit: '' } }] : []),
            ],
          }).doc,
          gallery: (input.gallery ?? []).map((mediaId) => ({ mediaId, caption: '', alt: '圖', credit: '' })),
        },
      ),
      author.id,
    );
  // Marked published at a given time, due or not; what is tested here is what that state makes public.
  const publish = (id: number, publishedAt = new Date(Date.now() - 60_000)) => db.update(stories).set({ state: 'published', publishedAt }).where(eq(stories.id, id));
  return { author, upload, story, publish };
}

describeOnEachEngine('which media readers can see', ({ db }) => {
  it('a photo in a draft gallery is not public until the story is published and due', async () => {
    const { upload, story, publish } = await setup(db());
    const photo = await upload();
    const draft = await story({ gallery: [photo.id] });
    expect(await isMediaPublic(db(), photo)).toBe(false);
    await publish(draft.id, new Date(Date.now() + 3_600_000));
    expect(await isMediaPublic(db(), photo)).toBe(false);
    await publish(draft.id);
    expect(await isMediaPublic(db(), photo)).toBe(true);
    expect(await isMediaPublic(db(), await upload())).toBe(false);
  });

  it('a figure in the body of a published story is public, and so is the poster of a video it shows', async () => {
    const { upload, story, publish } = await setup(db());
    const photo = await upload();
    const clip = await upload('video');
    const poster = await upload();
    await db().update(media).set({ posterId: poster.id }).where(eq(media.id, clip.id));
    const withPhoto = await story({ figure: { key: photo.fileKey, type: 'photoFigure' } });
    const withVideo = await story({ figure: { key: clip.fileKey, type: 'videoFigure' } });
    expect(await isMediaPublic(db(), photo)).toBe(false);
    expect(await isMediaPublic(db(), poster)).toBe(false);
    await publish(withPhoto.id);
    await publish(withVideo.id);
    expect(await isMediaPublic(db(), photo)).toBe(true);
    expect(await isMediaPublic(db(), clip)).toBe(true);
    expect(await isMediaPublic(db(), poster)).toBe(true);
  });

  it('a topic cover is public while the topic is visible', async () => {
    const { author, upload } = await setup(db());
    const cover = await upload();
    const topic = await addTopicWithStories(db(), { slug: 'winter', title: '冬天', coverMediaId: cover.id }, [], author.id);
    expect(await isMediaPublic(db(), cover)).toBe(true);
    await db().update(topics).set({ visible: false }).where(eq(topics.id, topic.id));
    expect(await isMediaPublic(db(), cover)).toBe(false);
  });
});
