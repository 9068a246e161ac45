import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { documentFromBlocks, sanitizeDocument } from '@/lib/rich-text/document';
import { parseSiteTime } from '@/lib/time';
import { isRepeatedMove } from '@/lib/workflow';
import { describeOnEachEngine, newsDesk } from '../testing';
import type { Db } from '../client';
import { auditLog, stories, storyComments } from '../schema';
import { getLastStoryMove } from './audit';
import { conflictingStory, createDraft, getStoryForEditing } from './story-editing';
import { moveStory, publishDueStories } from './story-workflow';
import { getPublishedStory } from './stories';

function desk(db: Db) {
  return newsDesk(db, { title: '冰燈節開幕', text: '冰燈節今晚開幕。', photo: { key: 'bbbbbbbbbbbbbbbbbbbbbbbb.jpg', caption: '冰燈', alt: '彩色冰燈' } });
}

const movesOf = async (db: Db, storyId: number) =>
  (await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.subjectType, 'story'), eq(auditLog.subjectId, String(storyId))))).map((r) => r.action);

describeOnEachEngine('submission, withdrawal, 撤稿 and scheduling', ({ db }) => {
  it('refuses to submit a story that is only a title, naming what is missing, and writes nothing', async () => {
    const { reporter, fields } = await desk(db());
    const draft = await createDraft(db(), { fields: fields({ channelId: null, body: documentFromBlocks([]), gallery: [] }), authorId: reporter.id });
    const error = await moveStory(db(), { storyId: draft.id, baseVersion: draft.version, move: 'submit', actorId: reporter.id }).catch((e) => e);
    expect(error.fieldErrors).toEqual({ channelId: ['提交前請選擇頻道'], body: ['提交前請填寫正文'] });
    expect(await getStoryForEditing(db(), draft.id)).toMatchObject({ state: 'draft', version: draft.version });
    expect(await movesOf(db(), draft.id)).toEqual(['story.create']);
  });

  it('refuses to submit photos without alt text or caption, in the gallery and in the body', async () => {
    const { reporter, fields, photo } = await desk(db());
    const body = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '正文' }] },
        { type: 'photoFigure', attrs: { fileKey: photo.fileKey, caption: '', alt: '冰燈', credit: '' } },
      ],
    };
    const draft = await createDraft(db(), { fields: fields({ body: sanitizeDocument(body).doc, gallery: [{ mediaId: photo.id, caption: ' ', alt: '', credit: '' }] }), authorId: reporter.id });
    const error = await moveStory(db(), { storyId: draft.id, baseVersion: draft.version, move: 'submit', actorId: reporter.id }).catch((e) => e);
    expect(error.fieldErrors).toEqual({ body: ['正文中有 1 張圖片缺少圖片說明'], gallery: ['有 1 張圖片缺少替代文字；有 1 張圖片缺少圖片說明'] });
  });

  it('lets the reporter withdraw a submission back to a draft, audited, and says which move came last', async () => {
    const { reporter, editor, fields } = await desk(db());
    let story = await createDraft(db(), { fields: fields(), authorId: reporter.id });
    expect(await getLastStoryMove(db(), story.id)).toBeNull();
    story = await moveStory(db(), { storyId: story.id, baseVersion: story.version, move: 'submit', actorId: reporter.id });
    expect(await getLastStoryMove(db(), story.id)).toEqual({ move: 'submit', from: 'draft' });
    story = await moveStory(db(), { storyId: story.id, baseVersion: story.version, move: 'withdraw', actorId: reporter.id });
    expect(story.state).toBe('draft');
    expect(await movesOf(db(), story.id)).toEqual(['story.create', 'story.submit', 'story.withdraw']);
    const last = await getLastStoryMove(db(), story.id);
    expect(last).toEqual({ move: 'withdraw', from: 'in_review' });
    // The same 撤回 again (a double click) is recognised as already made, for its author only.
    expect(isRepeatedMove(reporter, story, 'withdraw', last)).toBe(true);
    expect(isRepeatedMove(editor, story, 'withdraw', last)).toBe(false);
    // Once returned by the desk, the story is a draft again, but not by the author's 撤回.
    story = await moveStory(db(), { storyId: story.id, baseVersion: story.version, move: 'submit', actorId: reporter.id });
    story = await moveStory(db(), { storyId: story.id, baseVersion: story.version, move: 'return', actorId: editor.id, comment: '請補圖' });
    expect(isRepeatedMove(reporter, story, 'withdraw', await getLastStoryMove(db(), story.id))).toBe(false);
  });

  it('knows a second 發佈 for a repeat once the first went through, and the stale request itself is a conflict that changes nothing', async () => {
    const { reporter, editor, fields } = await desk(db());
    let story = await createDraft(db(), { fields: fields(), authorId: reporter.id });
    story = await moveStory(db(), { storyId: story.id, baseVersion: story.version, move: 'submit', actorId: reporter.id });
    const seen = story.version;
    story = await moveStory(db(), { storyId: story.id, baseVersion: seen, move: 'publish', actorId: editor.id, assignSelfAsEditor: true });
    const again = await moveStory(db(), { storyId: story.id, baseVersion: seen, move: 'publish', actorId: editor.id, assignSelfAsEditor: true }).catch((e) => e);
    expect(conflictingStory(again)).toBeDefined();
    expect(await movesOf(db(), story.id)).toEqual(['story.create', 'story.submit', 'story.editor.assign', 'story.publish']);
    expect(isRepeatedMove(editor, story, 'publish', await getLastStoryMove(db(), story.id))).toBe(true);
  });

  it('requires a reason for 撤稿, keeps it in the audit entry and the thread, and changes nothing without one', async () => {
    const { reporter, editor, fields } = await desk(db());
    let story = await createDraft(db(), { fields: fields({ editorId: editor.id }), authorId: reporter.id });
    story = await moveStory(db(), { storyId: story.id, baseVersion: story.version, move: 'publish', actorId: editor.id });
    const refused = await moveStory(db(), { storyId: story.id, baseVersion: story.version, move: 'unpublish', actorId: editor.id, comment: '  ' }).catch((e) => e);
    expect(refused.fieldErrors).toEqual({ reason: ['撤稿時請說明原因'] });
    expect(await getPublishedStory(db(), story.id)).toBeDefined();

    story = await moveStory(db(), { storyId: story.id, baseVersion: story.version, move: 'unpublish', actorId: editor.id, comment: '受訪者要求更正' });
    expect(story.state).toBe('unpublished');
    expect(await getPublishedStory(db(), story.id)).toBeUndefined();
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, 'story.unpublish'));
    expect(entry).toMatchObject({ actorId: editor.id, before: { state: 'published' }, after: { state: 'unpublished', reason: '受訪者要求更正' } });
    expect((await db().select().from(storyComments)).map((c) => c.body)).toEqual(['【撤稿】受訪者要求更正']);
  });

  it('publishes a story scheduled for 10:00 site time at 10:00 site time, not before', async () => {
    const { reporter, editor, fields } = await desk(db());
    const draft = await createDraft(db(), { fields: fields({ editorId: editor.id }), authorId: reporter.id });
    const now = new Date('2026-12-02T12:00:00Z');
    const at = parseSiteTime('2026-12-03T10:00', 'Asia/Shanghai')!;
    await moveStory(db(), { storyId: draft.id, baseVersion: draft.version, move: 'schedule', actorId: editor.id, publishAt: at, now });
    const [row] = await db().select({ publishedAt: stories.publishedAt, state: stories.state }).from(stories).where(eq(stories.id, draft.id));
    expect(row).toEqual({ state: 'scheduled', publishedAt: new Date('2026-12-03T02:00:00Z') });
    expect(await publishDueStories(db(), new Date('2026-12-03T01:59:59Z'))).toEqual([]);
    expect(await publishDueStories(db(), new Date('2026-12-03T02:00:00Z'))).toEqual([draft.id]);
    expect(await getLastStoryMove(db(), draft.id)).toEqual({ move: 'publish.scheduled', from: 'scheduled' });
  });
});
