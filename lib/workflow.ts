import type { StoryState } from '@/db/schema';
import { type Action, type Actor, type StorySubject, can } from './permissions';
import { sanitizeDocument } from './rich-text/document';
import type { StoryFields } from './schemas/story';

/**
 * Story states and the moves between them: 草稿 → 待審 → 已排程 / 已發佈 → 已撤稿.
 * Each move names the permission it needs; `permissions.ts` says who holds it.
 */
export type Move = 'submit' | 'withdraw' | 'return' | 'publish' | 'schedule' | 'unschedule' | 'unpublish' | 'reopen';

const moves: Record<Move, { from: readonly StoryState[]; to: StoryState; needs: Action }> = {
  submit: { from: ['draft'], to: 'in_review', needs: 'story.submit' },
  // 撤回: the author takes a submission back until an editor acts on it (publishes, schedules, returns).
  withdraw: { from: ['in_review'], to: 'draft', needs: 'story.withdraw' },
  return: { from: ['in_review', 'scheduled'], to: 'draft', needs: 'story.return' },
  publish: { from: ['draft', 'in_review', 'scheduled', 'unpublished'], to: 'published', needs: 'story.publish' },
  schedule: { from: ['draft', 'in_review', 'scheduled', 'unpublished'], to: 'scheduled', needs: 'story.schedule' },
  unschedule: { from: ['scheduled'], to: 'in_review', needs: 'story.schedule' },
  unpublish: { from: ['published'], to: 'unpublished', needs: 'story.unpublish' },
  reopen: { from: ['unpublished'], to: 'draft', needs: 'story.return' },
};

export const moveLabels: Record<Move, string> = {
  submit: '提交審核',
  withdraw: '撤回',
  return: '退回',
  publish: '發佈',
  schedule: '排程發佈',
  unschedule: '取消排程',
  unpublish: '撤稿',
  reopen: '重新編輯',
};

/** The state a move leads to from `state`, or null when the move does not apply there. */
export function nextState(state: StoryState, move: Move): StoryState | null {
  const rule = moves[move];
  return rule.from.includes(state) ? rule.to : null;
}

/** Whether this person may make this move on this story now. */
export function canMove(actor: Actor | null | undefined, story: StorySubject, move: Move): boolean {
  return nextState(story.state, move) !== null && can(actor, moves[move].needs, story);
}

/**
 * Why a move is refused: 'state' when this person could make it but the story is no longer
 * where it can be made (a colleague moved it first), 'permission' when they may not.
 */
export function refusalReason(actor: Actor | null | undefined, story: StorySubject, move: Move): 'state' | 'permission' | null {
  if (canMove(actor, story, move)) return null;
  const rule = moves[move];
  return nextState(story.state, move) === null && rule.from.some((state) => can(actor, rule.needs, { ...story, state })) ? 'state' : 'permission';
}

/** The moves to offer this person as buttons. */
export function availableMoves(actor: Actor | null | undefined, story: StorySubject): Move[] {
  return (Object.keys(moves) as Move[]).filter((m) => canMove(actor, story, m));
}

/** What a move answers when it is done, and when the same request comes again after it was made. */
export const moveDone: Record<Move, string> = {
  submit: '已提交審核',
  withdraw: '已撤回，稿件回到草稿',
  return: '已退回給作者',
  publish: '已發佈',
  schedule: '已排程發佈',
  unschedule: '已取消排程',
  unpublish: '已撤稿',
  reopen: '已改回草稿',
};

/** The moves a reason must come with (退回 tells the author why; 撤稿 tells the audit log), and the field that asks for it. */
export const movesNeedingReason: Readonly<Partial<Record<Move, { field: string; message: string }>>> = {
  return: { field: 'comment', message: '退回時請說明原因' },
  unpublish: { field: 'reason', message: '撤稿時請說明原因' },
};

export interface LastMove {
  move: string;
  /** The state the story was in before that move. */
  from: StoryState;
}

/**
 * Whether a request for `move` is one already made (a double click, a retried request, two
 * tabs): the last move on the story was this one, the story still stands where it leads (at the
 * time asked, for a schedule), and this person could have made it. Such a request is answered
 * as done rather than refused.
 */
export function isRepeatedMove(
  actor: Actor | null | undefined,
  story: StorySubject & { publishedAt: Date | null },
  move: Move,
  last: LastMove | null,
  request: { publishAt?: Date } = {},
): boolean {
  const rule = moves[move];
  if (!last || last.move !== move || story.state !== rule.to || !rule.from.includes(last.from)) return false;
  if (move === 'schedule' && request.publishAt?.getTime() !== story.publishedAt?.getTime()) return false;
  return can(actor, rule.needs, { ...story, state: last.from });
}

interface PublishCheckInput {
  title: string;
  channelId: number | null;
  bodyText: string;
  editorId: number | null;
  gallery: { alt: string; caption: string }[];
  /** Photos placed in the body (正文). */
  bodyPhotos?: { alt: string; caption: string }[];
}

const photoProblems = (photos: { alt: string; caption: string }[], where: string): string[] => {
  const missingAlt = photos.filter((p) => !p.alt.trim()).length;
  const missingCaption = photos.filter((p) => !p.caption.trim()).length;
  return [
    ...(missingAlt ? [`${where}有 ${missingAlt} 張圖片缺少替代文字`] : []),
    ...(missingCaption ? [`${where}有 ${missingCaption} 張圖片缺少圖片說明`] : []),
  ];
};

