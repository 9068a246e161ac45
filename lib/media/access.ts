import type { Actor } from '@/lib/permissions';
import { can } from '@/lib/permissions';

/** Editors and admins manage every item; a reporter the items they uploaded themselves. */
export function canManageMedia(actor: Actor, item: { uploadedBy: number | null }): boolean {
  return can(actor, 'media.manage') || (can(actor, 'media.upload') && item.uploadedBy === actor.id);
}
