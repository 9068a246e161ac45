'use client';

import { useActionState } from 'react';
import { ConfirmDialog, useConfirmedSubmit } from '@/components/ui/confirm-dialog';
import { FormMessage } from '@/components/ui/form-message';
import type { StaffRole } from '@/db/schema';
import { roleLabels } from '@/lib/permissions';
import { changeStaffRoleAction, resetStaffPasswordAction, setStaffActiveAction } from '@/lib/actions/staff';

export function StaffRowActions({ staffId, name, active, role }: { staffId: number; name: string; active: boolean; role: StaffRole }) {
  const [toggleState, toggle, toggling] = useActionState(setStaffActiveAction, null);
  const [resetState, reset, resetting] = useActionState(resetStaffPasswordAction, null);
  const [roleState, changeRole, changingRole] = useActionState(changeStaffRoleAction, null);
  // 停用 signs the person out at once: ask first. 啟用 needs no question.
  const disabling = useConfirmedSubmit();
  return (
    <div className="row-actions">
      <form action={changeRole} className="role-form">
        <input type="hidden" name="staffId" value={staffId} />
        <select name="role" defaultValue={role} aria-label={`角色 ${name}`} key={role}>
          {(Object.keys(roleLabels) as StaffRole[]).map((r) => (
            <option key={r} value={r}>
              {roleLabels[r]}
            </option>
          ))}
        </select>
        <button type="submit" className="button" disabled={changingRole} aria-label={`變更角色 ${name}`}>
          變更角色
        </button>
      </form>
      <form action={toggle} {...(active ? disabling.formProps : {})}>
        <input type="hidden" name="staffId" value={staffId} />
        <input type="hidden" name="active" value={active ? 'false' : 'true'} />
        <button type="submit" className="button" disabled={toggling} aria-label={`${active ? '停用' : '啟用'} ${name}`}>
          {active ? '停用' : '啟用'}
        </button>
      </form>
      <form action={reset}>
        <input type="hidden" name="staffId" value={staffId} />
        <button type="submit" className="button" disabled={resetting} aria-label={`重設密碼 ${name}`}>
          重設密碼
        </button>
      </form>
      {active ? (
        <ConfirmDialog {...disabling.dialogProps} title="停用人員" message={`確定要停用「${name}」？此人會立即被登出，無法再登入工作台；之後可以再啟用。`} />
      ) : null}
      <FormMessage state={roleState} />
      <FormMessage state={toggleState} />
      <FormMessage state={resetState?.ok ? null : resetState} />
      {resetState?.ok ? (
        <p className="issued-password" role="status">
          {name} 新的一次性密碼：<code>{resetState.data.password}</code>
        </p>
      ) : null}
    </div>
  );
}
