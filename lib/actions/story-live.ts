'use server';

import { z } from 'zod';
import { getDb } from '@/db/client';
import { conflictingStory } from '@/db/queries/story-editing';
import { type LiveOutcome, discardPendingChanges, publishPendingChanges, reassignStoryEditor } from '@/db/queries/story-live';
import { staffAction } from '@/lib/action';
import { toEditorStory } from '@/lib/editor-story';
import { type ActionResult, failure } from '@/lib/errors';
import { can } from '@/lib/permissions';
import { readableStory } from '@/lib/readable-story';
import { revalidateStory } from '@/lib/reader/revalidate';
import { rowId } from '@/lib/schemas/ids';
import type { SaveOutcome } from './stories';

// What happens to a live (published or scheduled) story's two versions: 更新已發佈稿件,
// 捨棄修改, and 更換責編. Each reloads the story and checks the person's right on it.

const liveInput = z.object({
  storyId: rowId('找不到這篇稿件'),
  baseVersion: rowId('缺少版本資訊，請重新載入'),
});

/** Runs one step and answers as the editor expects; a step already done answers as done. */
async function run(body: () => Promise<LiveOutcome>, messages: { done: string; unchanged: string }): Promise<ActionResult<SaveOutcome>> {
  try {
    const { story, changed } = await body();
    if (changed && story.state === 'published') revalidateStory(story.id);
    return { ok: true, data: { kind: 'saved', story: toEditorStory(story) }, message: changed ? messages.done : messages.unchanged };
  } catch (error) {
    const newer = conflictingStory(error);
    if (newer) return { ok: true, data: { kind: 'conflict', current: toEditorStory(newer) } };
    throw error;
  }
}

/** 更新已發佈稿件: the pending version goes live, checked as 發佈 is; only those who may publish. */
export const updateLiveStoryAction = staffAction({ schema: liveInput, permission: 'story.publish' }, async (input, actor) => {
  const current = await readableStory(await getDb(), actor, input.storyId);
  if (!current) return failure('not_found', '找不到這篇稿件');
  if (!can(actor, 'story.publish', current)) return failure('forbidden', '你沒有權限執行這個操作');
  return run(async () => publishPendingChanges(await getDb(), { ...input, actorId: actor.id }), { done: '已更新已發佈稿件', unchanged: '已是最新的發佈版本' });
});

/** 捨棄修改: whoever may edit the story drops its pending version. */
export const discardPendingAction = staffAction({ schema: liveInput, permission: 'workspace.enter' }, async (input, actor) => {
  const current = await readableStory(await getDb(), actor, input.storyId);
  if (!current) return failure('not_found', '找不到這篇稿件');
  if (!can(actor, 'story.edit', current)) return failure('forbidden', '你不能修改這篇稿件');
  return run(async () => discardPendingChanges(await getDb(), { ...input, actorId: actor.id }), { done: '已捨棄未發佈的修改', unchanged: '沒有未發佈的修改' });
});

/** 更換責編: an editor's explicit reassignment, the only way a live story's 責編 changes. */
export const reassignEditorAction = staffAction(
  { schema: liveInput.extend({ editorId: rowId('請選擇責編') }), permission: 'story.be-editor' },
  async (input, actor) => {
    const current = await readableStory(await getDb(), actor, input.storyId);
    if (!current) return failure('not_found', '找不到這篇稿件');
    return run(async () => reassignStoryEditor(await getDb(), { ...input, actorId: actor.id }), { done: '已更換責編', unchanged: '責編沒有變更' });
  },
);
