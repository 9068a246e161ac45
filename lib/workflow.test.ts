import { describe, expect, it } from 'vitest';
import type { StoryState } from '@/db/schema';
import type { Actor } from './permissions';
import {
  type Move,
  availableMoves,
  canMove,
  checkMove,
  isRepeatedMove,
  missingReason,
  nextState,
  publishProblems,
  publishedAtAfter,
  readinessProblems,
  refusalReason,
  scheduleProblem,
} from './workflow';

const admin: Actor = { id: 1, role: 'admin', active: true };
const editor: Actor = { id: 2, role: 'editor', active: true };
const reporter: Actor = { id: 3, role: 'reporter', active: true };
const states: StoryState[] = ['draft', 'in_review', 'scheduled', 'published', 'unpublished'];
const allMoves: Move[] = ['submit', 'withdraw', 'return', 'publish', 'schedule', 'unschedule', 'unpublish', 'reopen'];

// The whole table: for each state and move, where it leads (null: not allowed from there).
const expected: Record<StoryState, Record<Move, StoryState | null>> = {
  draft: { submit: 'in_review', withdraw: null, return: null, publish: 'published', schedule: 'scheduled', unschedule: null, unpublish: null, reopen: null },
  in_review: { submit: null, withdraw: 'draft', return: 'draft', publish: 'published', schedule: 'scheduled', unschedule: null, unpublish: null, reopen: null },
  scheduled: { submit: null, withdraw: null, return: 'draft', publish: 'published', schedule: 'scheduled', unschedule: 'in_review', unpublish: null, reopen: null },
  published: { submit: null, withdraw: null, return: null, publish: null, schedule: null, unschedule: null, unpublish: 'unpublished', reopen: null },
  unpublished: { submit: null, withdraw: null, return: null, publish: 'published', schedule: 'scheduled', unschedule: null, unpublish: null, reopen: 'draft' },
};

describe('nextState', () => {
  for (const state of states) {
    for (const move of allMoves) {
      it(`${state} --${move}--> ${expected[state][move] ?? 'refused'}`, () => {
        expect(nextState(state, move)).toBe(expected[state][move]);
      });
    }
  }
});

describe('canMove by role', () => {
  it('lets a reporter only submit their own draft, and withdraw it while it waits', () => {
    const own = { authorId: reporter.id, state: 'draft' as const };
    expect(availableMoves(reporter, own)).toEqual(['submit']);
    expect(availableMoves(reporter, { ...own, authorId: 99 })).toEqual([]);
    expect(availableMoves(reporter, { ...own, state: 'in_review' })).toEqual(['withdraw']);
    expect(availableMoves(reporter, { ...own, state: 'in_review', authorId: 99 })).toEqual([]);
    // Once an editor has acted (scheduled, published or returned it), there is nothing to withdraw.
    for (const state of ['draft', 'scheduled', 'published', 'unpublished'] as const) expect(canMove(reporter, { ...own, state }, 'withdraw')).toBe(false);
    for (const state of states) {
      for (const move of ['publish', 'schedule', 'unpublish', 'return', 'unschedule', 'reopen'] as Move[]) {
        expect(canMove(reporter, { authorId: reporter.id, state }, move)).toBe(false);
      }
    }
  });

  it.each([editor, admin])('lets %o make every move the state allows', (actor) => {
    for (const state of states) {
      const story = { authorId: 99, state };
      // 撤回 is the author's; an editor 退回 a colleague's submission instead.
      const allowed = allMoves.filter((m) => expected[state][m] !== null && m !== 'withdraw');
      expect(availableMoves(actor, story)).toEqual(allowed);
    }
  });

  it('refuses everything to a disabled editor', () => {
    expect(availableMoves({ ...editor, active: false }, { authorId: 99, state: 'in_review' })).toEqual([]);
  });
});

