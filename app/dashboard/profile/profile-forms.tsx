'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { keepFieldsOnSubmit } from '@/components/dashboard/keep-fields-on-submit';
import { changeOwnPasswordAction, updateOwnNameAction } from '@/lib/actions/profile';

export function NameForm({ name }: { name: string }) {
  const [state, action, pending] = useActionState(updateOwnNameAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} onSubmit={keepFieldsOnSubmit(action)} className="stack ws-form" noValidate aria-labelledby="name-heading">
      <h2 id="name-heading">基本資料</h2>
      <FormMessage state={state} />
      <Field label="姓名" name="name" defaultValue={name} required limit={60} errors={errors?.name} />
      <button type="submit" className="button primary" disabled={pending}>
        儲存姓名
      </button>
    </form>
  );
}

export function OwnPasswordForm() {
  const [state, action, pending] = useActionState(changeOwnPasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} onSubmit={keepFieldsOnSubmit(action)} className="stack ws-form" noValidate aria-labelledby="password-heading">
      <h2 id="password-heading">更改密碼</h2>
      <FormMessage state={state} />
      <Field label="目前密碼" name="current" type="password" autoComplete="current-password" required limit={200} errors={errors?.current} />
      <Field label="新密碼" name="password" type="password" autoComplete="new-password" required limit={200} errors={errors?.password} />
      <Field label="確認新密碼" name="confirm" type="password" autoComplete="new-password" required limit={200} errors={errors?.confirm} />
      <button type="submit" className="button primary" disabled={pending}>
        更改密碼
      </button>
    </form>
  );
}
