import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { articleRedirect } from '@/lib/reader/article-path';
import { documentFromBlocks, sanitizeDocument } from '@/lib/rich-text/document';
import { type CheckedStoryFields, type StoryFields, storyFieldsInput } from '@/lib/schemas/story';
import { RuleError } from '@/lib/errors';
import { sameStoryContent } from '@/lib/workflow';
import { addLocalChannel, addMedia, addPublishedStory, addStaff, describeOnEachEngine, storyFields } from '../testing';
import type { Db } from '../client';
import { auditLog } from '../schema';
import { listFeedItems } from './feeds';
import { setMediaFocus } from './media';
import { type EditableStory, createDraft, getStoryForEditing, saveStoryFields, snapshotOf } from './story-editing';
import { publishPendingChanges } from './story-live';
import { getPublishedStory, listPublishedStories } from './stories';
import { listStoriesForStaff } from './workspace-stories';

async function desk(db: Db) {
  const editor = await addStaff(db, 'editor', 'editor');
  const reporter = await addStaff(db, 'reporter', 'reporter');
  const channel = await addLocalChannel(db, editor.id);
  const photo = (fileKey: string, kind: 'image' | 'video' = 'image') => addMedia(db, { fileKey, kind, width: 1600, height: 900, uploadedBy: reporter.id });
  const fields = (overrides: Partial<CheckedStoryFields> = {}) =>
    storyFields({ channelId: channel.id, title: '燈會開幕', text: '燈會今晚在江邊開幕，市民扶老攜幼前來賞燈。' }, overrides);
  const publish = (f: CheckedStoryFields, authorId = reporter.id) => addPublishedStory(db, f, { authorId, publisherId: editor.id });
  return { editor, reporter, fields, photo, publish };
}

/** What the editor sends back for a live story, with some fields changed. */
const edit = (story: EditableStory, overrides: Partial<CheckedStoryFields>): CheckedStoryFields => ({ ...snapshotOf(story), ...overrides });

describeOnEachEngine('網址代稱 and 摘要', ({ db }) => {
  it('changes a published story’s address through 更新已發佈稿件, and the old one leads to the new', async () => {
    const { editor, fields, publish } = await desk(db());
    let story = await publish(fields({ slug: 'lantern-festival' }));
    expect((await getPublishedStory(db(), story.id))?.slug).toBe('lantern-festival');

    story = await saveStoryFields(db(), { storyId: story.id, baseVersion: story.version, fields: edit(story, { slug: 'lantern-festival-opens' }), actorId: editor.id, reason: 'save' });
    // Staged like any other edit of a live story: readers keep the old address until the update.
    expect((await getPublishedStory(db(), story.id))?.slug).toBe('lantern-festival');
    expect(story.pending?.slug).toBe('lantern-festival-opens');

    ({ story } = await publishPendingChanges(db(), { storyId: story.id, baseVersion: story.version, actorId: editor.id }));
    const live = (await getPublishedStory(db(), story.id))!;
    expect(live.slug).toBe('lantern-festival-opens');
    expect(articleRedirect(live.id, live.slug, ['lantern-festival'])).toBe(`/articles/${live.id}/lantern-festival-opens`);
    expect(articleRedirect(live.id, live.slug, undefined)).toBe(`/articles/${live.id}/lantern-festival-opens`);
    expect(articleRedirect(live.id, live.slug, ['lantern-festival-opens'])).toBeNull();
    // The reader's links carry the new address.
    const { items } = await listPublishedStories(db(), { limit: 5 });
    expect(items.find((i) => i.id === story.id)?.slug).toBe('lantern-festival-opens');
    expect((await listFeedItems(db(), { limit: 5 })).find((i) => i.id === story.id)?.slug).toBe('lantern-festival-opens');
  });

  it('clears a 網址代稱 and a 摘要 saved empty, and keeps older versions without them equal to empty ones', async () => {
    const { reporter, fields } = await desk(db());
    let story = await createDraft(db(), { fields: fields({ slug: 'first-name', summary: '燈會摘要' }), authorId: reporter.id });
    expect([story.slug, story.summary]).toEqual(['first-name', '燈會摘要']);
    const parsed = storyFieldsInput.parse({ ...fields(), slug: '', summary: '   ' });
    story = await saveStoryFields(db(), { storyId: story.id, baseVersion: story.version, fields: parsed, actorId: reporter.id, reason: 'save' });
    expect([story.slug, story.summary]).toEqual([null, null]);
    expect(snapshotOf((await getStoryForEditing(db(), story.id))!)).toMatchObject({ slug: null, summary: null });
    // A version saved before these fields existed (a pending version, a revision) has neither key.
    const older: StoryFields = { ...snapshotOf(story) };
    delete older.slug;
    delete older.summary;
    expect(sameStoryContent(older, snapshotOf(story))).toBe(true);
    expect(sameStoryContent(older, { ...snapshotOf(story), summary: '新摘要' })).toBe(false);
  });

  it('uses the 摘要 on cards, in feeds and for the article, and the opening when there is none', async () => {
    const { fields, publish } = await desk(db());
    const withSummary = await publish(fields({ title: '有摘要', summary: '江邊花燈點亮，三萬人到場。' }));
    const without = await publish(fields({ title: '沒有摘要', editorsNote: '編者按先於正文。' }));
    const { items } = await listPublishedStories(db(), { limit: 5 });
    expect(items.find((i) => i.id === withSummary.id)?.summary).toBe('江邊花燈點亮，三萬人到場。');
    expect(items.find((i) => i.id === without.id)?.summary).toBe('燈會今晚在江邊開幕，市民扶老攜幼前來賞燈。');
    const feed = await listFeedItems(db(), { limit: 5 });
    expect(feed.find((i) => i.id === withSummary.id)?.summary).toBe('江邊花燈點亮，三萬人到場。');
    // A feed without a 摘要 starts from the 編者按, as before.
    expect(feed.find((i) => i.id === without.id)?.summary).toBe('編者按先於正文。');
    expect((await getPublishedStory(db(), withSummary.id))?.summary).toBe('江邊花燈點亮，三萬人到場。');
    expect((await getPublishedStory(db(), without.id))?.summary).toBeNull();
  });

  it('refuses a 網址代稱 that is not Latin letters, digits and hyphens, and a 摘要 over its limit', () => {
    const check = (overrides: Record<string, unknown>) => storyFieldsInput.safeParse({ title: '題', channelId: null, sourceName: '', isOriginal: true, editorId: null, body: { type: 'doc', content: [] }, ...overrides });
    expect(check({ slug: 'Lantern-Festival' }).data?.slug).toBe('lantern-festival');
    for (const slug of ['燈會', 'a b', '-lead', 'trail-', 'a--b', 'x'.repeat(81)]) {
      expect(check({ slug }).success, slug).toBe(false);
    }
    expect(check({ summary: '字'.repeat(120) }).success).toBe(true);
    const long = check({ summary: '字'.repeat(121) });
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]?.message).toBe('摘要不可超過 120 個字');
  });
});

