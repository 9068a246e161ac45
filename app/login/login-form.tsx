'use client';

import { useActionState } from 'react';
import { keepFieldsOnSubmit } from '@/components/dashboard/keep-fields-on-submit';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { signInAction } from '@/lib/actions/sign-in';

export function LoginForm() {
  const [state, action, pending] = useActionState(signInAction, null, '/login');
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} onSubmit={keepFieldsOnSubmit(action)} className="stack" noValidate>
      <FormMessage state={state} />
      <Field label="電子郵件" name="email" type="email" autoComplete="username" required errors={errors?.email} limit={254} />
      <Field label="密碼" name="password" type="password" autoComplete="current-password" required errors={errors?.password} limit={200} />
      <button type="submit" className="button primary" disabled={pending}>
        登入
      </button>
    </form>
  );
}
