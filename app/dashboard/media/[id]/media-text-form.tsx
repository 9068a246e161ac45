'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { updateMediaAction } from '@/lib/actions/media';

/** The item's default texts; a story may still give its own caption to each use. */
export function MediaTextForm({ id, caption, alt, credit, readOnly }: { id: number; caption: string; alt: string; credit: string; readOnly: boolean }) {
  const [state, action, pending] = useActionState(updateMediaAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const error = (name: string) => (errors?.[name]?.length ? <p className="field-error">{errors[name]!.join('；')}</p> : null);
  return (
    <form action={action} className="stack ws-form media-text-form" aria-labelledby="media-text-heading">
      <h2 id="media-text-heading">預設文字</h2>
      <p className="hint">稿件使用這個媒體時會帶入這些文字，各篇稿件仍可改寫自己的圖片說明。</p>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <div className="field">
        <label htmlFor="media-caption">圖片說明</label>
        <textarea id="media-caption" name="caption" defaultValue={caption} rows={3} maxLength={2000} readOnly={readOnly} />
        {error('caption')}
      </div>
      <div className="field">
        <label htmlFor="media-alt">替代文字</label>
        <input id="media-alt" name="alt" defaultValue={alt} maxLength={500} readOnly={readOnly} />
        {error('alt')}
      </div>
      <div className="field">
        <label htmlFor="media-credit">圖片來源</label>
        <input id="media-credit" name="credit" defaultValue={credit} maxLength={200} readOnly={readOnly} />
        {error('credit')}
      </div>
      {readOnly ? (
        <p className="hint">這是別人上傳的媒體，只有上傳者、編輯和管理員可以修改。</p>
      ) : (
        <button type="submit" className="button primary" disabled={pending}>
          儲存
        </button>
      )}
    </form>
  );
}
