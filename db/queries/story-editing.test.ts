import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { RuleError } from '@/lib/errors';
import { documentFromBlocks } from '@/lib/rich-text/document';
import type { CheckedStoryFields } from '@/lib/schemas/story';
import { addStaff, describeOnEachEngine, newsDesk } from '../testing';
import type { Db } from '../client';
import { auditLog, stories, storyComments, storyRevisions } from '../schema';
import { setStaffActive } from './staff';
import { conflictingStory, createDraft, getStoryForEditing, saveStoryFields } from './story-editing';
import { moveStory, publishDueStories } from './story-workflow';
import { getPublishedStory } from './stories';

async function desk(db: Db) {
  const desk = await newsDesk(db, { title: '河畔公園開放', text: '第一版內文', photo: { key: 'aaaaaaaaaaaaaaaaaaaaaaaa.jpg', caption: '河畔', alt: '河邊步道', credit: '本網' } });
  const admin = await addStaff(db, 'admin', 'admin');
  const fields = (overrides: Partial<CheckedStoryFields> = {}) => desk.fields({ writerCredit: '林', ...overrides });
  return { ...desk, admin, fields };
}

const count = async (db: Db, table: typeof auditLog | typeof storyRevisions) => (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

describeOnEachEngine('story editing and workflow', ({ db }) => {
  it('saves from the current version, and refuses a stale one without writing', async () => {
    const { reporter, editor, fields } = await desk(db());
    const draft = await createDraft(db(), { fields: fields(), authorId: reporter.id });
    const first = await saveStoryFields(db(), { storyId: draft.id, baseVersion: draft.version, fields: fields({ title: '甲的標題' }), actorId: reporter.id, reason: 'save' });
    expect(first.version).toBe(draft.version + 1);

    const stale = await saveStoryFields(db(), { storyId: draft.id, baseVersion: draft.version, fields: fields({ title: '乙的標題' }), actorId: editor.id, reason: 'save' }).catch((e) => e);
    expect(stale).toMatchObject({ code: 'conflict', reason: 'stale_version' });
    expect(conflictingStory(stale)?.title).toBe('甲的標題');
    expect((await getStoryForEditing(db(), draft.id))?.title).toBe('甲的標題');
    expect(await count(db(), storyRevisions)).toBe(2);
  });

  it('coalesces autosaves by one person into one revision', async () => {
    const { reporter, fields } = await desk(db());
    let story = await createDraft(db(), { fields: fields(), authorId: reporter.id });
    for (const title of ['一', '二', '三']) {
      story = await saveStoryFields(db(), { storyId: story.id, baseVersion: story.version, fields: fields({ title }), actorId: reporter.id, reason: 'autosave' });
    }
    const revisions = await db().select().from(storyRevisions).where(eq(storyRevisions.storyId, story.id));
    expect(revisions.map((r) => r.reason).sort()).toEqual(['autosave', 'create']);
  });

  it('refuses a reporter or a disabled editor as 責編, and an unknown channel', async () => {
    const { reporter, editor, admin, fields } = await desk(db());
    await expect(createDraft(db(), { fields: fields({ editorId: reporter.id }), authorId: reporter.id })).rejects.toMatchObject({ fieldErrors: { editorId: ['責編必須是在職的編輯或管理員'] } });
    await setStaffActive(db(), { staffId: editor.id, active: false, actorId: admin.id });
    await expect(createDraft(db(), { fields: fields({ editorId: editor.id }), authorId: reporter.id })).rejects.toBeInstanceOf(RuleError);
    await expect(createDraft(db(), { fields: fields({ channelId: 9999 }), authorId: reporter.id })).rejects.toMatchObject({ fieldErrors: { channelId: ['頻道不存在'] } });
    expect(await db().select().from(stories)).toHaveLength(0);
  });

  it('publishes with the editor as 責編 in one click, auditing both, and readers then see it', async () => {
    const { reporter, editor, fields } = await desk(db());
    let story = await createDraft(db(), { fields: fields(), authorId: reporter.id });
    story = await moveStory(db(), { storyId: story.id, baseVersion: story.version, move: 'submit', actorId: reporter.id });
    expect(story.state).toBe('in_review');
    expect(await getPublishedStory(db(), story.id)).toBeUndefined();

    const refused = await moveStory(db(), { storyId: story.id, baseVersion: story.version, move: 'publish', actorId: editor.id }).catch((e) => e);
    expect(refused).toMatchObject({ fieldErrors: { editorId: ['發佈前請指定責編'] } });

    story = await moveStory(db(), { storyId: story.id, baseVersion: story.version, move: 'publish', actorId: editor.id, assignSelfAsEditor: true });
    expect(story).toMatchObject({ state: 'published', editorId: editor.id, editorName: 'editor' });
    expect((await getPublishedStory(db(), story.id))?.editorName).toBe('editor');
    const actions = (await db().select().from(auditLog).where(eq(auditLog.subjectId, String(story.id)))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['story.create', 'story.submit', 'story.editor.assign', 'story.publish']));
    expect((await db().select().from(storyRevisions).where(eq(storyRevisions.storyId, story.id))).map((r) => r.reason)).toEqual(expect.arrayContaining(['submit', 'publish']));
  });

  it('names every missing part before publishing, including photos without alt text', async () => {
    const { reporter, editor, fields, photo } = await desk(db());
    const story = await createDraft(db(), {
      fields: fields({ title: '', channelId: null, body: documentFromBlocks([]), gallery: [{ mediaId: photo.id, caption: '', alt: '', credit: '' }] }),
      authorId: reporter.id,
    });
    const error = await moveStory(db(), { storyId: story.id, baseVersion: story.version, move: 'publish', actorId: editor.id, assignSelfAsEditor: true }).catch((e) => e);
    expect(error.fieldErrors).toEqual({ title: ['發佈前請填寫標題'], channelId: ['發佈前請選擇頻道'], body: ['發佈前請填寫正文'], gallery: ['有 1 張圖片缺少替代文字；有 1 張圖片缺少圖片說明'] });
  });

  it('refuses a schedule in the past and writes nothing', async () => {
    const { reporter, editor, fields } = await desk(db());
    const story = await createDraft(db(), { fields: fields({ editorId: editor.id }), authorId: reporter.id });
    const audits = await count(db(), auditLog);
    await expect(
      moveStory(db(), { storyId: story.id, baseVersion: story.version, move: 'schedule', actorId: editor.id, publishAt: new Date(Date.now() - 60_000) }),
    ).rejects.toMatchObject({ fieldErrors: { publishAt: ['排程時間必須在未來'] } });
    expect((await getStoryForEditing(db(), story.id))?.state).toBe('draft');
    expect(await count(db(), auditLog)).toBe(audits);
  });

  it('publishes scheduled stories when their time comes, not before', async () => {
    const { reporter, editor, fields } = await desk(db());
    const soon = await createDraft(db(), { fields: fields({ editorId: editor.id }), authorId: reporter.id });
    const later = await createDraft(db(), { fields: fields({ editorId: editor.id }), authorId: reporter.id });
    const now = Date.now();
    await moveStory(db(), { storyId: soon.id, baseVersion: soon.version, move: 'schedule', actorId: editor.id, publishAt: new Date(now + 1_000) });
    await moveStory(db(), { storyId: later.id, baseVersion: later.version, move: 'schedule', actorId: editor.id, publishAt: new Date(now + 3_600_000) });
    expect(await publishDueStories(db(), new Date(now))).toEqual([]);
    expect(await publishDueStories(db(), new Date(now + 2_000))).toEqual([soon.id]);
    expect((await getStoryForEditing(db(), soon.id))?.state).toBe('published');
    expect((await getStoryForEditing(db(), later.id))?.state).toBe('scheduled');
    expect(await getPublishedStory(db(), soon.id, new Date(now + 2_000))).toBeDefined();
  });

  it('requires a reason to return a story, and posts it to the thread', async () => {
    const { reporter, editor, fields } = await desk(db());
    let story = await createDraft(db(), { fields: fields(), authorId: reporter.id });
    story = await moveStory(db(), { storyId: story.id, baseVersion: story.version, move: 'submit', actorId: reporter.id });
    await expect(moveStory(db(), { storyId: story.id, baseVersion: story.version, move: 'return', actorId: editor.id })).rejects.toMatchObject({ fieldErrors: { comment: ['退回時請說明原因'] } });
    story = await moveStory(db(), { storyId: story.id, baseVersion: story.version, move: 'return', actorId: editor.id, comment: '請補充數據來源' });
    expect(story.state).toBe('draft');
    expect((await db().select().from(storyComments)).map((c) => c.body)).toEqual(['【退回】請補充數據來源']);
  });

  it('rolls the whole save back when its audit entry cannot be written', async () => {
    const { reporter, editor, fields } = await desk(db());
    const story = await createDraft(db(), { fields: fields(), authorId: reporter.id });
    const revisions = await count(db(), storyRevisions);
    // A failure injected inside the database, after the story row was updated in the same transaction.
    await db().execute(sql.raw(`create or replace function fail_assign() returns trigger as $$ begin if new.action = 'story.editor.assign' then raise exception 'injected'; end if; return new; end; $$ language plpgsql`));
    await db().execute(sql.raw('create trigger fail_assign before insert on audit_log for each row execute function fail_assign()'));
    try {
      await expect(
        saveStoryFields(db(), { storyId: story.id, baseVersion: story.version, fields: fields({ title: '不應保存', editorId: editor.id }), actorId: reporter.id, reason: 'save' }),
      ).rejects.toThrow();
    } finally {
      await db().execute(sql.raw('drop trigger fail_assign on audit_log'));
    }
    const after = await getStoryForEditing(db(), story.id);
    expect(after).toMatchObject({ title: '河畔公園開放', editorId: null, version: story.version });
    expect(await count(db(), storyRevisions)).toBe(revisions);
  });
});
