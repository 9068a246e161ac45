'use client';

import { useActionState } from 'react';
import { restoreRevisionAction } from '@/lib/actions/stories';
import { FormMessage } from '@/components/ui/form-message';

export function RestoreButton({ storyId, revisionId, version, baseVersion }: { storyId: number; revisionId: number; version: number; baseVersion: number }) {
  const [state, action, pending] = useActionState(restoreRevisionAction, null);
  const conflict = state?.ok && state.data.kind === 'conflict';
  return (
    <form action={action}>
      <input type="hidden" name="storyId" value={storyId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <button type="submit" className="button" disabled={pending || state?.ok === true} aria-label={`還原第 ${version} 版`}>
        還原
      </button>
      {conflict ? <p role="alert">稿件剛被更新，請重新載入後再還原。</p> : <FormMessage state={state} />}
    </form>
  );
}