describe('publishProblems', () => {
  const ready = { title: '標題', channelId: 1, bodyText: '內文', editorId: 2, gallery: [{ alt: '河岸', caption: '清晨的河岸' }] };
  it('has none for a complete story', () => expect(publishProblems(ready)).toEqual({}));
  it('names each missing part', () => {
    expect(
      publishProblems({
        title: ' ',
        channelId: null,
        bodyText: '',
        editorId: null,
        gallery: [
          { alt: '', caption: '有說明' },
          { alt: 'x', caption: ' ' },
          { alt: ' ', caption: '' },
        ],
      }),
    ).toEqual({
      title: '發佈前請填寫標題',
      channelId: '發佈前請選擇頻道',
      body: '發佈前請填寫正文',
      editorId: '發佈前請指定責編',
      gallery: '有 2 張圖片缺少替代文字；有 2 張圖片缺少圖片說明',
    });
  });
  it('counts photos in the body without alt text or caption', () => {
    expect(publishProblems({ ...ready, bodyPhotos: [{ alt: '市集', caption: '市集' }, { alt: '', caption: '攤位' }] })).toEqual({ body: '正文中有 1 張圖片缺少替代文字' });
    expect(publishProblems({ ...ready, bodyPhotos: [{ alt: '市集', caption: '' }] })).toEqual({ body: '正文中有 1 張圖片缺少圖片說明' });
    expect(publishProblems({ ...ready, bodyText: '', bodyPhotos: [{ alt: ' ', caption: '攤位' }] })).toEqual({ body: '發佈前請填寫正文；正文中有 1 張圖片缺少替代文字' });
  });
});

describe('readinessProblems for 提交審核', () => {
  const ready = { title: '標題', channelId: 1, bodyText: '內文', editorId: null, gallery: [{ alt: '河岸', caption: '清晨的河岸' }] };
  it('asks for the same content as publishing, but no 責編 (the desk assigns one)', () => {
    expect(readinessProblems(ready, 'submit')).toEqual({});
    expect(readinessProblems(ready, 'publish')).toEqual({ editorId: '發佈前請指定責編' });
  });
  it('refuses a story that is only a title', () => {
    expect(readinessProblems({ ...ready, channelId: null, bodyText: ' \n ', gallery: [] }, 'submit')).toEqual({ channelId: '提交前請選擇頻道', body: '提交前請填寫正文' });
  });
  it('names photos without alt text or caption', () => {
    expect(readinessProblems({ ...ready, gallery: [{ alt: '', caption: '' }], bodyPhotos: [{ alt: 'a', caption: '' }] }, 'submit')).toEqual({
      gallery: '有 1 張圖片缺少替代文字；有 1 張圖片缺少圖片說明',
      body: '正文中有 1 張圖片缺少圖片說明',
    });
  });
});

describe('isRepeatedMove', () => {
  const published = { authorId: 99, state: 'published' as const, publishedAt: new Date('2026-12-01T02:00:00Z') };
  const fromReview = { move: 'publish', from: 'in_review' as const };

  it('answers a second 發佈 as done to whoever could have published', () => {
    expect(isRepeatedMove(editor, published, 'publish', fromReview)).toBe(true);
    expect(isRepeatedMove(admin, published, 'publish', fromReview)).toBe(true);
  });
  it('refuses it to someone who could not have made the move', () => {
    expect(isRepeatedMove(reporter, { ...published, authorId: reporter.id }, 'publish', fromReview)).toBe(false);
    expect(isRepeatedMove({ ...editor, active: false }, published, 'publish', fromReview)).toBe(false);
  });
  it('is not a repeat when the story moved on since, or another move came last', () => {
    expect(isRepeatedMove(editor, { ...published, state: 'unpublished' }, 'publish', fromReview)).toBe(false);
    expect(isRepeatedMove(editor, published, 'publish', { move: 'publish.scheduled', from: 'scheduled' })).toBe(false);
    expect(isRepeatedMove(editor, published, 'publish', null)).toBe(false);
    // 退回 and 撤回 both lead to a draft: one is not the other.
    expect(isRepeatedMove(editor, { ...published, state: 'draft' }, 'return', { move: 'withdraw', from: 'in_review' })).toBe(false);
  });
  it('knows a reporter’s second 提交審核 and 撤回', () => {
    const own = { authorId: reporter.id, publishedAt: null };
    expect(isRepeatedMove(reporter, { ...own, state: 'in_review' }, 'submit', { move: 'submit', from: 'draft' })).toBe(true);
    expect(isRepeatedMove(reporter, { ...own, state: 'draft' }, 'withdraw', { move: 'withdraw', from: 'in_review' })).toBe(true);
    expect(isRepeatedMove(reporter, { ...own, authorId: 99, state: 'in_review' }, 'submit', { move: 'submit', from: 'draft' })).toBe(false);
  });
  it('takes a schedule as repeated only for the same time', () => {
    const scheduled = { ...published, state: 'scheduled' as const };
    const last = { move: 'schedule', from: 'in_review' as const };
    expect(isRepeatedMove(editor, scheduled, 'schedule', last, { publishAt: new Date('2026-12-01T02:00:00Z') })).toBe(true);
    expect(isRepeatedMove(editor, scheduled, 'schedule', last, { publishAt: new Date('2026-12-01T03:00:00Z') })).toBe(false);
  });
});

