import type { ActionResult } from '@/lib/errors';

/** The outcome of a form: an error in an alert, a success in a status line. */
export function FormMessage({ state }: { state: ActionResult<unknown> | null }) {
  if (!state) return null;
  if (state.ok) return state.message ? <p role="status" className="form-ok">{state.message}</p> : null;
  return (
    <p role="alert" className="form-error">
      {state.message}
    </p>
  );
}
