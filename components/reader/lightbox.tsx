'use client';

import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';

interface Labels {
  dialog: string;
  close: string;
  previous: string;
  next: string;
  /** With {n} and {total} placeholders. */
  counter: string;
}

/**
 * A slideshow over server-rendered slides: a click on any `[data-lightbox-index]` inside
 * `children` opens it at that photo. Keys: ← → to move, Esc to close (native <dialog>);
 * a horizontal swipe moves too. Focus returns to the photo that opened it.
 */
export function Lightbox({ slides, labels, children }: { slides: ReactNode[]; labels: Labels; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const swipeStart = useRef<number | null>(null);
  const [index, setIndex] = useState(0);
  const total = slides.length;

  const move = useCallback((step: number) => setIndex((i) => (i + step + total) % total), [total]);

  const onOpen = (event: React.MouseEvent<HTMLDivElement>) => {
    const trigger = (event.target as HTMLElement).closest<HTMLElement>('[data-lightbox-index]');
    if (!trigger) return;
    opener.current = trigger;
    setIndex(Number(trigger.dataset.lightboxIndex) || 0);
    dialog.current?.showModal();
  };

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    const onClose = () => opener.current?.focus();
    el.addEventListener('close', onClose);
    return () => el.removeEventListener('close', onClose);
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowRight') move(1);
    else if (event.key === 'ArrowLeft') move(-1);
    else return;
    event.preventDefault();
  };

  return (
    <div onClick={onOpen}>
      {children}
      <dialog
        ref={dialog}
        className="lightbox"
        aria-label={labels.dialog}
        onKeyDown={onKeyDown}
        onPointerDown={(e) => (swipeStart.current = e.clientX)}
        onPointerUp={(e) => {
          const start = swipeStart.current;
          swipeStart.current = null;
          if (start !== null && Math.abs(e.clientX - start) > 50) move(e.clientX < start ? 1 : -1);
        }}
      >
        <p className="lightbox-counter" aria-live="polite">
          {labels.counter.replace('{n}', String(index + 1)).replace('{total}', String(total))}
        </p>
        {slides.map((slide, i) => (
          <div key={i} hidden={i !== index}>
            {slide}
          </div>
        ))}
        <div className="lightbox-controls">
          <button type="button" onClick={() => move(-1)} aria-label={labels.previous}>
            ‹ {labels.previous}
          </button>
          <button type="button" onClick={() => move(1)} aria-label={labels.next}>
            {labels.next} ›
          </button>
          <button type="button" onClick={() => dialog.current?.close()} autoFocus>
            {labels.close}
          </button>
        </div>
      </dialog>
    </div>
  );
}
