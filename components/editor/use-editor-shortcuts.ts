'use client';

import { useEffect, useRef, useState } from 'react';

/** Where a typed `?` is text, not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(target.type);
  return false;
}

/**
 * The editor's keyboard shortcuts: Ctrl+S (⌘S on a Mac) saves wherever focus is, instead of the
 * browser saving the page; `?` outside a text field opens the list of shortcuts.
 */
export function useEditorShortcuts(onSave: (() => void) | null) {
  const [helpOpen, setHelpOpen] = useState(false);
  // The newest handler, without adding and removing the listener on every render.
  const save = useRef(onSave);
  useEffect(() => {
    save.current = onSave;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        if (!event.repeat) save.current?.();
        return;
      }
      if (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
        // Another dialog (撤稿, 確定) keeps the keyboard to itself.
        if (document.querySelector('dialog[open]')) return;
        event.preventDefault();
        setHelpOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return { helpOpen, openHelp: () => setHelpOpen(true), closeHelp: () => setHelpOpen(false) };
}
