'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { addComment, createShareLink, revokeShareLink, touchPresence } from '@/db/queries/story-desk';
import { staffAction } from '@/lib/action';
import { type ActionResult, failure } from '@/lib/errors';
import { readableStory } from '@/lib/readable-story';
import { commentInput } from '@/lib/schemas/story';

const storyId = z.coerce.number({ error: '找不到這篇稿件' }).int().positive('找不到這篇稿件');

/** A comment on the story's desk thread, by anyone who may read the story. */
export const addCommentAction = staffAction({ schema: commentInput, permission: 'workspace.enter' }, async (input, actor): Promise<ActionResult> => {
  const story = await readableStory(await getDb(), actor, input.storyId);
  if (!story) return failure('not_found', '找不到這篇稿件');
  await addComment(await getDb(), { storyId: story.id, authorId: actor.id, body: input.body });
  revalidatePath(`/dashboard/articles/${story.id}`);
  return { ok: true, data: undefined, message: '已送出留言' };
});

/** Heartbeat from an open editor: who else has this story open. */
export const presenceAction = staffAction({ schema: z.object({ storyId }), permission: 'workspace.enter' }, async (input, actor): Promise<ActionResult<string[]>> => {
  const story = await readableStory(await getDb(), actor, input.storyId);
  if (!story) return failure('not_found', '找不到這篇稿件');
  const others = await touchPresence(await getDb(), { storyId: story.id, staffId: actor.id });
  return { ok: true, data: others.map((o) => o.name) };
});

/** A 24-hour link to read the draft without signing in; the token is shown once. */
export const createShareLinkAction = staffAction({ schema: z.object({ storyId }), permission: 'workspace.enter' }, async (input, actor): Promise<ActionResult<{ path: string; expiresAt: string }>> => {
  const story = await readableStory(await getDb(), actor, input.storyId);
  if (!story) return failure('not_found', '找不到這篇稿件');
  const link = await createShareLink(await getDb(), { storyId: story.id, actorId: actor.id });
  revalidatePath(`/dashboard/articles/${story.id}`);
  return { ok: true, data: { path: `/preview/${link.token}`, expiresAt: link.expiresAt.toISOString() }, message: '已建立分享連結' };
});

export const revokeShareLinkAction = staffAction(
  { schema: z.object({ storyId, linkId: z.coerce.number().int().positive() }), permission: 'workspace.enter' },
  async (input, actor): Promise<ActionResult> => {
    const story = await readableStory(await getDb(), actor, input.storyId);
    if (!story) return failure('not_found', '找不到這篇稿件');
    const revoked = await revokeShareLink(await getDb(), { storyId: story.id, linkId: input.linkId, actorId: actor.id });
    revalidatePath(`/dashboard/articles/${story.id}`);
    return revoked ? { ok: true, data: undefined, message: '已撤銷分享連結' } : failure('not_found', '找不到這個連結');
  },
);
