'use client';

import { useActionState } from 'react';
import { SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { keepFieldsOnSubmit } from '@/components/dashboard/keep-fields-on-submit';
import { mergeChannelAction } from '@/lib/actions/channels';

/** 合併: moves every story of this channel into another; the old address redirects there. */
export function MergeForm({ channelId, name, targets }: { channelId: number; name: string; targets: { id: number; name: string }[] }) {
  const [state, action, pending] = useActionState(mergeChannelAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      action={action}
      className="stack ws-form"
      noValidate
      aria-label="合併頻道"
      onSubmit={keepFieldsOnSubmit(action, `確定把「${name}」的新聞全部移到所選頻道，並移除「${name}」？`)}
    >
      <h2>合併頻道</h2>
      <p className="hint">「{name}」的新聞全部移到所選頻道，「{name}」隨後移除，舊網址轉到所選頻道。</p>
      <FormMessage state={state} />
      <input type="hidden" name="channelId" value={channelId} />
      <SelectField label="合併到" name="intoId" options={[{ value: '', label: '請選擇頻道' }, ...targets.map((t) => ({ value: String(t.id), label: t.name }))]} errors={errors?.intoId} />
      <button type="submit" className="button" disabled={pending}>
        合併
      </button>
    </form>
  );
}
