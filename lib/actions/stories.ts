'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { getLastStoryMove } from '@/db/queries/audit';
import { getSiteSettings } from '@/db/queries/settings';
import { getRevision } from '@/db/queries/story-desk';
import { conflictingStory, createDraft, getStoryForEditing, saveStoryFields } from '@/db/queries/story-editing';
import { moveStory } from '@/db/queries/story-workflow';
import { staffAction } from '@/lib/action';
import { type EditorStory, toEditorStory } from '@/lib/editor-story';
import { type ActionResult, failure } from '@/lib/errors';
import { can } from '@/lib/permissions';
import { readableStory } from '@/lib/readable-story';
import { revalidateStory } from '@/lib/reader/revalidate';
import { jsonField, storySaveInput } from '@/lib/schemas/story';
import { stateLabels } from '@/lib/story-states';
import { parseSiteTime } from '@/lib/time';
import { canMove, editorOnSave, isLive, isRepeatedMove, moveDone, moveLabels, refusalReason } from '@/lib/workflow';

export type SaveOutcome = { kind: 'saved'; story: EditorStory } | { kind: 'conflict'; current: EditorStory };

const wasPublic = (state: string) => state === 'published';

/** 存草稿 and autosave: creates the story on its first save; refuses to overwrite newer work. */
export const saveStoryAction = staffAction(
  { schema: z.object({ payload: jsonField(storySaveInput) }), permission: 'story.create' },
  async ({ payload }, actor): Promise<ActionResult<SaveOutcome>> => {
    const db = await getDb();
    const fields = { ...payload.fields };
    try {
      if (payload.storyId === undefined) {
        // A reporter writes; assigning the 責編 is the desk's call.
        if (!can(actor, 'story.be-editor')) fields.editorId = null;
        const story = await createDraft(db, { fields, authorId: actor.id });
        return { ok: true, data: { kind: 'saved', story: toEditorStory(story) } };
      }
      const current = await readableStory(db, actor, payload.storyId);
      if (!current) return failure('not_found', '找不到這篇稿件');
      if (!can(actor, 'story.edit', current)) return failure('forbidden', '這篇稿件已送審，你不能再修改');
      // A reporter's 責編 field is ignored; on a live story a save never clears or changes it.
      const kept = editorOnSave({ state: current.state, current: current.editorId, wanted: fields.editorId, mayAssign: can(actor, 'story.be-editor') });
      if ('refused' in kept) return failure('invalid', kept.refused, { editorId: [kept.refused] });
      fields.editorId = kept.editorId;
      if (payload.baseVersion === undefined) return failure('invalid', '缺少版本資訊，請重新載入');
      // On a live story this writes the pending version: readers and their caches keep the live one.
      const story = await saveStoryFields(db, { storyId: current.id, baseVersion: payload.baseVersion, fields, actorId: actor.id, reason: payload.autosave ? 'autosave' : 'save' });
      // A plain save needs no banner: the status line already says 已儲存 and when. A live story's
      // save is worth saying, since readers keep the published version.
      return { ok: true, data: { kind: 'saved', story: toEditorStory(story) }, ...(isLive(story.state) ? { message: '已儲存為未發佈的修改' } : {}) };
    } catch (error) {
      const current = conflictingStory(error);
      if (current) return { ok: true, data: { kind: 'conflict', current: toEditorStory(current) } };
      throw error;
    }
  },
);

const moveInput = z.object({
  storyId: z.coerce.number().int().positive(),
  baseVersion: z.coerce.number().int().positive(),
  move: z.enum(['submit', 'withdraw', 'return', 'publish', 'schedule', 'unschedule', 'unpublish', 'reopen'], { error: '不支援的操作' }),
  // 排程發佈: the wall-clock time typed, read in the site's zone (never the browser's).
  publishAt: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, '請填寫有效的發佈時間')
    .optional(),
  comment: z.string().trim().max(2000, '說明不可超過 2000 個字').optional(),
  assignSelf: z.enum(['true', 'false']).optional(),
});

