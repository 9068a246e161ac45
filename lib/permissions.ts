import type { StaffRole, StoryState } from '@/db/schema';

/** Who is acting: always reloaded from the database, never taken from a form or a token alone. */
export interface Actor {
  id: number;
  role: StaffRole;
  active: boolean;
}

export interface StorySubject {
  authorId: number;
  state: StoryState;
}

export type Action =
  | 'workspace.enter'
  | 'staff.manage'
  | 'channels.manage'
  | 'topics.manage'
  | 'settings.manage'
  | 'audit.read'
  | 'media.upload'
  // Edit or delete anyone's media; a reporter edits only their own uploads (lib/media/access.ts).
  | 'media.manage'
  | 'story.create'
  | 'story.read'
  | 'story.edit'
  | 'story.submit'
  // 撤回 a submission: the author's own step back, whatever their role.
  | 'story.withdraw'
  | 'story.publish'
  | 'story.schedule'
  | 'story.unpublish'
  | 'story.return'
  | 'story.be-editor';

const adminOnly: ReadonlySet<Action> = new Set(['staff.manage', 'channels.manage', 'topics.manage', 'settings.manage', 'audit.read']);
const editorial: ReadonlySet<Action> = new Set(['story.publish', 'story.schedule', 'story.unpublish', 'story.return', 'story.be-editor']);

/** The only home of role rules. A disabled account may do nothing. */
export function can(actor: Actor | null | undefined, action: Action, story?: StorySubject): boolean {
  if (!actor || !actor.active) return false;
  // Taking back a submission is the author's; the desk 退回 instead.
  if (action === 'story.withdraw') return story !== undefined && story.authorId === actor.id && story.state === 'in_review';
  if (actor.role === 'admin') return true;
  if (adminOnly.has(action)) return false;
  if (actor.role === 'editor') return true;
  // A reporter: own stories only, while they are drafts (or returned to them) or live.
  if (editorial.has(action)) return false;
  switch (action) {
    case 'workspace.enter':
    case 'media.upload':
    case 'story.create':
      return true;
    case 'story.read':
      return story !== undefined && story.authorId === actor.id;
    case 'story.edit':
      // A live story only ever into its pending version, which an editor publishes or not.
      return story !== undefined && story.authorId === actor.id && (story.state === 'draft' || story.state === 'published' || story.state === 'scheduled');
    case 'story.submit':
      return story !== undefined && story.authorId === actor.id && story.state === 'draft';
    default:
      return false;
  }
}

/**
 * The stories an actor may read, as data: the same rule as `can(actor, 'story.read', story)`,
 * for the query layer to turn into a condition (db/queries/story-access.ts), so a list or a
 * count never holds a story its reader could not open.
 */
type StoryReadScope = { kind: 'all' } | { kind: 'none' } | { kind: 'author'; authorId: number };

export function storyReadScope(actor: Actor | null | undefined): StoryReadScope {
  if (!actor || !actor.active) return { kind: 'none' };
  if (actor.role === 'admin' || actor.role === 'editor') return { kind: 'all' };
  return { kind: 'author', authorId: actor.id };
}

export const roleLabels: Record<StaffRole, string> = { admin: '管理員', editor: '編輯', reporter: '記者' };
