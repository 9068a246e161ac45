import { and, asc, desc, eq, inArray, isNull, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { RuleError, errorMessages } from '@/lib/errors';
import type { CheckedStoryFields } from '@/lib/schemas/story';
import type { Db } from '../client';
import { type Story, channels, media, staff, stories, storyMedia, storyRevisions, topicStories, topics } from '../schema';
import { PHOTO_FIGURE, documentFigures } from '@/lib/rich-text/document';
import type { FigureMediaMap } from '@/lib/rich-text/render';
import { editorOnSave, isLive, sameStoryContent } from '@/lib/workflow';
import { type StorySnapshot, snapshotOf, workingSnapshot } from '@/lib/story-snapshot';
import { recordAudit } from './audit';
import { getFigureMedia } from './media';
import { derivedStoryFields } from '@/lib/story-body';

/** Someone else saved since this person loaded the story: nothing was written. The newer story rides along. */
export function storyConflict(current: EditableStory): RuleError<{ current: EditableStory }> {
  return new RuleError('conflict', 'stale_version', errorMessages.conflict.message, { detail: { current } });
}

/** The newer story when `error` is a stale-version conflict, so the editor can offer both; else undefined. */
export function conflictingStory(error: unknown): EditableStory | undefined {
  if (error instanceof RuleError && error.reason === 'stale_version') return (error as RuleError<{ current: EditableStory }>).detail?.current;
  return undefined;
}

// Kept here too so the query modules keep one import for them; the definitions are pure.
export { type StorySnapshot, snapshotOf, workingSnapshot };

const authorStaff = alias(staff, 'author_staff');
const editorStaff = alias(staff, 'editor_staff');

export type EditableStory = NonNullable<Awaited<ReturnType<typeof getStoryForEditing>>>;

/** A story with everything the editor shows, in any state (not for readers). */
export async function getStoryForEditing(db: Db, id: number) {
  const [row] = await db
    .select({ story: stories, authorName: authorStaff.name, editorName: editorStaff.name, channelName: channels.name, channelSlug: channels.slug })
    .from(stories)
    .innerJoin(authorStaff, eq(authorStaff.id, stories.authorId))
    .leftJoin(editorStaff, eq(editorStaff.id, stories.editorId))
    .leftJoin(channels, eq(channels.id, stories.channelId))
    .where(and(eq(stories.id, id), isNull(stories.deletedAt)));
  if (!row) return undefined;
  // One after the other: inside a transaction both would share one connection, where pg refuses
  // (from version 9) a query sent while another is running.
  const gallery = await db
    .select({
      mediaId: storyMedia.mediaId,
      caption: storyMedia.caption,
      alt: storyMedia.alt,
      credit: storyMedia.credit,
      position: storyMedia.position,
      fileKey: media.fileKey,
      width: media.width,
      height: media.height,
      focalX: media.focalX,
      focalY: media.focalY,
    })
    .from(storyMedia)
    .innerJoin(media, eq(media.id, storyMedia.mediaId))
    .where(eq(storyMedia.storyId, id))
    .orderBy(asc(storyMedia.position));
  const topicRows = await db.select({ topicId: topicStories.topicId }).from(topicStories).where(eq(topicStories.storyId, id));
  return {
    ...row.story,
    authorName: row.authorName,
    editorName: row.editorName,
    channelName: row.channelName,
    channelSlug: row.channelSlug,
    gallery,
    topicIds: topicRows.map((t) => t.topicId),
  };
}

/**
 * Checks that what the fields point at exists and may be used; throws a RuleError. Returns
 * the library rows of the body's figures, for rendering.
 */
/** Whether a person may be named 責編 now: an editor or admin still on the staff. */
export async function isActiveEditor(db: Db, staffId: number): Promise<boolean> {
  const [person] = await db
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.id, staffId), eq(staff.active, true), ne(staff.role, 'reporter')));
  return Boolean(person);
}

export const NOT_AN_ACTIVE_EDITOR = '責編必須是在職的編輯或管理員';
/** A story's own 責編 has left: what 發佈 and 更新已發佈稿件 ask for. */
export const EDITOR_LEFT_CHOOSE = '這位責編已停用，請另選責編';
export const EDITOR_LEFT_REASSIGN = '這位責編已停用，請先「更換責編」';

/**
 * Checks what a story's fields point at. `keptEditorId` is the 責編 the story already has: a save
 * may keep a 責編 who has since left (the text typed is saved; publishing asks for an active one),
 * but may not name someone new who is not an active editor.
 */
