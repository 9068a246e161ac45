'use client';

import { useActionState } from 'react';
import { ConfirmDialog, useConfirmedSubmit } from '@/components/ui/confirm-dialog';
import { FormMessage } from '@/components/ui/form-message';
import { deleteMediaAction } from '@/lib/actions/media';

export function DeleteMediaForm({ id, name }: { id: number; name: string }) {
  const [state, action, pending] = useActionState(deleteMediaAction, null);
  const asking = useConfirmedSubmit();
  return (
    <form action={action} {...asking.formProps}>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="button danger" disabled={pending} aria-haspopup="dialog">
        刪除
      </button>
      <ConfirmDialog {...asking.dialogProps} title="刪除媒體" message={`確定要刪除「${name}」？檔案和它的各種尺寸都會刪除，無法復原。`} />
    </form>
  );
}
