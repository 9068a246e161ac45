import { and, asc, eq, inArray, isNull, lte } from 'drizzle-orm';
import { RuleError } from '@/lib/errors';
import { PHOTO_FIGURE, documentFigures } from '@/lib/rich-text/document';
import { type Move, checkMove, moveLabels, movesNeedingReason, nextState, readinessProblems } from '@/lib/workflow';
import type { Db } from '../client';
import { type StoryState, stories, storyComments, storyMedia, storyRevisions } from '../schema';
import { recordAudit } from './audit';
import { EDITOR_LEFT_CHOOSE, type EditableStory, getStoryForEditing, isActiveEditor, recordRevision, snapshotOf, storyConflict } from './story-editing';
import { foldPendingChanges } from './story-live';

interface MoveInput {
  storyId: number;
  /** The version the person saw; a move on a story changed since then is a conflict. */
  baseVersion: number;
  move: Move;
  actorId: number;
  /** 排程發佈: when to publish. */
  publishAt?: Date;
  /** 退回 and 撤稿: why, posted to the story's comment thread (and, for 撤稿, kept in the audit entry). */
  comment?: string;
  /** 發佈 with one click: the publishing editor becomes the 責編. */
  assignSelfAsEditor?: boolean;
  now?: Date;
}

const readinessStep: Partial<Record<Move, 'submit' | 'publish'>> = { submit: 'submit', publish: 'publish', schedule: 'publish' };
const movesWithRevision: ReadonlySet<Move> = new Set(['submit', 'publish', 'schedule']);

/**
 * Moves a story to its next state with its audit entry (and revision or comment) in one
 * transaction. The caller has checked the person may make the move (lib/workflow canMove).
 */
export async function moveStory(db: Db, input: MoveInput): Promise<EditableStory> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(stories).where(and(eq(stories.id, input.storyId), isNull(stories.deletedAt))).for('update');
    if (!row) throw RuleError.fields('not_found', 'not_found', { storyId: ['找不到這篇稿件'] });
    if (row.version !== input.baseVersion) throw storyConflict((await getStoryForEditing(tx, input.storyId))!);
    const to = nextState(row.state, input.move);
    if (!to) throw RuleError.fields('invalid', 'story_rule', { state: [`這篇稿件目前的狀態不能「${moveLabels[input.move]}」`] });
    // The move acts on what the person sees in the editor: a live story's pending version.
    const locked = await foldPendingChanges(tx, row);

    const editorId = input.assignSelfAsEditor ? input.actorId : locked.editorId;
    const step = readinessStep[input.move];
    if (step) {
      const gallery = await tx.select({ alt: storyMedia.alt, caption: storyMedia.caption }).from(storyMedia).where(eq(storyMedia.storyId, locked.id));
      const bodyPhotos = documentFigures(locked.body).filter((f) => f.type === PHOTO_FIGURE);
      const problems = readinessProblems({ title: locked.title, channelId: locked.channelId, bodyText: locked.bodyText, editorId, gallery, bodyPhotos }, step);
      // A 責編 who has left since being named cannot answer for a new publication.
      if (step === 'publish' && editorId !== null && !problems.editorId && !(await isActiveEditor(tx, editorId))) problems.editorId = EDITOR_LEFT_CHOOSE;
      if (Object.keys(problems).length) throw RuleError.problems('not_ready', problems);
    }
    // The schedule window, a reason where one is owed, and the 發佈時間 that follows: lib/workflow.
    const checked = checkMove(input.move, locked, { now, publishAt: input.publishAt, comment: input.comment });
    if ('problems' in checked) throw RuleError.problems('move_rule', checked.problems);
    const { publishedAt } = checked;
    const reasonRule = movesNeedingReason[input.move];

    const version = locked.version + 1;
    await tx.update(stories).set({ state: to, publishedAt, editorId, version, updatedAt: now, editedAt: now }).where(eq(stories.id, locked.id));
    if (editorId !== locked.editorId) {
      await recordAudit(tx, { actorId: input.actorId, action: 'story.editor.assign', subjectType: 'story', subjectId: locked.id, before: { editorId: locked.editorId }, after: { editorId } });
    }
    await recordAudit(tx, {
      actorId: input.actorId,
      action: `story.${input.move}`,
      subjectType: 'story',
      subjectId: locked.id,
      before: { state: locked.state, publishedAt: locked.publishedAt },
      after: { state: to, publishedAt, ...(reasonRule ? { reason: input.comment!.trim() } : {}) },
    });
    if (input.comment?.trim()) await tx.insert(storyComments).values({ storyId: locked.id, authorId: input.actorId, body: `【${reasonRule ? moveLabels[input.move] : '留言'}】${input.comment.trim()}` });
    const story = (await getStoryForEditing(tx, locked.id))!;
    if (movesWithRevision.has(input.move)) await recordRevision(tx, { storyId: locked.id, version, reason: input.move, snapshot: snapshotOf(story), actorId: input.actorId });
    return story;
  });
}

/** The most stories publishDueStories publishes in one call. */
export const DUE_BATCH = 100;

/**
 * Publishes scheduled stories whose time has come, each with one audit entry and one revision;
 * returns their ids. Exactly once however many servers run this at the same moment: the claim
 * is one guarded UPDATE (state still 'scheduled', time come), whose candidate rows are locked
 * with SKIP LOCKED, so a second server skips what the first holds and a row published
 * meanwhile no longer matches. At most 100 stories a call; call again while it returns 100.
 */
export async function publishDueStories(db: Db, now = new Date()): Promise<number[]> {
  const isDue = and(eq(stories.state, 'scheduled'), lte(stories.publishedAt, now), isNull(stories.deletedAt));
  return db.transaction(async (tx) => {
    const candidates = tx.select({ id: stories.id }).from(stories).where(isDue).orderBy(asc(stories.publishedAt)).limit(DUE_BATCH).for('update', { skipLocked: true });
    const claimed = await tx
      .update(stories)
      .set({ state: 'published' satisfies StoryState, updatedAt: now, editedAt: now })
      .where(and(inArray(stories.id, candidates), isDue))
      .returning({ id: stories.id, publishedAt: stories.publishedAt, version: stories.version });
    claimed.sort((a, b) => a.publishedAt!.getTime() - b.publishedAt!.getTime() || a.id - b.id);
    for (const story of claimed) {
      await recordAudit(tx, {
        actorId: null,
        action: 'story.publish.scheduled',
        subjectType: 'story',
        subjectId: story.id,
        before: { state: 'scheduled' },
        after: { state: 'published', publishedAt: story.publishedAt },
      });
      const published = (await getStoryForEditing(tx, story.id))!;
      await tx.insert(storyRevisions).values({ storyId: story.id, version: story.version, reason: 'publish.scheduled', snapshot: snapshotOf(published), actorId: null });
    }
    return claimed.map((s) => s.id);
  });
}