/**
 * What stops a story from going to the desk (提交審核) or to readers (發佈, 排程發佈), as
 * messages keyed by the field. Both ask for the same content; only publishing needs a 責編.
 */
export function readinessProblems(story: PublishCheckInput, step: 'submit' | 'publish'): Record<string, string> {
  const before = step === 'submit' ? '提交前' : '發佈前';
  const problems: Record<string, string> = {};
  if (!story.title.trim()) problems.title = `${before}請填寫標題`;
  if (story.channelId === null) problems.channelId = `${before}請選擇頻道`;
  const bodyProblems = [...(story.bodyText.trim() ? [] : [`${before}請填寫正文`]), ...photoProblems(story.bodyPhotos ?? [], '正文中')];
  if (bodyProblems.length) problems.body = bodyProblems.join('；');
  if (step === 'publish' && story.editorId === null) problems.editorId = '發佈前請指定責編';
  const galleryProblems = photoProblems(story.gallery, '');
  if (galleryProblems.length) problems.gallery = galleryProblems.join('；');
  return problems;
}

/** What stops a story from being published, as messages keyed by the field's label. */
export function publishProblems(story: PublishCheckInput): Record<string, string> {
  return readinessProblems(story, 'publish');
}

/**
 * Published or scheduled: readers see (or are about to see) this version, so edits are kept as
 * 未發佈的修改 until someone who may publish chooses 更新已發佈稿件.
 */
export function isLive(state: StoryState): boolean {
  return state === 'published' || state === 'scheduled';
}

/**
 * The 責編 a save may write: a reporter's choice is ignored (the current one stays), and on a live
 * story a save never clears or changes it (that is 更換責編, an explicit move). Returns the id to
 * keep, or a refusal to show.
 */
export function editorOnSave(input: { state: StoryState; current: number | null; wanted: number | null; mayAssign: boolean }): { editorId: number | null } | { refused: string } {
  if (!input.mayAssign) return { editorId: input.current };
  if (isLive(input.state) && input.wanted !== input.current) {
    return { refused: input.wanted === null ? '已發佈或排程的稿件不能沒有責編' : '已發佈或排程的稿件須以「更換責編」變更責編' };
  }
  return { editorId: input.wanted };
}

/** A value with its object keys sorted, so two versions compare by content, not key order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** Whether two versions of a story say the same thing (a pending version equal to the live one is no change). */
export function sameStoryContent(a: StoryFields, b: StoryFields): boolean {
  // Either side may be the editor's unchecked body, so both are checked the same way first. A
  // version saved before 網址代稱 and 摘要 existed lacks them: the same as empty.
  const normal = (f: StoryFields) =>
    JSON.stringify(canonical({ ...f, slug: f.slug ?? null, summary: f.summary ?? null, body: sanitizeDocument(f.body).doc, topicIds: [...f.topicIds].sort((x, y) => x - y) }));
  return normal(a) === normal(b);
}

/** How far ahead 排程發佈 may reach: a year (and a day, for a leap year). */
const SCHEDULE_HORIZON_MS = 366 * 24 * 3_600_000;

/** What is wrong with a 排程發佈 time, as a message for the publishAt field; null when it is fine. */
export function scheduleProblem(publishAt: Date | undefined, now: Date): string | null {
  if (!publishAt || publishAt.getTime() <= now.getTime()) return '排程時間必須在未來';
  if (publishAt.getTime() > now.getTime() + SCHEDULE_HORIZON_MS) return '排程時間不可超過一年後';
  return null;
}

/** The reason a move still needs (退回, 撤稿 without one), keyed by the field that asks for it; null when none is missing. */
export function missingReason(move: Move, comment: string | undefined): Record<string, string> | null {
  const rule = movesNeedingReason[move];
  return rule && !comment?.trim() ? { [rule.field]: rule.message } : null;
}

/**
 * The 發佈時間 a story carries after a move: 發佈 now (a story taken down and put back keeps its
 * first one), 排程發佈 the time chosen, and leaving the schedule clears the planned time.
 */
export function publishedAtAfter(move: Move, story: { state: StoryState; publishedAt: Date | null }, at: { now: Date; publishAt?: Date }): Date | null {
  if (move === 'publish') return story.state === 'unpublished' && story.publishedAt ? story.publishedAt : at.now;
  if (move === 'schedule') return at.publishAt ?? null;
  if (move === 'unschedule' || move === 'return' || move === 'reopen') return story.state === 'scheduled' ? null : story.publishedAt;
  return story.publishedAt;
}

/**
 * The rules of a move that need no database: the schedule window, a reason where one is owed,
 * and the 發佈時間 that follows. Problems are keyed by field, as the editor shows them.
 */
export function checkMove(
  move: Move,
  story: { state: StoryState; publishedAt: Date | null },
  input: { now: Date; publishAt?: Date; comment?: string },
): { publishedAt: Date | null } | { problems: Record<string, string> } {
  if (move === 'schedule') {
    const problem = scheduleProblem(input.publishAt, input.now);
    if (problem) return { problems: { publishAt: problem } };
  }
  const reason = missingReason(move, input.comment);
  if (reason) return { problems: reason };
  return { publishedAt: publishedAtAfter(move, story, input) };
}
