'use client';

import { useState } from 'react';
import { nearLimit, overLimitMessage, textLength } from '@/lib/schemas/length-limit';
import { LengthCounter, describedBy } from './length-counter';

/**
 * A labelled input with its error messages; the label text is what people and tests look for.
 * `limit` is the server's limit for the text: a counter appears near it and an over-long text is
 * marked, never cut.
 */
export function Field({
  label,
  name,
  type = 'text',
  errors,
  defaultValue,
  autoComplete,
  required,
  limit,
  hint,
  readOnly,
}: {
  label: string;
  name: string;
  type?: string;
  errors?: string[];
  defaultValue?: string;
  autoComplete?: string;
  required?: boolean;
  limit?: number;
  /** a standing note under the field (a rule, a default), read with the field by screen readers */
  hint?: string;
  readOnly?: boolean;
}) {
  const id = `field-${name}`;
  const errorId = `${id}-error`;
  const counterId = `${id}-count`;
  const [length, setLength] = useState(() => textLength(defaultValue ?? ''));
  const counted = limit !== undefined && nearLimit(length, limit);
  const over = limit !== undefined && overLimitMessage(label, length, limit) !== null;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        required={required}
        readOnly={readOnly}
        onChange={limit !== undefined ? (e) => setLength(textLength(e.target.value)) : undefined}
        aria-invalid={errors?.length || over ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, counted && counterId, errors?.length && errorId)}
      />
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {limit !== undefined ? <LengthCounter id={counterId} label={label} length={length} max={limit} /> : null}
      {errors?.length ? (
        <p className="field-error" id={errorId}>
          {errors.join('；')}
        </p>
      ) : null}
    </div>
  );
}
