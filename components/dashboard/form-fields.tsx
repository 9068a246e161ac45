'use client';

import { useState } from 'react';
import { LengthCounter, describedBy } from '@/components/ui/length-counter';
import { nearLimit, overLimitMessage, textLength } from '@/lib/schemas/length-limit';

/** Labelled textarea and select for workspace forms; errors are tied to the control for screen readers. */

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p className="field-error" id={id}>
      {errors.join('；')}
    </p>
  ) : null;
}

export function TextAreaField({
  label,
  name,
  defaultValue,
  errors,
  rows = 4,
  limit,
  hint,
  readOnly,
}: {
  label: string;
  name: string;
  defaultValue?: string;
  errors?: string[];
  rows?: number;
  limit?: number;
  hint?: string;
  readOnly?: boolean;
}) {
  const id = `field-${name}`;
  const [length, setLength] = useState(() => textLength(defaultValue ?? ''));
  const counted = limit !== undefined && nearLimit(length, limit);
  const over = limit !== undefined && overLimitMessage(label, length, limit) !== null;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        readOnly={readOnly}
        onChange={limit !== undefined ? (e) => setLength(textLength(e.target.value)) : undefined}
        aria-invalid={errors?.length || over ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, counted && `${id}-count`, errors?.length && `${id}-error`)}
      />
      {limit !== undefined ? <LengthCounter id={`${id}-count`} label={label} length={length} max={limit} /> : null}
      <FieldError id={`${id}-error`} errors={errors} />
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
