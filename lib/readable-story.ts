import type { Db } from '@/db/client';
import type { StaffSummary } from '@/db/queries/staff';
import { type EditableStory, getStoryForEditing } from '@/db/queries/story-editing';
import { can } from './permissions';
import { rowIdFrom } from './schemas/ids';

/**
 * The story as the workspace edits it, if this person may read it. Pages and actions answer a
 * story the person may not read exactly as a missing one (404, 找不到這篇稿件): ids reveal nothing.
 * `id` is a checked number from a form or an address segment still to be checked.
 */
export async function readableStory(db: Db, actor: StaffSummary, id: number | string): Promise<EditableStory | undefined> {
  const storyId = typeof id === 'number' ? id : rowIdFrom(id);
  if (storyId === null) return undefined;
  const story = await getStoryForEditing(db, storyId);
  return story && can(actor, 'story.read', story) ? story : undefined;
}
