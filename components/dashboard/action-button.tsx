'use client';

import { useActionState } from 'react';
import { ConfirmDialog, useConfirmedSubmit } from '@/components/ui/confirm-dialog';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/errors';

/**
 * One button that posts a few hidden fields to a server action and shows its outcome beside it:
 * the row actions of the admin tables (上移, 隱藏, 刪除 …).
 */
export function ActionButton<T>({
  action,
  fields,
  label,
  accessibleName,
  confirm,
  className = 'button',
}: {
  action: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  fields: Record<string, string | number>;
  label: string;
  accessibleName?: string;
  /** Asked before a change that cannot be undone. */
  confirm?: string;
  className?: string;
}) {
  const [state, run, pending] = useActionState(action, null);
  const asking = useConfirmedSubmit();
  return (
    <form action={run} className="action-button" {...(confirm ? asking.formProps : {})}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={className} disabled={pending} aria-label={accessibleName}>
        {label}
      </button>
      <FormMessage state={state} />
      {confirm ? <ConfirmDialog {...asking.dialogProps} title={accessibleName ?? label} message={confirm} /> : null}
    </form>
  );
}
