import { z } from 'zod';

export const MIN_PASSWORD = 10;
const MAX_PASSWORD = 200;

export const emailField = z
  .string({ error: '請輸入電子郵件' })
  .trim()
  .min(1, '請輸入電子郵件')
  .max(254, '電子郵件過長')
  .pipe(z.email({ error: '電子郵件格式不正確' }))
  .transform((e) => e.toLowerCase());

export const passwordField = z
  .string({ error: '請輸入密碼' })
  .min(MIN_PASSWORD, `密碼至少需要 ${MIN_PASSWORD} 個字元`)
  .max(MAX_PASSWORD, `密碼不可超過 ${MAX_PASSWORD} 個字元`);

const nameField = z
  .string({ error: '請輸入姓名' })
  .trim()
  .min(1, '請輸入姓名')
  .max(60, '姓名不可超過 60 個字');

const roleField = z.enum(['admin', 'editor', 'reporter'], { error: '請選擇角色' });

export const signInInput = z.object({
  email: z.string({ error: '請輸入電子郵件' }).trim().min(1, '請輸入電子郵件').max(254, '電子郵件過長'),
  password: z.string({ error: '請輸入密碼' }).min(1, '請輸入密碼').max(MAX_PASSWORD, '密碼過長'),
});

export const newStaffInput = z.object({
  name: nameField,
  email: emailField,
  role: roleField,
  // Empty: the system generates one and shows it once.
  password: z.union([z.literal(''), passwordField]).optional(),
});

export const staffIdInput = z.object({ staffId: z.coerce.number({ error: '找不到這位人員' }).int().positive('找不到這位人員') });

export const changeRoleInput = staffIdInput.extend({ role: roleField });

export const profileNameInput = z.object({ name: nameField });

/**
 * A person's new password. The current one is asked for except at the first sign-in, where the
 * person has just typed the password an admin gave them (lib/actions/profile.ts decides).
 */
export const ownPasswordInput = z
  .object({
    current: z.string().max(MAX_PASSWORD, '密碼過長').default(''),
    password: passwordField,
    confirm: z.string({ error: '請再次輸入新密碼' }),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: '兩次輸入的新密碼不一致' });
