import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db/client';
import { addChannel } from '@/db/queries/channels';
import { type StaffSummary, createStaff } from '@/db/queries/staff';
import { addTopic } from '@/db/queries/topics';
import { openTestDatabase } from '@/db/testing';

// The actions run as they do on the server, with the session swapped for a chosen person and the
// database for a test one: a refusal must come from the action itself, not from a hidden link.
const session = vi.hoisted(() => ({ person: null as StaffSummary | null, database: null as Database | null }));
vi.mock('server-only', () => ({}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock('@/lib/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock('@/lib/session', () => ({ getCurrentStaff: async () => session.person }));
vi.mock('@/db/client', async (original) => ({ ...(await original<typeof import('@/db/client')>()), getDb: async () => session.database!.db }));

const modules = {
  staff: () => import('./staff'),
  channels: () => import('./channels'),
  topics: () => import('./topics'),
  settings: () => import('./settings'),
};

type AnyAction = (previous: null, formData: FormData) => Promise<{ ok: boolean; code?: string }>;

async function actionsOf(name: keyof typeof modules): Promise<[string, AnyAction][]> {
  const exports: Record<string, unknown> = await modules[name]();
  return Object.entries(exports).filter((e): e is [string, AnyAction] => typeof e[1] === 'function');
}

const people: Record<'admin' | 'editor' | 'reporter', StaffSummary | null> = { admin: null, editor: null, reporter: null };
let form: FormData;

async function auditCount(): Promise<number> {
  const result = await session.database!.db.execute(sql`select count(*)::int as n from audit_log`);
  return Number((result as unknown as { rows: { n: number }[] }).rows[0]!.n);
}

beforeAll(async () => {
  session.database = await openTestDatabase('pglite');
  const db = session.database.db;
  const make = (role: 'admin' | 'editor' | 'reporter') =>
    createStaff(db, { name: role, email: `${role}@news.example`, role, passwordHash: 'x', mustChangePassword: false, actorId: null });
  people.admin = await make('admin');
  people.editor = await make('editor');
  people.reporter = await make('reporter');
  const channel = await addChannel(db, { name: '要聞', slug: 'news', kind: 'list', parentId: null }, people.admin.id);
  const other = await addChannel(db, { name: '城市', slug: 'city', kind: 'list', parentId: null }, people.admin.id);
  const topic = await addTopic(db, { title: '冰雪季', slug: 'ice', summary: '', coverMediaId: null }, people.admin.id);
  // Every field any admin action reads, pointing at real rows: a missing check would change them.
  form = new FormData();
  const fields: Record<string, string | number> = {
    staffId: people.admin.id,
    role: 'reporter',
    active: 'false',
    name: '改過的名字',
    email: 'forged@news.example',
    password: 'forged-password-1',
    channelId: channel.id,
    intoId: other.id,
    slug: 'forged',
    kind: 'list',
    parentId: '',
    direction: 'down',
    visible: 'false',
    topicId: topic.id,
    storyId: 1,
    title: '偽造',
    summary: '',
    coverMediaId: '',
    siteName: '偽造的網站',
    timeZone: 'UTC',
    copyright: '偽造的條款',
    reprintDisclaimer: '',
    defaultVariant: 'hans',
  };
  for (const [k, v] of Object.entries(fields)) form.set(k, String(v));
});

afterAll(async () => {
  await session.database?.close();
});

describe.each(Object.keys(modules) as (keyof typeof modules)[])('the %s actions', (name) => {
  it.each(['editor', 'reporter', 'signed out'] as const)('refuse a caller who is %s and change nothing', async (who) => {
    session.person = who === 'signed out' ? null : people[who];
    const before = await auditCount();
    const actions = await actionsOf(name);
    expect(actions.length).toBeGreaterThan(0);
    for (const [exported, action] of actions) {
      const result = await action(null, form);
      expect({ exported, ok: result.ok, code: result.code }).toEqual({ exported, ok: false, code: who === 'signed out' ? 'unauthenticated' : 'forbidden' });
    }
    expect(await auditCount()).toBe(before);
  });
});

it('the same call from an admin goes through (the refusals above are not an artefact of the test)', async () => {
  session.person = people.admin;
  const { setChannelVisibleAction } = await modules.channels();
  const before = await auditCount();
  expect(await setChannelVisibleAction(null, form)).toMatchObject({ ok: true });
  expect(await auditCount()).toBe(before + 1);
});
