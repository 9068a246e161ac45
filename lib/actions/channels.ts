'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { addChannel, deleteChannel, mergeChannel, moveChannel, setChannelVisible, updateChannel } from '@/db/queries/channels';
import { staffAction } from '@/lib/action';
import type { ActionResult } from '@/lib/errors';
import { revalidateSiteChrome } from '@/lib/reader/revalidate';
import { channelIdInput, channelInput, channelVisibleInput, editChannelInput, mergeChannelInput, moveChannelInput } from '@/lib/schemas/channels';

/** Runs a change readers see in the channel bar, then refreshes the bar and this page. */
async function changeChannels<T>(change: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  const result = await change();
  revalidateSiteChrome();
  revalidatePath('/dashboard/channels', 'layout');
  return result;
}

export const createChannelAction = staffAction({ schema: channelInput, permission: 'channels.manage' }, async (input, actor) =>
  changeChannels(async () => {
    const created = await addChannel(await getDb(), input, actor.id);
    return { ok: true, data: undefined, message: `已新增頻道「${created.name}」` };
  }),
);

export const updateChannelAction = staffAction({ schema: editChannelInput, permission: 'channels.manage' }, async (input, actor) =>
  changeChannels(async () => {
    const updated = await updateChannel(await getDb(), input, actor.id);
    return { ok: true, data: undefined, message: `已儲存頻道「${updated.name}」` };
  }),
);

export const moveChannelAction = staffAction({ schema: moveChannelInput, permission: 'channels.manage' }, async (input, actor) =>
  changeChannels(async () => {
    await moveChannel(await getDb(), input, actor.id);
    return { ok: true, data: undefined };
  }),
);

export const setChannelVisibleAction = staffAction({ schema: channelVisibleInput, permission: 'channels.manage' }, async (input, actor) =>
  changeChannels(async () => {
    const updated = await setChannelVisible(await getDb(), input, actor.id);
    return { ok: true, data: undefined, message: `「${updated.name}」已${updated.visible ? '顯示' : '隱藏'}` };
  }),
);

export const deleteChannelAction = staffAction({ schema: channelIdInput, permission: 'channels.manage' }, async (input, actor) => {
  const result = await changeChannels(async () => {
    await deleteChannel(await getDb(), input, actor.id);
    return { ok: true, data: undefined };
  });
  if (result.ok) redirect('/dashboard/channels');
  return result;
});

export const mergeChannelAction = staffAction({ schema: mergeChannelInput, permission: 'channels.manage' }, async (input, actor) => {
  const result = await changeChannels(async () => {
    await mergeChannel(await getDb(), input, actor.id);
    return { ok: true, data: undefined };
  });
  if (result.ok) redirect('/dashboard/channels');
  return result;
});
