import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { RuleError } from '@/lib/errors';
import { documentFromBlocks } from '@/lib/rich-text/document';
import type { CheckedStoryFields } from '@/lib/schemas/story';
import { addMedia, addPublishedStory, addStaff, describeOnEachEngine, newsDesk } from '../testing';
import type { Db } from '../client';
import { auditLog, storyRevisions } from '../schema';
import { listMediaUses } from './media';
import { type EditableStory, createDraft, getStoryForEditing, saveStoryFields, snapshotOf } from './story-editing';
import { discardPendingChanges, publishPendingChanges, reassignStoryEditor, withPendingChanges } from './story-live';
import { moveStory, publishDueStories } from './story-workflow';
import { getPublishedStory } from './stories';
import { setStaffActive } from './staff';
import { listStoriesForStaff } from './workspace-stories';

async function desk(db: Db) {
  const { editor, reporter, fields } = await newsDesk(db, {
    title: '燈會開幕',
    text: '燈會今晚開幕。',
    photo: { key: 'bbbbbbbbbbbbbbbbbbbbbbbb.jpg', caption: '燈', alt: '江邊花燈' },
  });
  const other = await addStaff(db, 'other', 'editor');
  /** A reporter's story, published by the editor with 由我擔任責編. */
  const published = () => addPublishedStory(db, fields(), { authorId: reporter.id, publisherId: editor.id });
  return { editor, other, reporter, fields, published };
}

/** The live story's fields with a new body: what the editor sends after typing. */
const edited = (story: EditableStory, text: string, overrides: Partial<CheckedStoryFields> = {}): CheckedStoryFields => ({
  ...snapshotOf(story),
  body: documentFromBlocks([{ type: 'p', text }]),
  ...overrides,
});

const audits = async (db: Db, storyId: number, action: string) =>
  db.select().from(auditLog).where(and(eq(auditLog.subjectId, String(storyId)), eq(auditLog.action, action)));

