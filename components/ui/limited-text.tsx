'use client';

import { useId } from 'react';
import { nearLimit, overLimitMessage, textLength } from '@/lib/schemas/length-limit';
import { LengthCounter, describedBy } from './length-counter';

/**
 * A controlled text (a photo's caption, alt text or credit) inside its own label, with the
 * counter of its limit. `invalid` marks a text that is missing where one is required; `errors`
 * are the server's refusals of it, shown under it and read with it.
 */
export function LimitedText({
  label,
  value,
  max,
  onChange,
  rows,
  invalid,
  errors,
}: {
  label: string;
  value: string;
  max: number;
  onChange: (value: string) => void;
  /** a textarea of this many rows; an input when not given */
  rows?: number;
  invalid?: boolean;
  errors?: string[];
}) {
  const counterId = useId();
  const errorId = useId();
  const length = textLength(value);
  const refused = Boolean(errors?.length);
  const props = {
    value,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    'aria-invalid': invalid || refused || overLimitMessage(label, length, max) ? true : undefined,
    'aria-describedby': describedBy(nearLimit(length, max) && counterId, refused && errorId),
  };
  return (
    <>
      <label>
        {label}
        {rows ? <textarea rows={rows} {...props} /> : <input {...props} />}
      </label>
      <LengthCounter id={counterId} label={label} length={length} max={max} />
      {refused ? (
        <p className="field-error" id={errorId}>
          {errors!.join('；')}
        </p>
      ) : null}
    </>
  );
}