export async function checkReferences(db: Db, fields: CheckedStoryFields, options: { keptEditorId?: number | null } = {}): Promise<FigureMediaMap> {
  const errors: Record<string, string[]> = {};
  if (fields.channelId !== null) {
    const [channel] = await db.select({ kind: channels.kind }).from(channels).where(eq(channels.id, fields.channelId));
    if (!channel) errors.channelId = ['頻道不存在'];
    else if (channel.kind === 'topics' || channel.kind === 'original') errors.channelId = ['這個頻道不能直接放稿件，請選擇其他頻道'];
  }
  if (fields.editorId !== null && fields.editorId !== options.keptEditorId && !(await isActiveEditor(db, fields.editorId))) {
    errors.editorId = [NOT_AN_ACTIVE_EDITOR];
  }
  const mediaIds = [...new Set(fields.gallery.map((g) => g.mediaId))];
  if (mediaIds.length) {
    const found = await db.select({ id: media.id }).from(media).where(inArray(media.id, mediaIds));
    if (found.length !== mediaIds.length) errors.gallery = ['圖集中有圖片已不存在，請重新加入'];
  }
  const topicIds = [...new Set(fields.topicIds)];
  if (topicIds.length) {
    const found = await db.select({ id: topics.id }).from(topics).where(inArray(topics.id, topicIds));
    if (found.length !== topicIds.length) errors.topicIds = ['專題不存在'];
  }
  const figures = documentFigures(fields.body);
  const figureMedia = await getFigureMedia(db, figures.map((f) => f.fileKey));
  if (figures.some((f) => figureMedia.get(f.fileKey)?.kind !== (f.type === PHOTO_FIGURE ? 'image' : 'video'))) {
    errors.body = ['正文中有圖片或影片已不在媒體庫，請移除後重新插入'];
  }
  if (Object.keys(errors).length) throw RuleError.fields('invalid', 'story_rule', errors);
  return figureMedia;
}

export async function writeGalleryAndTopics(db: Db, storyId: number, fields: CheckedStoryFields): Promise<void> {
  await db.delete(storyMedia).where(eq(storyMedia.storyId, storyId));
  if (fields.gallery.length) {
    await db.insert(storyMedia).values(fields.gallery.map((g, position) => ({ ...g, storyId, position })));
  }
  const wanted = [...new Set(fields.topicIds)];
  const existing = (await db.select({ topicId: topicStories.topicId }).from(topicStories).where(eq(topicStories.storyId, storyId))).map((t) => t.topicId);
  const removed = existing.filter((t) => !wanted.includes(t));
  if (removed.length) await db.delete(topicStories).where(and(eq(topicStories.storyId, storyId), inArray(topicStories.topicId, removed)));
  // A story added to a topic goes to the end of its curated order.
  for (const topicId of wanted.filter((t) => !existing.includes(t))) {
    const [last] = await db.select({ position: topicStories.position }).from(topicStories).where(eq(topicStories.topicId, topicId)).orderBy(desc(topicStories.position)).limit(1);
    await db.insert(topicStories).values({ topicId, storyId, position: (last?.position ?? -1) + 1 });
  }
}

export function columnsFrom(fields: CheckedStoryFields, figureMedia: FigureMediaMap) {
  return {
    title: fields.title,
    subtitle: fields.subtitle,
    channelId: fields.channelId,
    sourceName: fields.sourceName,
    isOriginal: fields.isOriginal,
    editorId: fields.editorId,
    writerCredit: fields.writerCredit,
    photosCredit: fields.photosCredit,
    photographerCredit: fields.photographerCredit,
    editorsNote: fields.editorsNote,
    videoUrl: fields.videoUrl,
    correction: fields.correction,
    slug: fields.slug ?? null,
    summary: fields.summary ?? null,
    ...derivedStoryFields({ title: fields.title, subtitle: fields.subtitle, editorsNote: fields.editorsNote, body: fields.body }, figureMedia),
  };
}

/**
 * Writes a revision (`pending`: saved as 未發佈的修改 of a live story); consecutive autosaves by one
 * person within 10 minutes share one.
 */
export async function recordRevision(db: Db, input: { storyId: number; version: number; reason: string; snapshot: StorySnapshot; actorId: number; pending?: boolean }) {
  if (input.reason === 'autosave') {
    const [last] = await db.select().from(storyRevisions).where(eq(storyRevisions.storyId, input.storyId)).orderBy(desc(storyRevisions.id)).limit(1);
    if (last && last.reason === 'autosave' && last.pending === Boolean(input.pending) && last.actorId === input.actorId && Date.now() - last.createdAt.getTime() < 10 * 60_000) {
      await db.update(storyRevisions).set({ version: input.version, snapshot: input.snapshot, createdAt: new Date() }).where(eq(storyRevisions.id, last.id));
      return;
    }
  }
  await db.insert(storyRevisions).values(input);
}

