'use client';

import { useActionState } from 'react';
import { Field, SelectField, TextAreaField } from '@/components/ui/field';
import { keepFieldsOnSubmit } from '@/components/dashboard/keep-fields-on-submit';
import { FormMessage } from '@/components/ui/form-message';
import type { Topic } from '@/db/schema';
import { createTopicAction, updateTopicAction } from '@/lib/actions/topics';

export type CoverChoice = { id: number; label: string };

/** 新增專題, or edit one when `topic` is given. The cover is chosen among uploaded photos. */
export function TopicForm({ topic, covers }: { topic?: Topic; covers: CoverChoice[] }) {
  const [state, action, pending] = useActionState(topic ? updateTopicAction : createTopicAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const heading = topic ? '專題資料' : '新增專題';
  return (
    <form action={action} onSubmit={keepFieldsOnSubmit(action)} className="stack ws-form" noValidate aria-label={heading}>
      <h2>{heading}</h2>
      <FormMessage state={state} />
      {topic ? <input type="hidden" name="topicId" value={topic.id} /> : null}
      <Field label="標題" name="title" defaultValue={topic?.title} required limit={80} errors={errors?.title} />
      <Field label="網址代稱" name="slug" defaultValue={topic?.slug} required limit={50} errors={errors?.slug} />
      <p className="hint">專題網址為 /topics/代稱；小寫英文字母、數字和連字號。</p>
      <TextAreaField label="摘要" name="summary" defaultValue={topic?.summary} rows={3} limit={500} errors={errors?.summary} />
      <SelectField
        label="封面圖片"
        name="coverMediaId"
        defaultValue={topic?.coverMediaId ? String(topic.coverMediaId) : ''}
        options={[{ value: '', label: '不用封面' }, ...covers.map((c) => ({ value: String(c.id), label: c.label }))]}
        errors={errors?.coverMediaId}
      />
      <button type="submit" className="button primary" disabled={pending}>
        {topic ? '儲存' : '新增專題'}
      </button>
    </form>
  );
}
