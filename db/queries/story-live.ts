import { and, eq, inArray, isNull } from 'drizzle-orm';
import { RuleError } from '@/lib/errors';
import { PHOTO_FIGURE, documentFigures } from '@/lib/rich-text/document';
import type { CheckedStoryFields } from '@/lib/schemas/story';
import { isLive, publishProblems } from '@/lib/workflow';
import type { Db } from '../client';
import { type Story, channels, media, stories } from '../schema';
import { figureMediaFor } from './stories';
import { recordAudit } from './audit';
import {
  type EditableStory,
  EDITOR_LEFT_REASSIGN,
  NOT_AN_ACTIVE_EDITOR,
  checkReferences,
  columnsFrom,
  getStoryForEditing,
  isActiveEditor,
  recordRevision,
  snapshotOf,
  storyConflict,
  writeGalleryAndTopics,
} from './story-editing';

// A published or scheduled story is live: saves go to its pending version (stories.pending), and
// readers keep the live columns until someone with the right publishes the changes here.

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

async function lockStory(tx: Tx, storyId: number): Promise<Story> {
  const [locked] = await tx.select().from(stories).where(and(eq(stories.id, storyId), isNull(stories.deletedAt))).for('update');
  if (!locked) throw RuleError.fields('not_found', 'not_found', { storyId: ['找不到這篇稿件'] });
  return locked;
}

/** The pending version with the live 責編: pending changes never carry their own. */
const pendingFields = (story: Pick<Story, 'pending' | 'editorId'>): CheckedStoryFields | null => (story.pending ? { ...story.pending, editorId: story.editorId } : null);

export interface LiveOutcome {
  story: EditableStory;
  /** False when there was nothing to do (already updated or discarded: a replay answers as done). */
  changed: boolean;
}

/**
 * 更新已發佈稿件: the pending version becomes the live one, after the same checks as 發佈
 * (required fields, alt text, an active 責編), with its revision and audit entry.
 */
export async function publishPendingChanges(db: Db, input: { storyId: number; baseVersion: number; actorId: number; now?: Date }): Promise<LiveOutcome> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const locked = await lockStory(tx, input.storyId);
    if (!isLive(locked.state)) throw RuleError.fields('invalid', 'story_rule', { state: ['只有已發佈或已排程的稿件需要更新'] });
    const fields = pendingFields(locked);
    if (!fields) return { story: (await getStoryForEditing(tx, locked.id))!, changed: false };
    if (locked.version !== input.baseVersion) throw storyConflict((await getStoryForEditing(tx, locked.id))!);
    // The 責編 answers for what readers are about to see: one who has left is replaced first.
    if (fields.editorId !== null && !(await isActiveEditor(tx, fields.editorId))) throw RuleError.fields('invalid', 'story_rule', { editorId: [EDITOR_LEFT_REASSIGN] });
    const figureMedia = await checkReferences(tx, fields);
    const columns = columnsFrom(fields, figureMedia);
    const bodyPhotos = documentFigures(columns.body).filter((f) => f.type === PHOTO_FIGURE);
    const problems = publishProblems({ title: fields.title, channelId: fields.channelId, bodyText: columns.bodyText, editorId: fields.editorId, gallery: fields.gallery, bodyPhotos });
    if (Object.keys(problems).length) throw RuleError.problems('not_ready', problems);
    const version = locked.version + 1;
    await tx.update(stories).set({ ...columns, pending: null, pendingBy: null, pendingAt: null, version, updatedAt: now, editedAt: now }).where(eq(stories.id, locked.id));
    await writeGalleryAndTopics(tx, locked.id, fields);
    await recordRevision(tx, { storyId: locked.id, version, reason: 'update', snapshot: fields, actorId: input.actorId });
    await recordAudit(tx, {
      actorId: input.actorId,
      action: 'story.update',
      subjectType: 'story',
      subjectId: locked.id,
      before: { version: locked.version, title: locked.title, correction: locked.correction },
      after: { version, title: fields.title, correction: fields.correction },
    });
    return { story: (await getStoryForEditing(tx, locked.id))!, changed: true };
  });
}

