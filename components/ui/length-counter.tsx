import { nearLimit, overLimitMessage } from '@/lib/schemas/length-limit';

/**
 * The count of a limited text field, shown near the limit; over it, the count becomes the
 * field's error. Fields no longer carry `maxLength`, which cut pasted text without a word.
 */
export function LengthCounter({ id, label, length, max }: { id: string; label: string; length: number; max: number }) {
  if (!nearLimit(length, max)) return null;
  const over = overLimitMessage(label, length, max);
  return (
    <p id={id} className={over ? 'field-error length-counter' : 'length-counter'} data-over-limit={over ? '' : undefined}>
      {over ?? `${length} / ${max} 字`}
    </p>
  );
}

/** The ids a control is described by, skipping those not on the page. */
export function describedBy(...ids: (string | number | false | null | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length ? list.join(' ') : undefined;
}
