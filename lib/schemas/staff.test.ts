import { describe, expect, it } from 'vitest';
import { newStaffInput, ownPasswordInput } from './staff';

describe('staff input', () => {
  it('normalises a valid new staff member', () => {
    const parsed = newStaffInput.parse({ name: ' 林小雨 ', email: 'Lin@Example.COM ', role: 'reporter', password: '' });
    expect(parsed).toEqual({ name: '林小雨', email: 'lin@example.com', role: 'reporter', password: '' });
  });

  it.each([
    [{ name: '', email: 'a@b.co', role: 'editor' }, 'name', '請輸入姓名'],
    [{ name: '甲'.repeat(61), email: 'a@b.co', role: 'editor' }, 'name', '姓名不可超過 60 個字'],
    [{ name: '林', email: 'not-an-email', role: 'editor' }, 'email', '電子郵件格式不正確'],
    [{ name: '林', email: 'a@b.co', role: 'boss' }, 'role', '請選擇角色'],
    [{ name: '林', email: 'a@b.co', role: 'editor', password: 'short' }, 'password', '密碼至少需要 10 個字元'],
  ])('refuses %j with a message on %s', (input, field, message) => {
    const result = newStaffInput.safeParse(input);
    expect(result.success).toBe(false);
    const errors = result.error!.flatten().fieldErrors as Record<string, string[] | undefined>;
    expect(errors[field]).toContain(message);
  });

  it('requires the two new passwords to match', () => {
    const result = ownPasswordInput.safeParse({ password: 'abcdefghijk', confirm: 'abcdefghijx' });
    expect(result.success).toBe(false);
    expect(result.error!.flatten().fieldErrors.confirm).toEqual(['兩次輸入的新密碼不一致']);
  });
});
