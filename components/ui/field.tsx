'use client';

import { type ChangeEvent, useState } from 'react';
import { nearLimit, overLimitMessage, textLength } from '@/lib/schemas/length-limit';
import { LengthCounter, describedBy } from './length-counter';

// Labelled controls for workspace forms. The label text is what people and tests look for; a
// hint, the counter and the errors are tied to the control, so screen readers read them with it.

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p className="field-error" id={id}>
      {errors.join('；')}
    </p>
  ) : null;
}

function FieldHint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p className="field-hint" id={id}>
      {hint}
    </p>
  ) : null;
}

interface TextFieldProps {
  label: string;
  name: string;
  defaultValue?: string;
  errors?: string[];
  /** The server's limit for the text: a counter appears near it and an over-long text is marked, never cut. */
  limit?: number;
  /** A standing note under the field (a rule, a default), read with the field by screen readers. */
  hint?: string;
  readOnly?: boolean;
}

/** What a text input and a textarea share: the ids, the marks and the counter of the limit. */
function useTextField({ label, name, defaultValue, errors, limit, hint, readOnly }: TextFieldProps) {
  const id = `field-${name}`;
  const [length, setLength] = useState(() => textLength(defaultValue ?? ''));
  const counted = limit !== undefined && nearLimit(length, limit);
  const over = limit !== undefined && overLimitMessage(label, length, limit) !== null;
  return {
    id,
    hintId: `${id}-hint`,
    control: {
      id,
      name,
      defaultValue,
      readOnly,
      onChange: limit !== undefined ? (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setLength(textLength(e.target.value)) : undefined,
      'aria-invalid': errors?.length || over ? true : undefined,
      'aria-describedby': describedBy(hint && `${id}-hint`, counted && `${id}-count`, errors?.length && `${id}-error`),
    },
    below: (
      <>
        {limit !== undefined ? <LengthCounter id={`${id}-count`} label={label} length={length} max={limit} /> : null}
        <FieldError id={`${id}-error`} errors={errors} />
      </>
    ),
  };
}

/** A labelled input; its hint follows it. */
export function Field({ type = 'text', autoComplete, required, ...props }: TextFieldProps & { type?: string; autoComplete?: string; required?: boolean }) {
  const field = useTextField(props);
  return (
    <div className="field">
      <label htmlFor={field.id}>{props.label}</label>
      <input type={type} autoComplete={autoComplete} required={required} {...field.control} />
      <FieldHint id={field.hintId} hint={props.hint} />
      {field.below}
    </div>
  );
}

/** A labelled textarea; its hint comes before it, since the text below may be long. */
export function TextAreaField({ rows = 4, ...props }: TextFieldProps & { rows?: number }) {
  const field = useTextField(props);
  return (
    <div className="field">
      <label htmlFor={field.id}>{props.label}</label>
      <FieldHint id={field.hintId} hint={props.hint} />
      <textarea rows={rows} {...field.control} />
      {field.below}
    </div>
  );
}

export function SelectField({
  label,
  name,
  options,
  defaultValue,
  errors,
}: {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  errors?: string[];
}) {
  const id = `field-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={defaultValue} aria-invalid={errors?.length ? true : undefined} aria-describedby={errors?.length ? `${id}-error` : undefined}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
