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
  maxLength,
  hint,
}: {
  label: string;
  name: string;
  defaultValue?: string;
  errors?: string[];
  rows?: number;
  maxLength?: number;
  hint?: string;
}) {
  const id = `field-${name}`;
  const described = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(' ');
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
        maxLength={maxLength}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={described || undefined}
      />
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
