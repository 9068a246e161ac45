'use client';

import { type FormEvent, startTransition } from 'react';

/**
 * React resets a form after its `action` runs, which would wipe what someone typed whenever the
 * server refuses it. Submitting through this handler keeps the fields as they were.
 */
export function keepFieldsOnSubmit(dispatch: (formData: FormData) => void, confirmMessage?: string) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirmMessage && !window.confirm(confirmMessage)) return;
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
}