describeOnEachEngine('live stories: pending changes and the 責編', ({ db }) => {
  it('keeps autosaves of a published story from readers until 更新已發佈稿件, then publishes them with its 責編', async () => {
    const { editor, published } = await desk(db());
    let story = await published();
    story = await saveStoryFields(db(), { storyId: story.id, baseVersion: story.version, fields: edited(story, '燈會今晚開幕。半句新增'), actorId: editor.id, reason: 'autosave' });
    expect(story.pending?.body).toEqual(documentFromBlocks([{ type: 'p', text: '燈會今晚開幕。半句新增' }]));

    const reader = await getPublishedStory(db(), story.id);
    expect(reader?.bodyText).toBe('燈會今晚開幕。');
    expect(reader?.editorName).toBe('editor');
    // The workspace list marks it.
    expect((await listStoriesForStaff(db(), { actor: editor, limit: 10 })).items.find((i) => i.id === story.id)?.hasPending).toBe(true);
    // 預覽 shows the story as it would read after the update.
    const preview = await withPendingChanges(db(), story);
    expect(preview).toMatchObject({ bodyText: '燈會今晚開幕。半句新增', editorName: 'editor', channelName: '本地', gallery: [{ alt: '江邊花燈', fileKey: 'bbbbbbbbbbbbbbbbbbbbbbbb.jpg' }] });

    const { story: updated, changed } = await publishPendingChanges(db(), { storyId: story.id, baseVersion: story.version, actorId: editor.id });
    expect(changed).toBe(true);
    expect(updated.pending).toBeNull();
    const after = await getPublishedStory(db(), story.id);
    expect(after?.bodyText).toBe('燈會今晚開幕。半句新增');
    expect(after?.editorName).toBe('editor');
    expect(await audits(db(), story.id, 'story.update')).toHaveLength(1);

    // History keeps the live and the pending versions.
    const revisions = await db().select().from(storyRevisions).where(eq(storyRevisions.storyId, story.id));
    expect(revisions.map((r) => [r.reason, r.pending])).toEqual(expect.arrayContaining([['publish', false], ['autosave', true], ['update', false]]));

    // Sent again, the update answers as done and changes nothing.
    const replay = await publishPendingChanges(db(), { storyId: story.id, baseVersion: story.version, actorId: editor.id });
    expect(replay.changed).toBe(false);
    expect(replay.story.version).toBe(updated.version);
  });

  it('refuses a save that clears or changes a live story’s 責編, writing nothing', async () => {
    const { editor, other, published } = await desk(db());
    const story = await published();
    for (const editorId of [null, other.id]) {
      const error = await saveStoryFields(db(), { storyId: story.id, baseVersion: story.version, fields: edited(story, '改了', { editorId }), actorId: editor.id, reason: 'autosave' }).catch((e) => e);
      expect(error).toBeInstanceOf(RuleError);
      expect(error.fieldErrors.editorId).toHaveLength(1);
    }
    const unchanged = (await getStoryForEditing(db(), story.id))!;
    expect(unchanged).toMatchObject({ editorId: editor.id, version: story.version, pending: null });
  });

  it('changes a live story’s 責編 only by an explicit, audited reassignment, to an active editor', async () => {
    const { editor, other, reporter, published } = await desk(db());
    let story = await published();
    await expect(reassignStoryEditor(db(), { storyId: story.id, baseVersion: story.version, editorId: reporter.id, actorId: editor.id })).rejects.toBeInstanceOf(RuleError);
    story = (await reassignStoryEditor(db(), { storyId: story.id, baseVersion: story.version, editorId: other.id, actorId: editor.id })).story;
    expect((await getPublishedStory(db(), story.id))?.editorName).toBe('other');
    const [entry] = (await audits(db(), story.id, 'story.editor.assign')).filter((a) => (a.after as { explicit?: boolean }).explicit);
    expect(entry).toMatchObject({ actorId: editor.id, before: { editorId: editor.id }, after: { editorId: other.id } });
  });

  it('runs the checks of 發佈 before updating, and leaves the live story as it was', async () => {
    const { editor, published } = await desk(db());
    let story = await published();
    story = await saveStoryFields(db(), {
      storyId: story.id,
      baseVersion: story.version,
      fields: edited(story, '', { gallery: story.gallery.map(({ mediaId }) => ({ mediaId, caption: '', alt: '', credit: '' })) }),
      actorId: editor.id,
      reason: 'save',
    });
    const error = await publishPendingChanges(db(), { storyId: story.id, baseVersion: story.version, actorId: editor.id }).catch((e) => e);
    expect(error.fieldErrors).toEqual({ body: ['發佈前請填寫正文'], gallery: ['有 1 張圖片缺少替代文字；有 1 張圖片缺少圖片說明'] });
    const reader = await getPublishedStory(db(), story.id);
    expect(reader?.bodyText).toBe('燈會今晚開幕。');
    expect(reader?.gallery[0]?.alt).toBe('江邊花燈');
  });

  it('audits an update with its 更正說明, and discards pending changes on request', async () => {
    const { editor, published } = await desk(db());
    let story = await published();
    story = await saveStoryFields(db(), { storyId: story.id, baseVersion: story.version, fields: edited(story, '燈會明晚開幕。', { correction: '開幕日期已更正' }), actorId: editor.id, reason: 'save' });
    story = (await publishPendingChanges(db(), { storyId: story.id, baseVersion: story.version, actorId: editor.id })).story;
    const [update] = await audits(db(), story.id, 'story.update');
    expect(update?.after).toMatchObject({ correction: '開幕日期已更正' });

    story = await saveStoryFields(db(), { storyId: story.id, baseVersion: story.version, fields: edited(story, '不要的修改'), actorId: editor.id, reason: 'autosave' });
    const discarded = await discardPendingChanges(db(), { storyId: story.id, baseVersion: story.version, actorId: editor.id });
    expect(discarded).toMatchObject({ changed: true, story: { pending: null, bodyText: '燈會明晚開幕。' } });
    expect(await audits(db(), story.id, 'story.pending.discard')).toHaveLength(1);
    // Edited back to the live text: no pending changes remain.
    story = discarded.story;
    story = await saveStoryFields(db(), { storyId: story.id, baseVersion: story.version, fields: edited(story, '燈會明晚開幕。'), actorId: editor.id, reason: 'autosave' });
    expect(story.pending).toBeNull();
  });

  it('keeps a scheduled story’s 責編 through edits; the scheduler publishes the approved version with it, not the pending one', async () => {
    const { editor, reporter, fields } = await desk(db());
    const draft = await createDraft(db(), { fields: fields(), authorId: reporter.id });
    const at = new Date(Date.now() + 60_000);
    let story = await moveStory(db(), { storyId: draft.id, baseVersion: draft.version, move: 'schedule', actorId: editor.id, publishAt: at, assignSelfAsEditor: true });
    story = await saveStoryFields(db(), { storyId: story.id, baseVersion: story.version, fields: edited(story, '記者後來的修改'), actorId: reporter.id, reason: 'autosave' });
    expect(await publishDueStories(db(), new Date(at.getTime() + 1_000))).toEqual([story.id]);
    const reader = await getPublishedStory(db(), story.id, new Date(at.getTime() + 1_000));
    expect(reader).toMatchObject({ editorName: 'editor', bodyText: '燈會今晚開幕。' });
    // The unapproved edits wait for an editor's 更新已發佈稿件.
    expect((await getStoryForEditing(db(), story.id))?.pending).not.toBeNull();
  });

  it('a person’s workflow move acts on the pending version they see (撤稿 keeps it as the draft)', async () => {
    const { editor, published } = await desk(db());
    let story = await published();
    story = await saveStoryFields(db(), { storyId: story.id, baseVersion: story.version, fields: edited(story, '撤稿前的修改'), actorId: editor.id, reason: 'save' });
    story = await moveStory(db(), { storyId: story.id, baseVersion: story.version, move: 'unpublish', actorId: editor.id, comment: '內容待核實' });
    expect(story).toMatchObject({ state: 'unpublished', pending: null, bodyText: '撤稿前的修改', editorId: editor.id });
  });

  it('counts a photo used only by pending changes as in use', async () => {
    const { editor, published } = await desk(db());
    let story = await published();
    const added = await addMedia(db(), { fileKey: 'cccccccccccccccccccccccc.jpg' });
    expect((await listMediaUses(db(), { mediaId: added.id, actor: editor })).stories).toEqual([]);
    const gallery = [{ mediaId: added.id, caption: '新照片', alt: '新的替代文字', credit: '' }];
    story = await saveStoryFields(db(), { storyId: story.id, baseVersion: story.version, fields: edited(story, '加了照片', { gallery }), actorId: editor.id, reason: 'save' });
    expect((await listMediaUses(db(), { mediaId: added.id, actor: editor })).stories.map((s) => s.id)).toEqual([story.id]);
  });

  it('restoring an old version of a live story makes it the pending version', async () => {
    const { editor, published } = await desk(db());
    let story = await published();
    story = await saveStoryFields(db(), { storyId: story.id, baseVersion: story.version, fields: edited(story, '第二版'), actorId: editor.id, reason: 'save' });
    story = (await publishPendingChanges(db(), { storyId: story.id, baseVersion: story.version, actorId: editor.id })).story;
    story = await saveStoryFields(db(), { storyId: story.id, baseVersion: story.version, fields: edited(story, '燈會今晚開幕。'), actorId: editor.id, reason: 'restore' });
    expect(story.bodyText).toBe('第二版');
    expect(story.pending?.body).toEqual(documentFromBlocks([{ type: 'p', text: '燈會今晚開幕。' }]));
    expect((await getPublishedStory(db(), story.id))?.bodyText).toBe('第二版');
  });

  it('a 責編 who has left does not stop saves or 撤稿; 更新已發佈稿件 asks for an active one', async () => {
    const { editor, other, published } = await desk(db());
    const admin = await addStaff(db(), 'admin', 'admin');
    let story = await published();
    await setStaffActive(db(), { staffId: editor.id, active: false, actorId: admin.id });

    // A colleague's correction is saved as pending, under the 責編 readers still see.
    story = await saveStoryFields(db(), { storyId: story.id, baseVersion: story.version, fields: edited(story, '燈會延到明晚。'), actorId: other.id, reason: 'autosave' });
    expect(story.pending?.body).toEqual(documentFromBlocks([{ type: 'p', text: '燈會延到明晚。' }]));
    expect(story.editorId).toBe(editor.id);
    // Naming someone new who is not an active editor is still refused.
    const unknownEditor = saveStoryFields(db(), { storyId: story.id, baseVersion: story.version, fields: edited(story, '燈會延到明晚。', { editorId: admin.id + 999 }), actorId: other.id, reason: 'save' });
    await expect(unknownEditor).rejects.toBeInstanceOf(RuleError);

    const update = publishPendingChanges(db(), { storyId: story.id, baseVersion: story.version, actorId: other.id });
    await expect(update).rejects.toMatchObject({ fieldErrors: { editorId: ['這位責編已停用，請先「更換責編」'] } });
    expect((await getPublishedStory(db(), story.id))?.bodyText).toBe('燈會今晚開幕。');
    ({ story } = await reassignStoryEditor(db(), { storyId: story.id, baseVersion: story.version, editorId: other.id, actorId: other.id }));
    ({ story } = await publishPendingChanges(db(), { storyId: story.id, baseVersion: story.version, actorId: other.id }));
    expect(await getPublishedStory(db(), story.id)).toMatchObject({ bodyText: '燈會延到明晚。', editorName: 'other' });

    // With new pending text and a 責編 who has left again, 撤稿 still goes through.
    story = await saveStoryFields(db(), { storyId: story.id, baseVersion: story.version, fields: edited(story, '燈會取消。'), actorId: other.id, reason: 'save' });
    await setStaffActive(db(), { staffId: other.id, active: false, actorId: admin.id });
    story = await moveStory(db(), { storyId: story.id, baseVersion: story.version, move: 'unpublish', actorId: admin.id, comment: '活動取消。' });
    expect(story.state).toBe('unpublished');
    expect(await getPublishedStory(db(), story.id)).toBeUndefined();
  });

  it('a draft whose 責編 has left keeps saving, but is published only under an active 責編', async () => {
    const { editor, other, reporter, fields } = await desk(db());
    const admin = await addStaff(db(), 'admin', 'admin');
    let story = await createDraft(db(), { fields: fields({ editorId: editor.id }), authorId: reporter.id });
    await setStaffActive(db(), { staffId: editor.id, active: false, actorId: admin.id });
    story = await saveStoryFields(db(), { storyId: story.id, baseVersion: story.version, fields: { ...snapshotOf(story), title: '燈會延期' }, actorId: reporter.id, reason: 'autosave' });
    expect(story).toMatchObject({ title: '燈會延期', editorId: editor.id });

    const publish = moveStory(db(), { storyId: story.id, baseVersion: story.version, move: 'publish', actorId: other.id });
    await expect(publish).rejects.toMatchObject({ fieldErrors: { editorId: ['這位責編已停用，請另選責編'] } });
    // 由我擔任責編: the publishing editor answers for it.
    story = await moveStory(db(), { storyId: story.id, baseVersion: story.version, move: 'publish', actorId: other.id, assignSelfAsEditor: true });
    expect(await getPublishedStory(db(), story.id)).toMatchObject({ title: '燈會延期', editorName: 'other' });
  });

  it('a pending save brings the story to the top of the workspace list, and leaves readers’ 更新時間 alone', async () => {
    const { editor, published } = await desk(db());
    let older = await published();
    const newer = await published();
    const order = async () => (await listStoriesForStaff(db(), { actor: editor, limit: 10 })).items.map((i) => i.id);
    expect((await order()).slice(0, 2)).toEqual([newer.id, older.id]);

    const readersBefore = (await getPublishedStory(db(), older.id))!.updatedAt;
    older = await saveStoryFields(db(), { storyId: older.id, baseVersion: older.version, fields: edited(older, '燈會改在江邊舉行。'), actorId: editor.id, reason: 'autosave' });
    expect((await order()).slice(0, 2)).toEqual([older.id, newer.id]);
    expect((await getPublishedStory(db(), older.id))!.updatedAt).toEqual(readersBefore);

    // The next page starts after the cursor the first page hands out, in the same order.
    const first = await listStoriesForStaff(db(), { actor: editor, limit: 1 });
    expect(first.items.map((i) => i.id)).toEqual([older.id]);
    const [ms, id] = first.next!.split('_').map(Number);
    const second = await listStoriesForStaff(db(), { actor: editor, limit: 1, cursor: { editedAt: new Date(ms!), id: id! } });
    expect(second.items.map((i) => i.id)).toEqual([newer.id]);
  });
});

