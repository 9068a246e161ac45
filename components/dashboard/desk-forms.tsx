'use client';

import { useActionState, useState } from 'react';
import { textLength } from '@/lib/schemas/length-limit';
import { addCommentAction, createShareLinkAction, revokeShareLinkAction } from '@/lib/actions/story-desk';
import { keepFieldsOnSubmit, useResetOnSuccess } from '@/components/dashboard/keep-fields-on-submit';
import { LengthCounter, describedBy } from '@/components/ui/length-counter';
import { FormMessage } from '@/components/ui/form-message';

export function CommentForm({ storyId }: { storyId: number }) {
  const [state, action, pending] = useActionState(addCommentAction, null);
  const form = useResetOnSuccess(state);
  const [length, setLength] = useState(0);
  const errors = state && !state.ok ? state.fieldErrors?.body : undefined;
  // A sent comment empties the box; a refused one stays as typed.
  return (
    <form ref={form} action={action} onSubmit={keepFieldsOnSubmit(action)} onReset={() => setLength(0)} className="stack">
      <input type="hidden" name="storyId" value={storyId} />
      <label htmlFor="comment-body">新增留言</label>
      <textarea
        id="comment-body"
        name="body"
        rows={3}
        onChange={(e) => setLength(textLength(e.target.value))}
        aria-invalid={errors?.length || length > 2000 ? true : undefined}
        aria-describedby={describedBy(length >= 1600 && 'comment-body-count', errors?.length && 'comment-body-error')}
      />
      <LengthCounter id="comment-body-count" label="留言" length={length} max={2000} />
      {errors?.length ? (
        <p className="field-error" id="comment-body-error">
          {errors.join('；')}
        </p>
      ) : null}
      <FormMessage state={state} />
      <button type="submit" className="button" disabled={pending}>
        送出留言
      </button>
    </form>
  );
}

export function ShareLinks({ storyId, links }: { storyId: number; links: { id: number; expires: string }[] }) {
  const [created, create, creating] = useActionState(createShareLinkAction, null);
  const [revoked, revoke] = useActionState(revokeShareLinkAction, null);
  return (
    <div className="stack">
      <p className="muted">讓未登入的人閱讀這篇稿件目前的內容，24 小時後失效，可隨時撤銷。</p>
      <form action={create}>
        <input type="hidden" name="storyId" value={storyId} />
        <button type="submit" className="button" disabled={creating}>
          建立分享連結
        </button>
      </form>
      {created?.ok ? (
        <p className="issued-password" role="status">
          連結（只顯示這一次）：<code>{typeof window === 'undefined' ? created.data.path : `${window.location.origin}${created.data.path}`}</code>
        </p>
      ) : (
        <FormMessage state={created} />
      )}
      <FormMessage state={revoked} />
      {links.length ? (
        <ul className="share-links">
          {links.map((l) => (
            <li key={l.id}>
              有效至 {l.expires}
              <form action={revoke}>
                <input type="hidden" name="storyId" value={storyId} />
                <input type="hidden" name="linkId" value={l.id} />
                <button type="submit" className="button">
                  撤銷
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
