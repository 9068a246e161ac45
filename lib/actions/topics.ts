'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import {
  addStoryToTopic,
  addTopic,
  moveTopicStory,
  removeStoryFromTopic,
  setTopicVisible,
  updateTopic,
} from '@/db/queries/topics';
import { staffAction } from '@/lib/action';
import type { ActionResult } from '@/lib/errors';
import { revalidateTopic } from '@/lib/reader/revalidate';
import { editTopicInput, moveTopicStoryInput, topicInput, topicStoryInput, topicVisibleInput } from '@/lib/schemas/topics';

/** Runs a topic change, then refreshes the reader's topic pages (each slug given) and the desk. */
async function changeTopic(change: () => Promise<{ slugs: string[]; message?: string }>): Promise<ActionResult> {
  const { slugs, message } = await change();
  for (const slug of new Set(slugs)) revalidateTopic(slug);
  revalidatePath('/dashboard/topics', 'layout');
  return { ok: true, data: undefined, message };
}

export const createTopicAction = staffAction({ schema: topicInput, permission: 'topics.manage' }, async (input, actor) => {
  const created = await addTopic(await getDb(), input, actor.id);
  revalidatePath('/dashboard/topics');
  redirect(`/dashboard/topics/${created.id}`);
});

export const updateTopicAction = staffAction({ schema: editTopicInput, permission: 'topics.manage' }, async (input, actor) =>
  changeTopic(async () => {
    const { before, after } = await updateTopic(await getDb(), input, actor.id);
    return { slugs: [before.slug, after.slug], message: '專題已儲存' };
  }),
);

export const setTopicVisibleAction = staffAction({ schema: topicVisibleInput, permission: 'topics.manage' }, async (input, actor) =>
  changeTopic(async () => {
    const topic = await setTopicVisible(await getDb(), input, actor.id);
    return { slugs: [topic.slug], message: topic.visible ? `「${topic.title}」已發佈` : `「${topic.title}」已隱藏` };
  }),
);

export const addTopicStoryAction = staffAction({ schema: topicStoryInput, permission: 'topics.manage' }, async (input, actor) =>
  changeTopic(async () => {
    const topic = await addStoryToTopic(await getDb(), input, actor.id);
    return { slugs: [topic.slug], message: '已加入專題' };
  }),
);

export const removeTopicStoryAction = staffAction({ schema: topicStoryInput, permission: 'topics.manage' }, async (input, actor) =>
  changeTopic(async () => {
    const topic = await removeStoryFromTopic(await getDb(), input, actor.id);
    return { slugs: [topic.slug] };
  }),
);

export const moveTopicStoryAction = staffAction({ schema: moveTopicStoryInput, permission: 'topics.manage' }, async (input, actor) =>
  changeTopic(async () => {
    const { topic } = await moveTopicStory(await getDb(), input, actor.id);
    return { slugs: [topic.slug] };
  }),
);
