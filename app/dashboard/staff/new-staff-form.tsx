'use client';

import { useActionState } from 'react';
import { keepFieldsOnSubmit, useResetOnSuccess } from '@/components/dashboard/keep-fields-on-submit';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { createStaffAction } from '@/lib/actions/staff';

export function NewStaffForm() {
  const [state, action, pending] = useActionState(createStaffAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const form = useResetOnSuccess(state);
  return (
    <form ref={form} action={action} onSubmit={keepFieldsOnSubmit(action)} className="stack ws-form" noValidate aria-labelledby="new-staff-heading">
      <h2 id="new-staff-heading">新增人員</h2>
      <FormMessage state={state} />
      {state?.ok && state.data.password ? (
        <p className="issued-password" role="status">
          {state.data.email} 的初始密碼：<code>{state.data.password}</code>（只顯示這一次，首次登入時須更改）
        </p>
      ) : null}
      <Field label="姓名" name="name" required limit={60} errors={errors?.name} />
      <Field label="電子郵件" name="email" type="email" required limit={254} errors={errors?.email} />
      <div className="field">
        <label htmlFor="field-role">角色</label>
        <select
          id="field-role"
          name="role"
          defaultValue="reporter"
          aria-invalid={errors?.role ? true : undefined}
          aria-describedby={errors?.role ? 'field-role-error' : undefined}
        >
          <option value="admin">管理員</option>
          <option value="editor">編輯</option>
          <option value="reporter">記者</option>
        </select>
        {errors?.role ? (
          <p className="field-error" id="field-role-error">
            {errors.role.join('；')}
          </p>
        ) : null}
      </div>
      <Field label="初始密碼" name="password" type="text" autoComplete="off" limit={200} errors={errors?.password} hint="留空則由系統產生；至少 10 個字元。" />
      <button type="submit" className="button primary" disabled={pending}>
        新增人員
      </button>
    </form>
  );
}
