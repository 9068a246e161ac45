'use client';

import { useActionState } from 'react';
import { keepFieldsOnSubmit } from '@/components/dashboard/keep-fields-on-submit';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { signInAction } from '@/lib/actions/sign-in';

export function LoginForm() {
  const [state, action, pending] = useActionState(signInAction, null, '/login');
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  // Without JavaScript the page is drawn anew after a refusal: the email comes back from the
  // server. With it, the fields are never reset, so what is typed stays as it is.
  const email = state && 'email' in state ? state.email : undefined;
  return (
    <form action={action} onSubmit={keepFieldsOnSubmit(action)} className="stack" noValidate>
      <FormMessage state={state} />
      <Field label="電子郵件" name="email" type="email" autoComplete="username" required errors={errors?.email} limit={254} defaultValue={email} />
      <Field label="密碼" name="password" type="password" autoComplete="current-password" required errors={errors?.password} limit={200} />
      <button type="submit" className="button primary" disabled={pending}>
        登入
      </button>
    </form>
  );
}
