import { eq } from 'drizzle-orm';
import { beforeEach, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import { saveSiteSettings } from '@/db/queries/settings';
import type { StaffSummary } from '@/db/queries/staff';
import { getStoryForEditing } from '@/db/queries/story-editing';
import { auditLog } from '@/db/schema';
import { addDraft, addLocalChannel, addStaff, describeOnEachEngine, storyFields } from '@/db/testing';
import { documentFromBlocks } from '@/lib/rich-text/document';

// The action runs as on the server, with the session swapped for a chosen person and the
// database for a test one.
const session = vi.hoisted(() => ({ person: null as StaffSummary | null, db: null as (() => Db) | null }));
vi.mock('server-only', () => ({}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock('@/lib/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock('@/lib/session', () => ({ getCurrentStaff: async () => session.person }));
vi.mock('@/db/client', async (original) => ({ ...(await original<typeof import('@/db/client')>()), getDb: async () => session.db!() }));

const { moveStoryAction } = await import('./stories');

function request(fields: Record<string, string | number>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, String(v));
  return form;
}

describeOnEachEngine('moveStoryAction', ({ db }) => {
  let editor: StaffSummary;
  let reporter: StaffSummary;
  let channelId: number;
  beforeEach(async () => {
    session.db = db;
    editor = await addStaff(db(), 'editor', 'editor');
    reporter = await addStaff(db(), 'reporter', 'reporter');
    channelId = (await addLocalChannel(db(), editor.id)).id;
  });

  const draft = (overrides: { title?: string; body?: string; editorId?: number | null } = {}) =>
    addDraft(
      db(),
      storyFields(
        { channelId, title: overrides.title ?? '港口夜景', text: overrides.body ?? '夜裡的港口燈火通明。' },
        { editorId: overrides.editorId ?? null, ...(overrides.body === '' ? { body: documentFromBlocks([]) } : {}) },
      ),
      reporter.id,
    );

  it('answers a second 發佈 of the same page as done, not as refused, and publishes once', async () => {
    const story = await draft();
    session.person = editor;
    const form = { storyId: story.id, baseVersion: story.version, move: 'publish', assignSelf: 'true' };
    const [first, second] = [await moveStoryAction(null, request(form)), await moveStoryAction(null, request(form))];
    expect(first).toMatchObject({ ok: true, message: '已發佈' });
    expect(second).toMatchObject({ ok: true, message: '已發佈', data: { kind: 'saved', story: { state: 'published' } } });
    // Two at once (a double click that beat the disabled button) also publish once.
    const other = await draft({ title: '另一篇' });
    const both = await Promise.all([1, 2].map(() => moveStoryAction(null, request({ ...form, storyId: other.id, baseVersion: other.version }))));
    expect(both.map((r) => r.ok && r.message)).toEqual(['已發佈', '已發佈']);
    const publishes = await db().select().from(auditLog).where(eq(auditLog.action, 'story.publish'));
    expect(publishes).toHaveLength(2);
  });

  it('still refuses a reporter who replays a publish, and says when a colleague moved the story first', async () => {
    const story = await draft();
    session.person = reporter;
    const submitted = await moveStoryAction(null, request({ storyId: story.id, baseVersion: story.version, move: 'submit' }));
    expect(submitted).toMatchObject({ ok: true, message: '已提交審核' });
    // The reporter's double click on 提交審核.
    expect(await moveStoryAction(null, request({ storyId: story.id, baseVersion: story.version, move: 'submit' }))).toMatchObject({ ok: true, message: '已提交審核' });
    session.person = editor;
    const current = (await getStoryForEditing(db(), story.id))!;
    expect(await moveStoryAction(null, request({ storyId: story.id, baseVersion: current.version, move: 'publish', assignSelf: 'true' }))).toMatchObject({ ok: true });
    // The story is published now, but the reporter could never have published it.
    session.person = reporter;
    expect(await moveStoryAction(null, request({ storyId: story.id, baseVersion: current.version, move: 'publish' }))).toMatchObject({ ok: false, code: 'forbidden', message: '你沒有權限執行這個操作' });
    // An editor's stale page offers 退回 on a story a colleague already published.
    session.person = editor;
    const stale = await moveStoryAction(null, request({ storyId: story.id, baseVersion: current.version, move: 'return', comment: '請補充' }));
    expect(stale).toMatchObject({ ok: false, code: 'conflict', message: '這篇稿件目前是「已發佈」，不能退回；請重新載入頁面' });
  });

  it('refuses to submit an empty story and lets the reporter withdraw a real submission', async () => {
    session.person = reporter;
    const empty = await draft({ body: '' });
    expect(await moveStoryAction(null, request({ storyId: empty.id, baseVersion: empty.version, move: 'submit' }))).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { body: ['提交前請填寫正文'] },
    });
    expect((await getStoryForEditing(db(), empty.id))?.state).toBe('draft');

    const story = await draft();
    await moveStoryAction(null, request({ storyId: story.id, baseVersion: story.version, move: 'submit' }));
    const submitted = (await getStoryForEditing(db(), story.id))!;
    expect(await moveStoryAction(null, request({ storyId: story.id, baseVersion: submitted.version, move: 'withdraw' }))).toMatchObject({
      ok: true,
      message: '已撤回，稿件回到草稿',
      data: { story: { state: 'draft' } },
    });
    // An editor cannot withdraw someone else's submission.
    await moveStoryAction(null, request({ storyId: story.id, baseVersion: submitted.version + 1, move: 'submit' }));
    session.person = editor;
    const again = (await getStoryForEditing(db(), story.id))!;
    expect(await moveStoryAction(null, request({ storyId: story.id, baseVersion: again.version, move: 'withdraw' }))).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('reads 發佈時間 in the site zone, whatever the zone of the server', async () => {
    const story = await draft({ editorId: editor.id });
    session.person = editor;
    const year = new Date().getUTCFullYear() + 1;
    const result = await moveStoryAction(null, request({ storyId: story.id, baseVersion: story.version, move: 'schedule', publishAt: `${year}-01-10T10:00` }));
    expect(result).toMatchObject({ ok: true, message: '已排程發佈', data: { story: { state: 'scheduled', publishedAt: `${year}-01-10T02:00:00.000Z` } } });
    // The same words for another site zone name another instant.
    await saveSiteSettings(db(), { timeZone: 'Europe/London' });
    const other = await draft({ editorId: editor.id });
    const london = await moveStoryAction(null, request({ storyId: other.id, baseVersion: other.version, move: 'schedule', publishAt: `${year}-01-10T10:00` }));
    expect(london).toMatchObject({ ok: true, data: { story: { publishedAt: `${year}-01-10T10:00:00.000Z` } } });
    // An instant with an offset is not a wall-clock time and is refused.
    const forged = await moveStoryAction(null, request({ storyId: other.id, baseVersion: other.version + 1, move: 'schedule', publishAt: `${year}-01-10T10:00Z` }));
    expect(forged).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { publishAt: ['請填寫有效的發佈時間'] } });
  });

  it('refuses 撤稿 without a reason and keeps the story published', async () => {
    const story = await draft({ editorId: editor.id });
    session.person = editor;
    await moveStoryAction(null, request({ storyId: story.id, baseVersion: story.version, move: 'publish' }));
    const live = (await getStoryForEditing(db(), story.id))!;
    expect(await moveStoryAction(null, request({ storyId: story.id, baseVersion: live.version, move: 'unpublish' }))).toMatchObject({
      ok: false,
      fieldErrors: { reason: ['撤稿時請說明原因'] },
    });
    expect((await getStoryForEditing(db(), story.id))?.state).toBe('published');
    expect(await moveStoryAction(null, request({ storyId: story.id, baseVersion: live.version, move: 'unpublish', comment: '內容有誤' }))).toMatchObject({ ok: true, message: '已撤稿' });
  });
});
