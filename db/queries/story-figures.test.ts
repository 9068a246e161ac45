import { expect, it } from 'vitest';
import { documentFromBlocks, sanitizeDocument } from '@/lib/rich-text/document';
import type { CheckedStoryFields } from '@/lib/schemas/story';
import { addLocalChannel, addMedia, addStaff, describeOnEachEngine, storyFields } from '../testing';
import type { Db } from '../client';
import { deleteMedia, listMediaUses } from './media';
import { createDraft, saveStoryFields } from './story-editing';
import { moveStory } from './story-workflow';

const PHOTO_KEY = 'bbbbbbbbbbbbbbbbbbbbbbbb.jpg';
const POSTER_KEY = 'cccccccccccccccccccccccc.png';
const VIDEO_KEY = 'dddddddddddddddddddddddd.mp4';

async function desk(db: Db) {
  const editor = await addStaff(db, 'editor', 'editor');
  const reporter = await addStaff(db, 'reporter', 'reporter');
  const channel = await addLocalChannel(db, editor.id);
  const photo = await addMedia(db, { fileKey: PHOTO_KEY, width: 1600, height: 900 });
  const poster = await addMedia(db, { fileKey: POSTER_KEY, width: 1280, height: 720 });
  const video = await addMedia(db, { fileKey: VIDEO_KEY, kind: 'video', width: 640, height: 360, posterId: poster.id });
  const body = (photoAttrs: Record<string, unknown> = {}) => sanitizeDocument({
    type: 'doc',
    content: [
      ...documentFromBlocks([{ type: 'p', text: '第一段。' }]).content!,
      { type: 'photoFigure', attrs: { fileKey: PHOTO_KEY, caption: '市集一角', alt: '攤位前排隊的居民', credit: '本網', ...photoAttrs } },
      { type: 'videoFigure', attrs: { fileKey: VIDEO_KEY, caption: '開幕片段', credit: '' } },
    ],
  }).doc;
  const fields = (overrides: Partial<CheckedStoryFields> = {}) => storyFields({ channelId: channel.id, title: '週末市集開張', text: '第一段。' }, { body: body(), ...overrides });
  return { editor, reporter, photo, poster, video, body, fields };
}

describeOnEachEngine('figures in the story body', ({ db }) => {
  it('renders saved figures from the library: renditions, size, poster and captions', async () => {
    const { reporter, fields } = await desk(db());
    const story = await createDraft(db(), { fields: fields(), authorId: reporter.id });
    expect(story.bodyHtml).toContain('<p>第一段。</p><figure class="body-figure"><picture><source type="image/avif" srcset="/media/bbbbbbbbbbbbbbbbbbbbbbbb_320.avif 320w');
    expect(story.bodyHtml).toContain('width="1600" height="900" loading="lazy"');
    expect(story.bodyHtml).toContain('<figcaption>市集一角<span class="photo-credit">本網</span></figcaption>');
    expect(story.bodyHtml).toContain('<video controls="" preload="none" poster="/media/cccccccccccccccccccccccc_960.jpg" src="/media/dddddddddddddddddddddddd.mp4" width="640" height="360"');
  });

  it('refuses a figure naming media that is not in the library, or of the other kind, and writes nothing', async () => {
    const { reporter, fields, body } = await desk(db());
    await expect(createDraft(db(), { fields: fields({ body: body({ fileKey: 'eeeeeeeeeeeeeeeeeeeeeeee.jpg' }) }), authorId: reporter.id })).rejects.toMatchObject({
      fieldErrors: { body: ['正文中有圖片或影片已不在媒體庫，請移除後重新插入'] },
    });
    const story = await createDraft(db(), { fields: fields(), authorId: reporter.id });
    const wrongKind = { type: 'doc', content: [{ type: 'videoFigure', attrs: { fileKey: 'bbbbbbbbbbbbbbbbbbbbbbbb.mp4' } }] };
    await expect(saveStoryFields(db(), { storyId: story.id, baseVersion: story.version, fields: fields({ body: sanitizeDocument(wrongKind).doc }), actorId: reporter.id, reason: 'save' })).rejects.toMatchObject({
      fieldErrors: { body: ['正文中有圖片或影片已不在媒體庫，請移除後重新插入'] },
    });
  });

  it('does not publish while a photo in the body lacks alt text', async () => {
    const { editor, reporter, fields, body } = await desk(db());
    let story = await createDraft(db(), { fields: fields({ body: body({ alt: ' ' }) }), authorId: reporter.id });
    await expect(moveStory(db(), { storyId: story.id, baseVersion: story.version, move: 'publish', actorId: editor.id, assignSelfAsEditor: true })).rejects.toMatchObject({
      fieldErrors: { body: ['正文中有 1 張圖片缺少替代文字'] },
    });
    story = await saveStoryFields(db(), { storyId: story.id, baseVersion: story.version, fields: fields(), actorId: reporter.id, reason: 'save' });
    const published = await moveStory(db(), { storyId: story.id, baseVersion: story.version, move: 'publish', actorId: editor.id, assignSelfAsEditor: true });
    expect(published.state).toBe('published');
  });

  it('counts a figure in the body as a use: the media cannot be deleted until the figure goes', async () => {
    const { reporter, fields, photo, video, poster } = await desk(db());
    const story = await createDraft(db(), { fields: fields(), authorId: reporter.id });
    expect((await listMediaUses(db(), { mediaId: photo.id, actor: reporter })).stories).toEqual([{ id: story.id, title: '週末市集開張', state: 'draft' }]);
    expect((await listMediaUses(db(), { mediaId: video.id, actor: reporter })).stories).toEqual([{ id: story.id, title: '週末市集開張', state: 'draft' }]);
    expect((await listMediaUses(db(), { mediaId: poster.id, actor: reporter })).stories).toEqual([]);
    await expect(deleteMedia(db(), { id: photo.id, actor: reporter })).rejects.toMatchObject({ reason: 'in_use', detail: { stories: [{ id: story.id }] } });

    // Also in the gallery: listed once.
    const both = await saveStoryFields(db(), {
      storyId: story.id,
      baseVersion: story.version,
      fields: fields({ gallery: [{ mediaId: photo.id, caption: '', alt: '攤位', credit: '' }] }),
      actorId: reporter.id,
      reason: 'save',
    });
    expect((await listMediaUses(db(), { mediaId: photo.id, actor: reporter })).stories).toHaveLength(1);

    await saveStoryFields(db(), { storyId: story.id, baseVersion: both.version, fields: fields({ body: documentFromBlocks([{ type: 'p', text: '圖移走了' }]) }), actorId: reporter.id, reason: 'save' });
    expect(await deleteMedia(db(), { id: photo.id, actor: reporter })).toEqual({ keys: [PHOTO_KEY] });
  });
});
