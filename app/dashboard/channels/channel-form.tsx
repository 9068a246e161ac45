'use client';

import { useActionState } from 'react';
import { SelectField } from '@/components/ui/field';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { keepFieldsOnSubmit } from '@/components/dashboard/keep-fields-on-submit';
import type { Channel } from '@/db/schema';
import { channelKindLabels } from '@/lib/schemas/channels';
import { createChannelAction, updateChannelAction } from '@/lib/actions/channels';

type ParentChoice = { id: number; name: string };

/** 新增頻道, or edit one when `channel` is given. */
export function ChannelForm({ channel, parents }: { channel?: Channel; parents: ParentChoice[] }) {
  const [state, action, pending] = useActionState(channel ? updateChannelAction : createChannelAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const heading = channel ? '編輯頻道' : '新增頻道';
  return (
    <form action={action} onSubmit={keepFieldsOnSubmit(action)} className="stack ws-form" noValidate aria-label={heading}>
      <h2>{heading}</h2>
      <FormMessage state={state} />
      {channel ? <input type="hidden" name="channelId" value={channel.id} /> : null}
      <Field label="頻道名稱" name="name" defaultValue={channel?.name} required limit={20} errors={errors?.name} />
      <Field label="網址代稱" name="slug" defaultValue={channel?.slug} required limit={50} errors={errors?.slug} />
      <p className="hint">小寫英文字母、數字和連字號，如 city-news。{channel ? '更改後，舊網址會自動轉到新網址。' : ''}</p>
      <SelectField
        label="類型"
        name="kind"
        defaultValue={channel?.kind ?? 'list'}
        options={Object.entries(channelKindLabels).map(([value, label]) => ({ value, label }))}
        errors={errors?.kind}
      />
      <SelectField
        label="上層頻道"
        name="parentId"
        defaultValue={channel?.parentId ? String(channel.parentId) : ''}
        options={[{ value: '', label: '無（頻道列上的頻道）' }, ...parents.filter((p) => p.id !== channel?.id).map((p) => ({ value: String(p.id), label: p.name }))]}
        errors={errors?.parentId}
      />
      <button type="submit" className="button primary" disabled={pending}>
        {channel ? '儲存' : '新增頻道'}
      </button>
    </form>
  );
}
