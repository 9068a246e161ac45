'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { deleteMediaAction } from '../actions';

export function DeleteMediaForm({ id }: { id: number }) {
  const [state, action, pending] = useActionState(deleteMediaAction, null);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm('確定要刪除這個媒體？刪除後無法復原。')) e.preventDefault();
      }}
    >
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="button danger" disabled={pending}>
        刪除
      </button>
    </form>
  );
}