/** 提交審核, 撤回, 發佈, 排程發佈, 撤稿, 退回…: each checked against the workflow and the person's role. */
export const moveStoryAction = staffAction({ schema: moveInput, permission: 'workspace.enter' }, async (input, actor): Promise<ActionResult<SaveOutcome>> => {
  const db = await getDb();
  const current = await readableStory(db, actor, input.storyId);
  if (!current) return failure('not_found', '找不到這篇稿件');
  let publishAt: Date | undefined;
  if (input.publishAt) {
    const { timeZone } = await getSiteSettings(db);
    publishAt = parseSiteTime(input.publishAt, timeZone) ?? undefined;
    if (!publishAt) return failure('invalid', '請修正標示的欄位', { publishAt: ['請填寫有效的發佈時間'] });
  }
  // A move already made (a double click, a retry, a second tab) is answered as done.
  const answerRepeat = async (): Promise<ActionResult<SaveOutcome> | null> => {
    const [story, last] = await Promise.all([getStoryForEditing(db, current.id), getLastStoryMove(db, current.id)]);
    if (!story || !isRepeatedMove(actor, story, input.move, last, { publishAt })) return null;
    return { ok: true, data: { kind: 'saved', story: toEditorStory(story) }, message: moveDone[input.move] };
  };
  if (!canMove(actor, current, input.move)) {
    const repeat = await answerRepeat();
    if (repeat) return repeat;
    if (refusalReason(actor, current, input.move) === 'state') {
      return failure('conflict', `這篇稿件目前是「${stateLabels[current.state]}」，不能${moveLabels[input.move]}；請重新載入頁面`);
    }
    return failure('forbidden', '你沒有權限執行這個操作');
  }
  try {
    const story = await moveStory(db, {
      storyId: current.id,
      baseVersion: input.baseVersion,
      move: input.move,
      actorId: actor.id,
      publishAt,
      comment: input.comment,
      assignSelfAsEditor: input.assignSelf === 'true' && can(actor, 'story.be-editor'),
    });
    if (wasPublic(current.state) || wasPublic(story.state)) revalidateStory(story.id);
    return { ok: true, data: { kind: 'saved', story: toEditorStory(story) }, message: moveDone[input.move] };
  } catch (error) {
    const newer = conflictingStory(error);
    if (newer) return (await answerRepeat()) ?? { ok: true, data: { kind: 'conflict', current: toEditorStory(newer) } };
    throw error;
  }
});

const restoreInput = z.object({
  storyId: z.coerce.number().int().positive(),
  revisionId: z.coerce.number().int().positive(),
  baseVersion: z.coerce.number().int().positive(),
});

/** Brings back an older version as a new save (nothing in the history is lost). */
export const restoreRevisionAction = staffAction({ schema: restoreInput, permission: 'workspace.enter' }, async (input, actor): Promise<ActionResult<SaveOutcome>> => {
  const db = await getDb();
  const current = await readableStory(db, actor, input.storyId);
  if (!current) return failure('not_found', '找不到這篇稿件');
  if (!can(actor, 'story.edit', current)) return failure('forbidden', '你不能修改這篇稿件');
  const revision = await getRevision(db, { storyId: current.id, revisionId: input.revisionId, actor });
  if (!revision) return failure('not_found', '找不到這個版本');
  const parsed = storySaveInput.shape.fields.safeParse(revision.snapshot);
  if (!parsed.success) return failure('invalid', '這個版本的資料已無法還原');
  // Restoring never moves the 責編 of a live story, and a reporter's never.
  const mayAssign = can(actor, 'story.be-editor') && !isLive(current.state);
  const fields = { ...parsed.data, editorId: mayAssign ? parsed.data.editorId : current.editorId };
  try {
    // On a live story the old version becomes the pending one.
    const story = await saveStoryFields(db, { storyId: current.id, baseVersion: input.baseVersion, fields, actorId: actor.id, reason: 'restore' });
    revalidatePath(`/dashboard/articles/${story.id}`, 'layout');
    return { ok: true, data: { kind: 'saved', story: toEditorStory(story) }, message: isLive(story.state) ? `已將第 ${revision.version} 版還原為未發佈的修改` : `已還原到第 ${revision.version} 版` };
  } catch (error) {
    const newer = conflictingStory(error);
    if (newer) return { ok: true, data: { kind: 'conflict', current: toEditorStory(newer) } };
    throw error;
  }
});
