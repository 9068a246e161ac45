'use client';

import { type FormEvent, type RefObject, startTransition, useEffect, useRef } from 'react';

/**
 * React resets a form after its `action` runs, which would wipe what someone typed whenever the
 * server refuses it, and also what was typed while the request was in flight. Submitting through
 * this handler keeps the fields as they were. A text over its limit (marked by its counter) is
 * refused here first, with the focus on it; the server refuses it again.
 */
export function keepFieldsOnSubmit(dispatch: (formData: FormData) => void, confirmMessage?: string) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const over = form.querySelector('[data-over-limit]');
    if (over) {
      const control = form.querySelector<HTMLElement>(`[aria-describedby~="${over.id}"]`);
      control?.focus();
      return;
    }
    if (confirmMessage && !window.confirm(confirmMessage)) return;
    const formData = new FormData(form);
    startTransition(() => dispatch(formData));
  };
}

/**
 * For forms that start afresh after a success (a new person, a comment): empties the form once the
 * answer is a success, and never after a refusal.
 */
export function useResetOnSuccess(state: { ok: boolean } | null): RefObject<HTMLFormElement | null> {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return form;
}
