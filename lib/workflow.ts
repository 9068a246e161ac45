import type { StoryState } from '@/db/schema';
import { type Action, type Actor, type StorySubject, can } from './permissions';
import { sanitizeDocument } from './rich-text/document';
import type { StoryFields } from './schemas/story';

/**
 * Story states and the moves between them: 草稿 → 待審 → 已排程 / 已發佈 → 已撤稿.
 * Each move names the permission it needs; `permissions.ts` says who holds it.
 */
export type Move = 'submit' | 'return' | 'publish' | 'schedule' | 'unschedule' | 'unpublish' | 'reopen';

const moves: Record<Move, { from: readonly StoryState[]; to: StoryState; needs: Action }> = {
  submit: { from: ['draft'], to: 'in_review', needs: 'story.submit' },
  return: { from: ['in_review', 'scheduled'], to: 'draft', needs: 'story.return' },
  publish: { from: ['draft', 'in_review', 'scheduled', 'unpublished'], to: 'published', needs: 'story.publish' },
  schedule: { from: ['draft', 'in_review', 'scheduled', 'unpublished'], to: 'scheduled', needs: 'story.schedule' },
  unschedule: { from: ['scheduled'], to: 'in_review', needs: 'story.schedule' },
  unpublish: { from: ['published'], to: 'unpublished', needs: 'story.unpublish' },
  reopen: { from: ['unpublished'], to: 'draft', needs: 'story.return' },
};

export const moveLabels: Record<Move, string> = {
  submit: '提交審核',
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

/** The moves to offer this person as buttons. */
export function availableMoves(actor: Actor | null | undefined, story: StorySubject): Move[] {
  return (Object.keys(moves) as Move[]).filter((m) => canMove(actor, story, m));
}

export interface PublishCheckInput {
  title: string;
  channelId: number | null;
  bodyText: string;
  editorId: number | null;
  gallery: { alt: string }[];
  /** Photos placed in the body (正文). */
  bodyPhotos?: { alt: string }[];
}

/** What stops a story from being published, as messages keyed by the field's label. */
export function publishProblems(story: PublishCheckInput): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!story.title.trim()) problems.title = '發佈前請填寫標題';
  if (story.channelId === null) problems.channelId = '發佈前請選擇頻道';
  const bodyProblems: string[] = [];
  if (!story.bodyText.trim()) bodyProblems.push('發佈前請填寫正文');
  const missingBodyAlt = (story.bodyPhotos ?? []).filter((p) => !p.alt.trim()).length;
  if (missingBodyAlt) bodyProblems.push(`正文中有 ${missingBodyAlt} 張圖片缺少替代文字`);
  if (bodyProblems.length) problems.body = bodyProblems.join('；');
  if (story.editorId === null) problems.editorId = '發佈前請指定責編';
  const missingAlt = story.gallery.filter((g) => !g.alt.trim()).length;
  if (missingAlt) problems.gallery = `有 ${missingAlt} 張圖片缺少替代文字`;
  return problems;
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
  const normal = (f: StoryFields) => JSON.stringify(canonical({ ...f, body: sanitizeDocument(f.body).doc, topicIds: [...f.topicIds].sort((x, y) => x - y) }));
  return normal(a) === normal(b);
}
