/** A labelled input with its error messages; the label text is what people and tests look for. */
export function Field({
  label,
  name,
  type = 'text',
  errors,
  defaultValue,
  autoComplete,
  required,
  maxLength,
}: {
  label: string;
  name: string;
  type?: string;
  errors?: string[];
  defaultValue?: string;
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
}) {
  const id = `field-${name}`;
  const errorId = `${id}-error`;
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
        maxLength={maxLength}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? errorId : undefined}
      />
      {errors?.length ? (
        <p className="field-error" id={errorId}>
          {errors.join('；')}
        </p>
      ) : null}
    </div>
  );
}
