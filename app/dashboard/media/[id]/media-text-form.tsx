'use client';

import { useActionState } from 'react';
import { keepFieldsOnSubmit } from '@/components/dashboard/keep-fields-on-submit';
import { Field, TextAreaField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { updateMediaAction } from '@/lib/actions/media';

/** The item's default texts; a story may still give its own caption to each use. */
export function MediaTextForm({ id, caption, alt, credit, readOnly }: { id: number; caption: string; alt: string; credit: string; readOnly: boolean }) {
  const [state, action, pending] = useActionState(updateMediaAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} onSubmit={keepFieldsOnSubmit(action)} className="stack ws-form media-text-form" noValidate aria-labelledby="media-text-heading">
      <h2 id="media-text-heading">預設文字</h2>
      <p className="hint">稿件使用這個媒體時會帶入這些文字，各篇稿件仍可改寫自己的圖片說明。</p>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <TextAreaField label="圖片說明" name="caption" defaultValue={caption} rows={3} limit={2000} readOnly={readOnly} errors={errors?.caption} />
      <Field label="替代文字" name="alt" defaultValue={alt} limit={500} readOnly={readOnly} errors={errors?.alt} />
      <Field label="圖片來源" name="credit" defaultValue={credit} limit={200} readOnly={readOnly} errors={errors?.credit} />
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
