'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import type { faultProbeAction } from '@/lib/actions/fault-probe';

export function ProbeForm({ action }: { action: typeof faultProbeAction }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} aria-label="故障測試">
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        執行會失敗的操作
      </button>
    </form>
  );
}