describeOnEachEngine('焦點 and the stories that use a photo', ({ db }) => {
  it('stores a photo’s focal point with an audit entry, and cards crop around it', async () => {
    const { reporter, fields, photo, publish } = await desk(db());
    const lantern = await photo('aaaaaaaaaaaaaaaaaaaaaaaa.jpg');
    const story = await publish(fields({ gallery: [{ mediaId: lantern.id, caption: '花燈', alt: '江邊花燈', credit: '' }] }));
    expect((await listPublishedStories(db(), { limit: 5 })).items[0]?.leadFocus).toBe('50% 50%');

    const saved = await setMediaFocus(db(), { id: lantern.id, focalX: 30, focalY: 72, actorId: reporter.id });
    expect([saved?.focalX, saved?.focalY]).toEqual([30, 72]);
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'media.focus'), eq(auditLog.subjectId, String(lantern.id))));
    expect(entry).toMatchObject({ actorId: reporter.id, before: { focalX: 50, focalY: 50 }, after: { focalX: 30, focalY: 72 } });

    expect((await listPublishedStories(db(), { limit: 5 })).items[0]?.leadFocus).toBe('30% 72%');
    expect((await getPublishedStory(db(), story.id))?.gallery[0]).toMatchObject({ focalX: 30, focalY: 72 });
  });

  it('refuses a focal point for a video', async () => {
    const { reporter, photo } = await desk(db());
    const clip = await photo('bbbbbbbbbbbbbbbbbbbbbbbb.mp4', 'video');
    await expect(setMediaFocus(db(), { id: clip.id, focalX: 10, focalY: 10, actorId: reporter.id })).rejects.toBeInstanceOf(RuleError);
  });

  it('lists the stories that use a photo, in the gallery, in the body or in pending changes, and only those the person may read', async () => {
    const { editor, reporter, fields, photo, publish } = await desk(db());
    const lantern = await photo('cccccccccccccccccccccccc.jpg');
    const other = await photo('dddddddddddddddddddddddd.jpg');
    await createDraft(db(), { fields: fields({ title: '圖集用了', gallery: [{ mediaId: lantern.id, caption: '', alt: '花燈', credit: '' }] }), authorId: reporter.id });
    const figure = { type: 'photoFigure', attrs: { fileKey: lantern.fileKey, caption: '花燈', alt: '江邊花燈', credit: '' } };
    await createDraft(db(), { fields: fields({ title: '正文用了', body: sanitizeDocument({ type: 'doc', content: [...documentFromBlocks([{ type: 'p', text: '開頭。' }]).content!, figure] }).doc }), authorId: reporter.id });
    await createDraft(db(), { fields: fields({ title: '用了別張', gallery: [{ mediaId: other.id, caption: '', alt: '別張', credit: '' }] }), authorId: reporter.id });
    // A published story whose pending changes add the photo: 更新已發佈稿件 would publish it.
    const live = await publish(fields({ title: '修改中加了' }), editor.id);
    await saveStoryFields(db(), { storyId: live.id, baseVersion: live.version, fields: edit(live, { gallery: [{ mediaId: lantern.id, caption: '', alt: '花燈', credit: '' }] }), actorId: editor.id, reason: 'save' });
    const editorActor = { id: editor.id, role: 'editor' as const, active: true };
    const titles = async (actor: { id: number; role: 'editor' | 'reporter'; active: boolean }) =>
      (await listStoriesForStaff(db(), { actor, mediaId: lantern.id, limit: 10 })).items.map((s) => s.title).sort();
    expect(await titles(editorActor)).toEqual(['修改中加了', '圖集用了', '正文用了'].sort());
    // A reporter's list holds only their own stories, the filter included.
    expect(await titles({ id: reporter.id, role: 'reporter', active: true })).toEqual(['圖集用了', '正文用了'].sort());
    expect((await listStoriesForStaff(db(), { actor: editorActor, mediaId: 999_999, limit: 10 })).items).toEqual([]);
  });
});