/** 捨棄修改: the pending version is dropped (its revisions stay in the history). */
export async function discardPendingChanges(db: Db, input: { storyId: number; baseVersion: number; actorId: number }): Promise<LiveOutcome> {
  return db.transaction(async (tx) => {
    const locked = await lockStory(tx, input.storyId);
    if (!locked.pending) return { story: (await getStoryForEditing(tx, locked.id))!, changed: false };
    if (locked.version !== input.baseVersion) throw storyConflict((await getStoryForEditing(tx, locked.id))!);
    const version = locked.version + 1;
    await tx.update(stories).set({ pending: null, pendingBy: null, pendingAt: null, version, editedAt: new Date() }).where(eq(stories.id, locked.id));
    await recordAudit(tx, { actorId: input.actorId, action: 'story.pending.discard', subjectType: 'story', subjectId: locked.id, before: { version: locked.version }, after: { version } });
    return { story: (await getStoryForEditing(tx, locked.id))!, changed: true };
  });
}

/**
 * 更換責編: the one way a live story's 責編 changes, by an editor's explicit choice; takes effect
 * at once (the pending version follows), audited and kept in the history.
 */
export async function reassignStoryEditor(db: Db, input: { storyId: number; baseVersion: number; editorId: number; actorId: number }): Promise<LiveOutcome> {
  return db.transaction(async (tx) => {
    const locked = await lockStory(tx, input.storyId);
    if (locked.editorId === input.editorId) return { story: (await getStoryForEditing(tx, locked.id))!, changed: false };
    if (locked.version !== input.baseVersion) throw storyConflict((await getStoryForEditing(tx, locked.id))!);
    if (!(await isActiveEditor(tx, input.editorId))) throw RuleError.fields('invalid', 'story_rule', { editorId: [NOT_AN_ACTIVE_EDITOR] });
    const version = locked.version + 1;
    const pending = locked.pending ? { ...locked.pending, editorId: input.editorId } : null;
    await tx.update(stories).set({ editorId: input.editorId, pending, version, editedAt: new Date() }).where(eq(stories.id, locked.id));
    await recordAudit(tx, {
      actorId: input.actorId,
      action: 'story.editor.assign',
      subjectType: 'story',
      subjectId: locked.id,
      before: { editorId: locked.editorId },
      after: { editorId: input.editorId, explicit: true },
    });
    const story = (await getStoryForEditing(tx, locked.id))!;
    await recordRevision(tx, { storyId: locked.id, version, reason: 'reassign', snapshot: snapshotOf(story), actorId: input.actorId });
    return { story, changed: true };
  });
}

/**
 * Before a person's workflow move (發佈 now, reschedule, 退回, 撤稿…) the pending version becomes
 * the story's content: the move acts on what that person sees in the editor. The scheduler never
 * calls this: it publishes the version an editor approved.
 */
export async function foldPendingChanges(tx: Tx, locked: Story): Promise<Story> {
  const fields = pendingFields(locked);
  if (!fields) return locked;
  // A move (撤稿, a new time…) is never blocked by a 責編 who has since left; 發佈 checks them.
  const figureMedia = await checkReferences(tx, fields, { keptEditorId: locked.editorId });
  await tx.update(stories).set({ ...columnsFrom(fields, figureMedia), pending: null, pendingBy: null, pendingAt: null }).where(eq(stories.id, locked.id));
  await writeGalleryAndTopics(tx, locked.id, fields);
  return lockStory(tx, locked.id);
}

/**
 * A live story as it would read after 更新已發佈稿件 (for 預覽 and share links): the pending
 * version rendered the way it would be published. The story itself when it has none.
 */
export async function withPendingChanges(db: Db, story: EditableStory): Promise<EditableStory> {
  const fields = pendingFields(story);
  if (!fields) return story;
  const [figureMedia, photos, channel] = await Promise.all([
    figureMediaFor(db, fields.body),
    fields.gallery.length
      ? db.select({ id: media.id, fileKey: media.fileKey, width: media.width, height: media.height, focalX: media.focalX, focalY: media.focalY }).from(media).where(inArray(media.id, fields.gallery.map((g) => g.mediaId)))
      : [],
    fields.channelId === null ? undefined : db.select({ name: channels.name, slug: channels.slug }).from(channels).where(eq(channels.id, fields.channelId)).then((rows) => rows[0]),
  ]);
  const photo = new Map(photos.map((p) => [p.id, p]));
  return {
    ...story,
    ...columnsFrom(fields, figureMedia),
    channelName: channel?.name ?? null,
    channelSlug: channel?.slug ?? null,
    gallery: fields.gallery.flatMap((g, position) => {
      const found = photo.get(g.mediaId);
      return found ? [{ ...g, position, fileKey: found.fileKey, width: found.width, height: found.height, focalX: found.focalX, focalY: found.focalY }] : [];
    }),
  };
}
