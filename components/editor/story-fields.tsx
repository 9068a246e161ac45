'use client';

import { LengthCounter, describedBy } from '@/components/ui/length-counter';
import type { EditorOptions } from '@/lib/editor-story';
import { nearLimit, overLimitMessage, textLength } from '@/lib/schemas/length-limit';
import type { StoryFields } from '@/lib/schemas/story';

type Errors = Record<string, string[] | undefined>;

function Message({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p className="field-error" id={`${id}-error`}>
      {errors.join('；')}
    </p>
  ) : null;
}

/** The story's own fields, labelled with the newsroom's words. */
export function StoryFieldsForm({
  fields,
  set,
  options,
  errors,
  readOnly,
  canAssignEditor,
}: {
  fields: StoryFields;
  set: (patch: Partial<StoryFields>) => void;
  options: EditorOptions;
  errors: Errors;
  readOnly: boolean;
  canAssignEditor: boolean;
}) {
  const text = (name: keyof StoryFields, label: string, max: number, extra?: { multiline?: boolean; hint?: string }) => {
    const id = `story-${name}`;
    const value = (fields[name] as string | null) ?? '';
    // No maxLength: it cut pasted text silently. The counter shows the limit, the server refuses more.
    const length = textLength(value);
    const common = {
      id,
      value,
      disabled: readOnly,
      'aria-invalid': errors[name]?.length || overLimitMessage(label, length, max) ? true : undefined,
      'aria-describedby': describedBy(nearLimit(length, max) && `${id}-count`, errors[name]?.length && `${id}-error`),
      onChange: (e: { target: { value: string } }) => set({ [name]: e.target.value } as Partial<StoryFields>),
    };
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {extra?.multiline ? <textarea rows={3} {...common} /> : <input {...common} />}
        {extra?.hint ? <p className="hint-inline">{extra.hint}</p> : null}
        <LengthCounter id={`${id}-count`} label={label} length={length} max={max} />
        <Message id={id} errors={errors[name]} />
      </div>
    );
  };

  return (
    <div className="story-fields">
      {text('title', '標題', 200)}
      {text('subtitle', '副標題', 200)}
      <div className="field-row">
        <div className="field">
          <label htmlFor="story-channelId">頻道</label>
          <select
            id="story-channelId"
            value={fields.channelId ?? ''}
            disabled={readOnly}
            aria-invalid={errors.channelId?.length ? true : undefined}
            onChange={(e) => set({ channelId: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">（請選擇）</option>
            {options.channels.map((c) => (
              <option key={c.id} value={c.id}>
                {c.parentName ? `${c.parentName} › ${c.name}` : c.name}
              </option>
            ))}
          </select>
          <Message id="story-channelId" errors={errors.channelId} />
        </div>
        <div className="field">
          <label htmlFor="story-editorId">責編</label>
          <select
            id="story-editorId"
            value={fields.editorId ?? ''}
            disabled={readOnly || !canAssignEditor}
            aria-invalid={errors.editorId?.length ? true : undefined}
            onChange={(e) => set({ editorId: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">（未指定）</option>
            {options.editors.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <Message id="story-editorId" errors={errors.editorId} />
        </div>
      </div>
      <div className="field-row">
        {text('sourceName', '來源', 100)}
        <div className="field checkbox-field">
          <label>
            <input type="checkbox" checked={fields.isOriginal} disabled={readOnly} onChange={(e) => set({ isOriginal: e.target.checked })} /> 原創
          </label>
          <p className="hint-inline">不勾選即為轉載稿，文末會附上轉載聲明。</p>
        </div>
      </div>
      <div className="field-row three">
        {text('writerCredit', '撰稿', 100)}
        {text('photosCredit', '供圖', 100)}
        {text('photographerCredit', '攝影', 100)}
      </div>
      {text('editorsNote', '編者按', 2000, { multiline: true })}
      {text('videoUrl', '影片網址', 2000, { hint: '影片稿件填寫 MP4 或 WebM 網址。' })}
      {text('correction', '更正說明', 1000, { multiline: true, hint: '已發佈稿件修正內容時填寫，會顯示在文章頁。' })}
      {options.topics.length ? (
        <fieldset className="field topics-field" disabled={readOnly}>
          <legend>專題</legend>
          {options.topics.map((t) => (
            <label key={t.id}>
              <input
                type="checkbox"
                checked={fields.topicIds.includes(t.id)}
                onChange={(e) => set({ topicIds: e.target.checked ? [...fields.topicIds, t.id] : fields.topicIds.filter((id) => id !== t.id) })}
              />{' '}
              {t.title}
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
