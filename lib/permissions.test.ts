import { describe, expect, it } from 'vitest';
import { type Action, type Actor, can, storyReadScope } from './permissions';

const admin: Actor = { id: 1, role: 'admin', active: true };
const editor: Actor = { id: 2, role: 'editor', active: true };
const reporter: Actor = { id: 3, role: 'reporter', active: true };
const ownDraft = { authorId: 3, state: 'draft' as const };
const othersDraft = { authorId: 9, state: 'draft' as const };
const ownInReview = { authorId: 3, state: 'in_review' as const };

describe('can', () => {
  it.each<[string, Actor, Action, boolean]>([
    ['admin manages staff', admin, 'staff.manage', true],
    ['editor may not manage staff', editor, 'staff.manage', false],
    ['reporter may not manage staff', reporter, 'staff.manage', false],
    ['editor may not change settings', editor, 'settings.manage', false],
    ['reporter may not read the audit log', reporter, 'audit.read', false],
    ['reporter enters the workspace', reporter, 'workspace.enter', true],
    ['reporter creates a story', reporter, 'story.create', true],
    ['reporter uploads media', reporter, 'media.upload', true],
    ['reporter may not manage others’ media', reporter, 'media.manage', false],
    ['editor manages media', editor, 'media.manage', true],
  ])('%s', (_, actor, action, expected) => {
    expect(can(actor, action)).toBe(expected);
  });

  it.each<[string, Actor, Action, { authorId: number; state: 'draft' | 'in_review' }, boolean]>([
    ['reporter edits own draft', reporter, 'story.edit', ownDraft, true],
    ['reporter may not edit another reporter’s draft', reporter, 'story.edit', othersDraft, false],
    ['reporter may not edit own story once in review', reporter, 'story.edit', ownInReview, false],
    ['reporter submits own draft', reporter, 'story.submit', ownDraft, true],
    ['reporter never publishes', reporter, 'story.publish', ownDraft, false],
    ['reporter never schedules', reporter, 'story.schedule', ownDraft, false],
    ['reporter never unpublishes', reporter, 'story.unpublish', ownDraft, false],
    ['editor publishes anyone’s story', editor, 'story.publish', othersDraft, true],
    ['editor edits anyone’s story', editor, 'story.edit', ownInReview, true],
    ['admin publishes', admin, 'story.publish', othersDraft, true],
    ['reporter withdraws own submission', reporter, 'story.withdraw', ownInReview, true],
    ['reporter has nothing to withdraw from a draft', reporter, 'story.withdraw', ownDraft, false],
    ['editor does not withdraw a reporter’s submission (退回 instead)', editor, 'story.withdraw', ownInReview, false],
    ['admin does not withdraw a reporter’s submission either', admin, 'story.withdraw', ownInReview, false],
    ['an editor withdraws their own submission', editor, 'story.withdraw', { authorId: 2, state: 'in_review' as const }, true],
  ])('%s', (_, actor, action, story, expected) => {
    expect(can(actor, action, story)).toBe(expected);
  });

  it('refuses everything to a disabled account and to nobody', () => {
    expect(can({ ...admin, active: false }, 'workspace.enter')).toBe(false);
    expect(can({ ...editor, active: false }, 'story.publish', othersDraft)).toBe(false);
    expect(can(null, 'workspace.enter')).toBe(false);
  });
});

describe('storyReadScope', () => {
  const disabled: Actor = { id: 4, role: 'editor', active: false };
  const stories = [ownDraft, othersDraft, ownInReview, { authorId: 9, state: 'published' as const }, { authorId: 2, state: 'scheduled' as const }];
  const inScope = (scope: ReturnType<typeof storyReadScope>, story: { authorId: number }) =>
    scope.kind === 'all' || (scope.kind === 'author' && scope.authorId === story.authorId);

  it.each<[string, Actor | null]>([
    ['admin', admin],
    ['editor', editor],
    ['reporter', reporter],
    ['disabled account', disabled],
    ['nobody', null],
  ])('agrees with can(story.read) for %s', (_, actor) => {
    const scope = storyReadScope(actor);
    for (const story of stories) expect(inScope(scope, story)).toBe(can(actor, 'story.read', story));
  });

  it('gives a reporter their own stories only', () => {
    expect(storyReadScope(reporter)).toEqual({ kind: 'author', authorId: 3 });
  });
});
