import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { StaffSummary } from '@/db/queries/staff';
import { RuleError } from './errors';

vi.mock('server-only', () => ({}));
const editor: StaffSummary = {
  id: 7,
  name: '周敏華',
  email: 'min@news.example',
  role: 'editor',
  active: true,
  mustChangePassword: false,
  sessionVersion: 1,
  lastSignInAt: null,
  createdAt: new Date(0),
  updatedAt: new Date(0),
};
vi.mock('./session', () => ({ getCurrentStaff: async () => editor }));

const { staffAction } = await import('./action');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

// Every action throws the query layer's RuleError and relies on this one mapping.
describe('staffAction', () => {
  const throwing = (error: unknown) => staffAction({ schema: z.object({ slug: z.string() }), permission: 'workspace.enter' }, async () => Promise.reject(error));

  it('answers a broken rule with its code, message and fields', async () => {
    const result = await throwing(new RuleError('conflict', 'slug_taken', '這個網址代稱已被其他頻道使用', { field: 'slug' }))(null, form({ slug: 'news' }));
    expect(result).toEqual({ ok: false, code: 'conflict', message: '這個網址代稱已被其他頻道使用', fieldErrors: { slug: ['這個網址代稱已被其他頻道使用'] } });
  });

  it('joins a rule broken field by field into one message', async () => {
    const error = RuleError.fields('invalid', 'story_rule', { channelId: ['找不到這個頻道'], editorId: ['責編必須是在職的編輯或管理員'] });
    const result = await throwing(error)(null, form({ slug: 'x' }));
    expect(result).toEqual({
      ok: false,
      code: 'invalid',
      message: '找不到這個頻道；責編必須是在職的編輯或管理員',
      fieldErrors: { channelId: ['找不到這個頻道'], editorId: ['責編必須是在職的編輯或管理員'] },
    });
  });

  it('answers not found without fields', async () => {
    const result = await throwing(new RuleError('not_found', 'not_found', '找不到這個專題'))(null, form({ slug: 'x' }));
    expect(result).toEqual({ ok: false, code: 'not_found', message: '找不到這個專題' });
  });

  it('lets a fault or a redirect through, so the error page and navigation still happen', async () => {
    const fault = new Error('connection reset');
    await expect(throwing(fault)(null, form({ slug: 'x' }))).rejects.toBe(fault);
    const redirect = Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;replace;/dashboard;307;' });
    await expect(throwing(redirect)(null, form({ slug: 'x' }))).rejects.toBe(redirect);
  });

  it('refuses input the schema rejects before the body runs', async () => {
    const body = vi.fn();
    const result = await staffAction({ schema: z.object({ slug: z.string().min(1, '請填寫代稱') }), permission: 'workspace.enter' }, body)(null, form({ slug: '' }));
    expect(result).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { slug: ['請填寫代稱'] } });
    expect(body).not.toHaveBeenCalled();
  });
});
