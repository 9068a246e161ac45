import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db/client';
import { media } from '@/db/schema';
import { type StaffSummary, createStaff } from '@/db/queries/staff';
import { openTestDatabase } from '@/db/testing';

// The picker's action as it runs on the server, with the session swapped for a chosen person.
const session = vi.hoisted(() => ({ person: null as StaffSummary | null, database: null as Database | null }));
vi.mock('server-only', () => ({}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock('@/lib/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock('@/lib/session', () => ({ getCurrentStaff: async () => session.person }));
vi.mock('@/db/client', async (original) => ({ ...(await original<typeof import('@/db/client')>()), getDb: async () => session.database!.db }));

const { pickFromLibraryAction } = await import('./media');

const ask = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return pickFromLibraryAction(null, form);
};

let reporter: StaffSummary;

beforeAll(async () => {
  session.database = await openTestDatabase('pglite');
  const db = session.database.db;
  reporter = await createStaff(db, { name: '林記者', email: 'lin@news.example', role: 'reporter', passwordHash: 'x', mustChangePassword: false, actorId: null });
  const row = (n: number, kind: 'image' | 'video', caption: string) => ({
    fileKey: `${String(n).padStart(24, 'a')}.${kind === 'image' ? 'jpg' : 'mp4'}`,
    kind,
    mimeType: kind === 'image' ? 'image/jpeg' : 'video/mp4',
    size: 1,
    hash: `h${n}`,
    caption,
    uploadedBy: reporter.id,
  });
  await db.insert(media).values([
    ...Array.from({ length: 30 }, (_, i) => row(i + 1, 'image', `河岸照片 ${i + 1}`)),
    row(100, 'video', '河岸影片'),
    row(101, 'image', '夜市攤位'),
  ]);
});

afterAll(async () => {
  await session.database?.close();
});

describe('從圖庫選擇', () => {
  it('refuses a signed-out request', async () => {
    session.person = null;
    expect(await ask({ q: '', kind: 'image' })).toMatchObject({ ok: false, code: 'unauthenticated' });
  });

  it('refuses input it cannot use', async () => {
    session.person = reporter;
    expect(await ask({ q: '', kind: 'audio' })).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { kind: ['媒體類型不正確'] } });
    expect(await ask({ q: '字'.repeat(101), kind: 'image' })).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { q: ['搜尋文字不可超過 100 個字'] } });
    expect(await ask({ q: '', kind: 'image', before: '-1' })).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('offers only photos for a photo slot, newest first, a page at a time', async () => {
    session.person = reporter;
    const first = await ask({ q: '河岸', kind: 'image' });
    if (!first.ok) throw new Error(first.message);
    expect(first.data.items).toHaveLength(24);
    expect(first.data.items.every((i) => i.kind === 'image')).toBe(true);
    expect(first.data.items[0]!.caption).toBe('河岸照片 30');
    const second = await ask({ q: '河岸', kind: 'image', before: String(first.data.nextBefore) });
    if (!second.ok) throw new Error(second.message);
    expect(second.data.items.map((i) => i.caption)).toEqual(['河岸照片 6', '河岸照片 5', '河岸照片 4', '河岸照片 3', '河岸照片 2', '河岸照片 1']);
    expect(second.data.nextBefore).toBeUndefined();
    const videos = await ask({ q: '河岸', kind: 'video' });
    expect(videos.ok && videos.data.items.map((i) => i.caption)).toEqual(['河岸影片']);
  });
});
