'use client';

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { EditorStory } from '@/lib/editor-story';
import type { StoryFields } from '@/lib/schemas/story';
import type { PhotoInfo } from './gallery-panel';

/** Unsaved work kept in the browser, offered back after a crash or a closed tab. */
type Backup = { fields: StoryFields; photos: Record<number, PhotoInfo>; at: string; carried?: boolean };

const backupKey = (id: number | undefined) => `zebian:story:${id ?? 'new'}`;

function readBackup(id: number | undefined): Backup | null {
  try {
    const raw = window.localStorage.getItem(backupKey(id));
    return raw ? (JSON.parse(raw) as Backup) : null;
  } catch {
    return null;
  }
}

function writeBackup(id: number | undefined, backup: Backup) {
  try {
    window.localStorage.setItem(backupKey(id), JSON.stringify(backup));
  } catch {
    // A full or blocked storage only loses the local copy; the server save still runs.
  }
}

function dropBackup(id: number | undefined) {
  try {
    window.localStorage.removeItem(backupKey(id));
  } catch {
    // Nothing to drop when storage is blocked.
  }
}

/**
 * What is being typed, and the saved story it starts from. Every change counts up `changeCount`,
 * so an answer to a request can tell whether anything was typed after the request was sent, and
 * is copied to local storage until the server has it.
 */
export function useStoryDraft(initial: EditorStory | null, initialFields: StoryFields) {
  const [story, setStory] = useState<EditorStory | null>(initial);
  const [fields, setFields] = useState<StoryFields>(initial?.fields ?? initialFields);
  const [photos, setPhotos] = useState<Record<number, PhotoInfo>>(initial?.photos ?? {});
  const [bodyKey, setBodyKey] = useState(0); // remounts the rich-text editor when the body is replaced
  const [offer, setOffer] = useState<Backup | null>(null);
  const dirty = useRef(false);
  const changeCount = useRef(0);
  // Requests read the newest values from here, not from a render that may be behind.
  const latest = useRef({ story, fields, photos });
  useLayoutEffect(() => {
    latest.current = { story, fields, photos };
  });


  // Warn before leaving with unsaved work.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  const change = useCallback((patch: Partial<StoryFields>) => {
    dirty.current = true;
    changeCount.current += 1;
    setFields((f) => {
      const next = { ...f, ...patch };
      writeBackup(latest.current.story?.id, { fields: next, photos: latest.current.photos, at: new Date().toISOString() });
      return next;
    });
  }, []);

  // Local storage exists only in the browser, after hydration: look for unsaved work once, on
  // opening (a refresh after a workflow step brings a new `initial`, and the backup is then
  // what is being typed, not a lost copy).
  const looked = useRef(false);
  useEffect(() => {
    if (looked.current) return;
    const timer = window.setTimeout(() => {
      looked.current = true;
      const backup = readBackup(initial?.id);
      if (!backup || JSON.stringify(backup.fields) === JSON.stringify(initial?.fields ?? initialFields)) return;
      if (backup.carried) {
        // Typed on the new-story page while its first save was in flight: not a lost copy to
        // offer, but the latest text, taken up as it stands.
        setPhotos((p) => ({ ...p, ...backup.photos }));
        change(backup.fields);
        setBodyKey((k) => k + 1);
      } else setOffer(backup);
    }, 0);
    return () => window.clearTimeout(timer);
  }, [initial, initialFields, change]);

  /** The server has this version now; the next request must already see it, before React re-renders. */
  const adoptStory = useCallback((saved: EditorStory) => {
    latest.current = { ...latest.current, story: saved };
    setStory(saved);
  }, []);

  /** A save sent at `sentAt` succeeded: clean, unless something was typed since it was sent. */
  const markSaved = useCallback((id: number, sentAt: number) => {
    if (changeCount.current !== sentAt) return;
    dirty.current = false;
    dropBackup(id);
  }, []);

  /** A new story got its id: unsaved work is now kept under it, no longer as a new story's. */
  const moveBackup = useCallback((id: number) => {
    dropBackup(undefined);
    if (dirty.current) writeBackup(id, { fields: latest.current.fields, photos: latest.current.photos, at: new Date().toISOString(), carried: true });
  }, []);

  /** Shows the saved story's fields instead of what was typed (their version, a move's result). */
  const replaceWith = useCallback((saved: EditorStory) => {
    latest.current = { ...latest.current, fields: saved.fields };
    setFields(saved.fields);
    setPhotos((p) => ({ ...p, ...saved.photos }));
    setBodyKey((k) => k + 1);
    dirty.current = false;
    dropBackup(saved.id);
  }, []);

  /** Only the 責編 from a saved story, keeping everything typed. */
  const takeEditor = useCallback((saved: EditorStory) => {
    setFields((f) => ({ ...f, editorId: saved.fields.editorId }));
  }, []);

  const restoreBackup = () => {
    if (!offer) return;
    setPhotos((p) => ({ ...p, ...offer.photos }));
    change(offer.fields);
    setBodyKey((k) => k + 1);
    setOffer(null);
  };

  const discardBackup = () => {
    dropBackup(story?.id);
    setOffer(null);
  };

  return {
    story,
    fields,
    photos,
    setPhotos,
    bodyKey,
    offer,
    dirty,
    changeCount,
    latest,
    change,
    adoptStory,
    markSaved,
    replaceWith,
    takeEditor,
    restoreBackup,
    discardBackup,
    moveBackup,
  };
}

export type StoryDraft = ReturnType<typeof useStoryDraft>;
