import { beforeEach, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import type { StaffSummary } from '@/db/queries/staff';
import { getStoryForEditing } from '@/db/queries/story-editing';
import { stories } from '@/db/schema';
import { addDraft, addLocalChannel, addStaff, describeOnEachEngine, storyFields } from '@/db/testing';
import type { CheckedStoryFields } from '@/lib/schemas/story';

// The save action as on the server, with the session swapped for a chosen person and the
// database for a test one: over-long text is refused by field, never cut and stored.
const session = vi.hoisted(() => ({ person: null as StaffSummary | null, db: null as (() => Db) | null }));
vi.mock('server-only', () => ({}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock('@/lib/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock('@/lib/session', () => ({ getCurrentStaff: async () => session.person }));
vi.mock('@/db/client', async (original) => ({ ...(await original<typeof import('@/db/client')>()), getDb: async () => session.db!() }));

const { saveStoryAction } = await import('./stories');

describeOnEachEngine('saveStoryAction and text limits', ({ db }) => {
  let reporter: StaffSummary;
  let fields: CheckedStoryFields;
  beforeEach(async () => {
    session.db = db;
    reporter = await addStaff(db(), 'reporter', 'reporter');
    session.person = reporter;
    const channel = await addLocalChannel(db(), reporter.id);
    fields = storyFields({ channelId: channel.id, title: '港口夜景', text: '夜裡的港口燈火通明。' });
  });

  const save = (payload: unknown) => {
    const form = new FormData();
    form.set('payload', JSON.stringify(payload));
    return saveStoryAction(null, form);
  };

  it('refuses a new story whose title or 編者按 is over its limit, naming each field, and stores nothing', async () => {
    const result = await save({ fields: { ...fields, title: '標'.repeat(201), editorsNote: '按'.repeat(2001) } });
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { title: ['標題不可超過 200 個字'], editorsNote: ['編者按不可超過 2000 個字'] },
    });
    expect(await db().select().from(stories)).toHaveLength(0);
  });

  it('keeps a saved story as it was when an edit is over the limit, and stores text at the limit whole', async () => {
    const story = await addDraft(db(), fields, reporter.id);
    const refused = await save({ storyId: story.id, baseVersion: story.version, fields: { ...fields, title: '長'.repeat(250) } });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { title: ['標題不可超過 200 個字'] } });
    expect((await getStoryForEditing(db(), story.id))?.title).toBe('港口夜景');

    const atLimit = { ...fields, title: '長'.repeat(200), editorsNote: '按'.repeat(2000) };
    const saved = await save({ storyId: story.id, baseVersion: story.version, fields: atLimit });
    expect(saved.ok).toBe(true);
    const stored = await getStoryForEditing(db(), story.id);
    expect(stored?.title).toBe('長'.repeat(200));
    expect(stored?.editorsNote).toBe('按'.repeat(2000));
  });

  it('names the photo and the field over the limit: its 替代文字 or 圖片說明, by its place in the gallery', async () => {
    const ok = { mediaId: 1, caption: '說明', alt: '替代', credit: '' };
    const result = await save({ fields: { ...fields, gallery: [ok, { ...ok, alt: '替'.repeat(301) }, { ...ok, caption: '說'.repeat(501) }] } });
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    expect(!result.ok && result.fieldErrors).toEqual({ 'gallery.1.alt': ['替代文字不可超過 300 個字'], 'gallery.2.caption': ['圖片說明不可超過 500 個字'] });
  });

  it('keeps a refusal of the whole gallery under 圖集', async () => {
    const item = { mediaId: 1, caption: '說明', alt: '替代', credit: '' };
    const result = await save({ fields: { ...fields, gallery: Array.from({ length: 61 }, () => item) } });
    expect(result).toMatchObject({ ok: false, fieldErrors: { gallery: ['圖集最多 60 張圖片'] } });
  });
});
