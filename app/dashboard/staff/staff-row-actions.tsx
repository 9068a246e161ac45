'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { resetStaffPasswordAction, setStaffActiveAction } from './actions';

export function StaffRowActions({ staffId, name, active }: { staffId: number; name: string; active: boolean }) {
  const [toggleState, toggle, toggling] = useActionState(setStaffActiveAction, null);
  const [resetState, reset, resetting] = useActionState(resetStaffPasswordAction, null);
  return (
    <div className="row-actions">
      <form action={toggle}>
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
      <FormMessage state={toggleState} />
      <FormMessage state={resetState?.ok ? null : resetState} />
      {resetState?.ok ? (
        <p className="issued-password" role="status">
          新的一次性密碼：<code>{resetState.data.password}</code>
        </p>
      ) : null}
    </div>
  );
}
