import { describe, expect, it } from 'vitest';
import type { StoryState } from '@/db/schema';
import type { Actor } from './permissions';
import { type Move, availableMoves, canMove, nextState, publishProblems } from './workflow';

const admin: Actor = { id: 1, role: 'admin', active: true };
const editor: Actor = { id: 2, role: 'editor', active: true };
const reporter: Actor = { id: 3, role: 'reporter', active: true };
const states: StoryState[] = ['draft', 'in_review', 'scheduled', 'published', 'unpublished'];
const allMoves: Move[] = ['submit', 'return', 'publish', 'schedule', 'unschedule', 'unpublish', 'reopen'];

// The whole table: for each state and move, where it leads (null: not allowed from there).
const expected: Record<StoryState, Record<Move, StoryState | null>> = {
  draft: { submit: 'in_review', return: null, publish: 'published', schedule: 'scheduled', unschedule: null, unpublish: null, reopen: null },
  in_review: { submit: null, return: 'draft', publish: 'published', schedule: 'scheduled', unschedule: null, unpublish: null, reopen: null },
  scheduled: { submit: null, return: 'draft', publish: 'published', schedule: 'scheduled', unschedule: 'in_review', unpublish: null, reopen: null },
  published: { submit: null, return: null, publish: null, schedule: null, unschedule: null, unpublish: 'unpublished', reopen: null },
  unpublished: { submit: null, return: null, publish: 'published', schedule: 'scheduled', unschedule: null, unpublish: null, reopen: 'draft' },
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
  it('lets a reporter only submit their own draft', () => {
    const own = { authorId: reporter.id, state: 'draft' as const };
    expect(availableMoves(reporter, own)).toEqual(['submit']);
    expect(availableMoves(reporter, { ...own, authorId: 99 })).toEqual([]);
    for (const state of states) {
      for (const move of ['publish', 'schedule', 'unpublish', 'return', 'unschedule', 'reopen'] as Move[]) {
        expect(canMove(reporter, { authorId: reporter.id, state }, move)).toBe(false);
      }
    }
  });

  it.each([editor, admin])('lets %o make every move the state allows', (actor) => {
    for (const state of states) {
      const story = { authorId: 99, state };
      const allowed = allMoves.filter((m) => expected[state][m] !== null);
      // Submitting is the author's hand-over; an editor publishes or schedules instead.
      expect(availableMoves(actor, story)).toEqual(allowed);
    }
  });

  it('refuses everything to a disabled editor', () => {
    expect(availableMoves({ ...editor, active: false }, { authorId: 99, state: 'in_review' })).toEqual([]);
  });
});

describe('publishProblems', () => {
  const ready = { title: '標題', channelId: 1, bodyText: '內文', editorId: 2, gallery: [{ alt: '河岸' }] };
  it('has none for a complete story', () => expect(publishProblems(ready)).toEqual({}));
  it('names each missing part', () => {
    expect(publishProblems({ title: ' ', channelId: null, bodyText: '', editorId: null, gallery: [{ alt: '' }, { alt: 'x' }, { alt: ' ' }] })).toEqual({
      title: '發佈前請填寫標題',
      channelId: '發佈前請選擇頻道',
      body: '發佈前請填寫正文',
      editorId: '發佈前請指定責編',
      gallery: '有 2 張圖片缺少替代文字',
    });
  });
  it('counts photos in the body without alt text', () => {
    expect(publishProblems({ ...ready, bodyPhotos: [{ alt: '市集' }, { alt: '' }] })).toEqual({ body: '正文中有 1 張圖片缺少替代文字' });
    expect(publishProblems({ ...ready, bodyText: '', bodyPhotos: [{ alt: ' ' }] })).toEqual({ body: '發佈前請填寫正文；正文中有 1 張圖片缺少替代文字' });
  });
});
