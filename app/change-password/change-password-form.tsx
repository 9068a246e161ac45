'use client';

import { useActionState } from 'react';
import { keepFieldsOnSubmit } from '@/components/dashboard/keep-fields-on-submit';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { changeOwnPasswordAction } from '@/lib/actions/profile';

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changeOwnPasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} onSubmit={keepFieldsOnSubmit(action)} className="stack" noValidate>
      <FormMessage state={state} />
      <Field label="新密碼" name="password" type="password" autoComplete="new-password" required errors={errors?.password} limit={200} />
      <Field label="確認新密碼" name="confirm" type="password" autoComplete="new-password" required errors={errors?.confirm} limit={200} />
      <button type="submit" className="button primary" disabled={pending}>
        更改密碼
      </button>
    </form>
  );
}
