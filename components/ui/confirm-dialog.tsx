'use client';

import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { ModalDialog } from './modal-dialog';

/**
 * Asks before a change that is hard to undo, naming what it touches. 確定 goes on; 取消, Escape
 * or closing the dialog changes nothing. Focus starts on 取消 unless the content asks for input.
 */
export function ConfirmDialog({
  open,
  title,
  message,
  children,
  confirmDisabled = false,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  message: ReactNode;
  /** Extra input the confirmation needs (a reason). */
  children?: ReactNode;
  confirmDisabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const messageId = useId();
  return (
    <ModalDialog open={open} title={title} describedBy={messageId} onClose={onCancel}>
      <p id={messageId}>{message}</p>
      {children}
      <div className="confirm-buttons">
        <button type="button" className="button" onClick={onCancel} autoFocus={!children}>
          取消
        </button>
        <button type="button" className="button danger" onClick={onConfirm} disabled={confirmDisabled}>
          確定
        </button>
      </div>
    </ModalDialog>
  );
}

/**
 * For a form whose submit must be confirmed: the first submit opens the dialog; 確定 submits
 * the form for real (its server action runs as usual), 取消 drops it.
 */
export function useConfirmedSubmit() {
  const [asking, setAsking] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const confirmed = useRef(false);
  return {
    formProps: {
      ref: form,
      onSubmit: (event: FormEvent<HTMLFormElement>) => {
        if (confirmed.current) {
          confirmed.current = false;
          return;
        }
        event.preventDefault();
        setAsking(true);
      },
    },
    dialogProps: {
      open: asking,
      onCancel: () => setAsking(false),
      onConfirm: () => {
        setAsking(false);
        confirmed.current = true;
        form.current?.requestSubmit();
      },
    },
  };
}
