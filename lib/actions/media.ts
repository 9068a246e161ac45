'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { deleteMedia, getMediaById, listMedia, listPublishedStoryIdsUsingMedia, setMediaFocus, setVideoPoster, updateMediaText } from '@/db/queries/media';
import { staffAction } from '@/lib/action';
import { failure } from '@/lib/errors';
import { canManageMedia } from '@/lib/media/access';
import { mediaStorage } from '@/lib/media/configured-storage';
import type { LibraryPage } from '@/lib/media/types';
import { revalidateStory } from '@/lib/reader/revalidate';
import { mediaFocusInput, mediaIdInput, mediaPickerInput, mediaTextInput, videoPosterInput } from '@/lib/schemas/media';

const PICKER_PAGE = 24;

/**
 * 從圖庫選擇: a page of the library for the picker, newest first, photos only for a photo slot
 * (videos only for a video slot). Any staff member who may upload may choose from the whole library.
 */
export const pickFromLibraryAction = staffAction<typeof mediaPickerInput, LibraryPage>(
  { schema: mediaPickerInput, permission: 'media.upload' },
  async (input) => {
    const db = await getDb();
    const page = await listMedia(db, { q: input.q || undefined, kind: input.kind, before: input.before, limit: PICKER_PAGE });
    return {
      ok: true,
      data: {
        items: page.items.map((m) => ({
          id: m.id,
          fileKey: m.fileKey,
          kind: m.kind,
          width: m.width,
          height: m.height,
          alt: m.alt,
          caption: m.caption,
          credit: m.credit,
          originalName: m.originalName,
          posterKey: m.posterKey,
        })),
        ...(page.nextBefore ? { nextBefore: page.nextBefore } : {}),
      },
    };
  },
);

/** 儲存: the default 圖片說明, 替代文字 and 圖片來源 of one item. */
export const updateMediaAction = staffAction({ schema: mediaTextInput, permission: 'media.upload' }, async (input, actor) => {
  const db = await getDb();
  const item = await getMediaById(db, input.id);
  if (!item) return failure('not_found', '找不到這個媒體');
  if (!canManageMedia(actor, item)) return failure('forbidden', '只能修改自己上傳的媒體');
  await updateMediaText(db, { ...input, actorId: actor.id });
  revalidatePath('/dashboard/media');
  return { ok: true, data: undefined, message: '已儲存' };
});

/** 焦點: where cards and cropped renditions keep the photo in view. */
export const setMediaFocusAction = staffAction({ schema: mediaFocusInput, permission: 'media.upload' }, async (input, actor) => {
  const db = await getDb();
  const item = await getMediaById(db, input.id);
  if (!item) return failure('not_found', '找不到這個媒體');
  if (!canManageMedia(actor, item)) return failure('forbidden', '只能修改自己上傳的媒體');
  await setMediaFocus(db, { ...input, actorId: actor.id });
  // Cards of published stories crop this photo: their pages show the new point at once.
  for (const storyId of await listPublishedStoryIdsUsingMedia(db, input.id)) revalidateStory(storyId);
  revalidatePath(`/dashboard/media/${input.id}`);
  return { ok: true, data: undefined, message: '已儲存焦點' };
});

/** 設定封面: a video's poster, an image from the library (empty clears it). */
export const setVideoPosterAction = staffAction({ schema: videoPosterInput, permission: 'media.upload' }, async (input, actor) => {
  const db = await getDb();
  const item = await getMediaById(db, input.id);
  if (!item) return failure('not_found', '找不到這個媒體');
  if (!canManageMedia(actor, item)) return failure('forbidden', '只能修改自己上傳的媒體');
  await setVideoPoster(db, { videoId: input.id, posterId: input.posterId, actorId: actor.id });
  revalidatePath(`/dashboard/media/${input.id}`);
  return { ok: true, data: undefined, message: input.posterId ? '已設定封面' : '已移除封面' };
});

/** 刪除: only an unused item; its files go once the row is gone. */
export const deleteMediaAction = staffAction({ schema: mediaIdInput, permission: 'media.upload' }, async ({ id }, actor) => {
  const db = await getDb();
  const item = await getMediaById(db, id);
  if (!item) return failure('not_found', '找不到這個媒體');
  if (!canManageMedia(actor, item)) return failure('forbidden', '只能刪除自己上傳的媒體');
  const { keys } = await deleteMedia(db, { id, actor });
  const storage = mediaStorage();
  await Promise.all(keys.map((key) => storage.remove(key)));
  revalidatePath('/dashboard/media');
  redirect('/dashboard/media?deleted=1');
});