async function auditEditorChange(db: Db, story: Pick<Story, 'id' | 'editorId'>, editorId: number | null, actorId: number) {
  if (story.editorId === editorId) return;
  await recordAudit(db, { actorId, action: 'story.editor.assign', subjectType: 'story', subjectId: story.id, before: { editorId: story.editorId }, after: { editorId } });
}

/** A new draft by this author, with its first revision and audit entry. */
export async function createDraft(db: Db, input: { fields: CheckedStoryFields; authorId: number }): Promise<EditableStory> {
  return db.transaction(async (tx) => {
    const figureMedia = await checkReferences(tx, input.fields);
    const [row] = await tx
      .insert(stories)
      .values({ ...columnsFrom(input.fields, figureMedia), state: 'draft', authorId: input.authorId })
      .returning({ id: stories.id, version: stories.version, editorId: stories.editorId });
    const story = row!;
    await writeGalleryAndTopics(tx, story.id, input.fields);
    await recordRevision(tx, { storyId: story.id, version: story.version, reason: 'create', snapshot: input.fields, actorId: input.authorId });
    await recordAudit(tx, { actorId: input.authorId, action: 'story.create', subjectType: 'story', subjectId: story.id, after: { title: input.fields.title, state: 'draft' } });
    if (story.editorId !== null) await auditEditorChange(tx, { id: story.id, editorId: null }, story.editorId, input.authorId);
    return (await getStoryForEditing(tx, story.id))!;
  });
}

/**
 * Saves the editor's fields if nobody saved since `baseVersion`; otherwise throws
 * a stale-version RuleError (storyConflict) with the current story and writes nothing. On a live (published or
 * scheduled) story the fields become its pending version and readers see nothing of them; such
 * a save never changes the 責編 (a RuleError: that is reassignStoryEditor).
 */
export async function saveStoryFields(
  db: Db,
  input: { storyId: number; baseVersion: number; fields: CheckedStoryFields; actorId: number; reason: 'save' | 'autosave' | 'restore' },
): Promise<EditableStory> {
  return db.transaction(async (tx) => {
    const [locked] = await tx.select().from(stories).where(and(eq(stories.id, input.storyId), isNull(stories.deletedAt))).for('update');
    if (!locked) throw RuleError.fields('not_found', 'not_found', { storyId: ['找不到這篇稿件'] });
    if (locked.version !== input.baseVersion) throw storyConflict((await getStoryForEditing(tx, input.storyId))!);
    const figureMedia = await checkReferences(tx, input.fields, { keptEditorId: locked.editorId });
    const version = locked.version + 1;
    if (isLive(locked.state)) {
      const kept = editorOnSave({ state: locked.state, current: locked.editorId, wanted: input.fields.editorId, mayAssign: true });
      if ('refused' in kept) throw RuleError.fields('invalid', 'story_rule', { editorId: [kept.refused] });
      const live = snapshotOf((await getStoryForEditing(tx, input.storyId))!);
      // Edited back to what readers see: no pending changes remain.
      const pending = sameStoryContent(input.fields, live) ? null : input.fields;
      const now = new Date();
      await tx
        .update(stories)
        .set({ pending, pendingBy: pending && input.actorId, pendingAt: pending && now, version, editedAt: now })
        .where(eq(stories.id, input.storyId));
      await recordRevision(tx, { storyId: input.storyId, version, reason: input.reason, snapshot: input.fields, actorId: input.actorId, pending: true });
      if (input.reason === 'restore') {
        await recordAudit(tx, { actorId: input.actorId, action: 'story.restore', subjectType: 'story', subjectId: input.storyId, after: { version, pending: true } });
      }
      return (await getStoryForEditing(tx, input.storyId))!;
    }
    await tx
      .update(stories)
      .set({ ...columnsFrom(input.fields, figureMedia), version, updatedAt: new Date(), editedAt: new Date() })
      .where(eq(stories.id, input.storyId));
    await writeGalleryAndTopics(tx, input.storyId, input.fields);
    await recordRevision(tx, { storyId: input.storyId, version, reason: input.reason, snapshot: input.fields, actorId: input.actorId });
    await auditEditorChange(tx, locked, input.fields.editorId, input.actorId);
    if (input.reason === 'restore') {
      await recordAudit(tx, { actorId: input.actorId, action: 'story.restore', subjectType: 'story', subjectId: input.storyId, after: { version } });
    }
    return (await getStoryForEditing(tx, input.storyId))!;
  });
}
