'use client';

import { type ReactNode, useEffect, useId, useRef } from 'react';

/**
 * A modal `<dialog>` that follows `open`: the browser traps focus inside it and gives it back on
 * close. Escape asks `onClose` (the owner decides), so the dialog never closes behind its state.
 */
export function ModalDialog({
  open,
  title,
  describedBy,
  className,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  /** The id of the element that says what the dialog is about, if any. */
  describedBy?: string;
  className?: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className={className ? `confirm-dialog ${className}` : 'confirm-dialog'}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
