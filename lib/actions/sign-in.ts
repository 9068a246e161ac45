'use server';

import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { z } from 'zod';
import { type ActionFailure, type ActionResult, failure } from '@/lib/errors';
import { signIn } from '@/lib/auth';
import { signInInput } from '@/lib/schemas/staff';

const codeMessages: Record<string, ActionFailure> = {
  throttled: failure('throttled', '登入嘗試次數過多，請稍後再試'),
  disabled: failure('forbidden', '這個帳號已停用，請聯絡管理員'),
};

/**
 * A refused sign-in carries the email as typed, so the page drawn again without JavaScript (the
 * form posted as a plain page) shows it; the password is never sent back.
 */
export type SignInState = ActionResult | (ActionFailure & { email: string });

/** Signs a staff member in; the same message for an unknown email and a wrong password. */
export async function signInAction(_previous: SignInState | null, formData: FormData): Promise<SignInState> {
  const typed = formData.get('email');
  const email = typeof typed === 'string' ? typed : '';
  const parsed = signInInput.safeParse({ email: formData.get('email'), password: formData.get('password') });
  if (!parsed.success) return { ...failure('invalid', '請輸入電子郵件和密碼', z.flattenError(parsed.error).fieldErrors), email };
  await headers(); // the sign-in reads the client's address from the request
  try {
    await signIn('credentials', { ...parsed.data, redirectTo: '/dashboard' });
  } catch (error) {
    // A successful sign-in ends in a redirect, which is thrown and must pass through.
    if (!(error instanceof AuthError)) throw error;
    const code = (error as AuthError & { code?: string }).code ?? '';
    return { ...(codeMessages[code] ?? failure('unauthenticated', '電子郵件或密碼不正確')), email };
  }
  return { ok: true, data: undefined };
}