describe('refusalReason', () => {
  it('tells a move a colleague made impossible from one the person may not make', () => {
    expect(refusalReason(editor, { authorId: 99, state: 'published' }, 'return')).toBe('state');
    expect(refusalReason(editor, { authorId: 99, state: 'draft' }, 'unpublish')).toBe('state');
    expect(refusalReason(reporter, { authorId: reporter.id, state: 'in_review' }, 'publish')).toBe('permission');
    expect(refusalReason(reporter, { authorId: reporter.id, state: 'published' }, 'unpublish')).toBe('permission');
    expect(refusalReason(reporter, { authorId: 99, state: 'in_review' }, 'withdraw')).toBe('permission');
    // The reporter's own submission, already published by the desk: nothing left to withdraw.
    expect(refusalReason(reporter, { authorId: reporter.id, state: 'published' }, 'withdraw')).toBe('state');
    expect(refusalReason(editor, { authorId: 99, state: 'in_review' }, 'publish')).toBeNull();
  });
});

describe('the rules of a move', () => {
  const now = new Date('2026-03-01T02:00:00Z');
  const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);

  it('schedules only into the future, and no more than a year ahead', () => {
    expect(scheduleProblem(undefined, now)).toBe('排程時間必須在未來');
    expect(scheduleProblem(now, now)).toBe('排程時間必須在未來');
    expect(scheduleProblem(hours(-1), now)).toBe('排程時間必須在未來');
    expect(scheduleProblem(hours(1), now)).toBeNull();
    expect(scheduleProblem(hours(366 * 24), now)).toBeNull();
    expect(scheduleProblem(hours(366 * 24 + 1), now)).toBe('排程時間不可超過一年後');
  });

  it('asks for a reason to 退回 and to 撤稿, in the field that asks for it, and for nothing else', () => {
    expect(missingReason('return', undefined)).toEqual({ comment: '退回時請說明原因' });
    expect(missingReason('return', '  ')).toEqual({ comment: '退回時請說明原因' });
    expect(missingReason('unpublish', '')).toEqual({ reason: '撤稿時請說明原因' });
    expect(missingReason('return', '標題有誤')).toBeNull();
    expect(missingReason('publish', undefined)).toBeNull();
    expect(missingReason('submit', undefined)).toBeNull();
  });

  it('dates a publication now, keeps the first date when a story taken down goes back up, and clears a planned one that is left', () => {
    const first = new Date('2026-01-01T00:00:00Z');
    expect(publishedAtAfter('publish', { state: 'draft', publishedAt: null }, { now })).toBe(now);
    expect(publishedAtAfter('publish', { state: 'unpublished', publishedAt: first }, { now })).toBe(first);
    expect(publishedAtAfter('publish', { state: 'scheduled', publishedAt: hours(5) }, { now })).toBe(now);
    expect(publishedAtAfter('schedule', { state: 'draft', publishedAt: null }, { now, publishAt: hours(5) })).toEqual(hours(5));
    expect(publishedAtAfter('unschedule', { state: 'scheduled', publishedAt: hours(5) }, { now })).toBeNull();
    expect(publishedAtAfter('return', { state: 'scheduled', publishedAt: hours(5) }, { now })).toBeNull();
    expect(publishedAtAfter('return', { state: 'in_review', publishedAt: null }, { now })).toBeNull();
    expect(publishedAtAfter('reopen', { state: 'unpublished', publishedAt: first }, { now })).toBe(first);
    expect(publishedAtAfter('unpublish', { state: 'published', publishedAt: first }, { now })).toBe(first);
  });

  it('checks a move: the schedule window first, then the reason, then says the date', () => {
    expect(checkMove('schedule', { state: 'draft', publishedAt: null }, { now, publishAt: hours(-1) })).toEqual({ problems: { publishAt: '排程時間必須在未來' } });
    expect(checkMove('unpublish', { state: 'published', publishedAt: now }, { now })).toEqual({ problems: { reason: '撤稿時請說明原因' } });
    expect(checkMove('schedule', { state: 'in_review', publishedAt: null }, { now, publishAt: hours(2) })).toEqual({ publishedAt: hours(2) });
    expect(checkMove('submit', { state: 'draft', publishedAt: null }, { now })).toEqual({ publishedAt: null });
  });
});
