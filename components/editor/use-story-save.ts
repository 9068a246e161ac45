'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { SaveOutcome } from '@/lib/actions/stories';
import type { EditorStory } from '@/lib/editor-story';
import type { ActionResult } from '@/lib/errors';
import type { StoryDraft } from './use-story-draft';
import { issuesOf } from './story-issues';

type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; message: string; retryIn: number };
type SaveAction = (state: null, data: FormData) => Promise<ActionResult<SaveOutcome>>;

const AUTOSAVE_MS = 2000;

/**
 * Saving the draft: by hand, or on its own after a pause in typing, retrying after a failure.
 * A colleague's newer version comes back as a conflict to resolve, never overwritten.
 */
export function useStorySave(draft: StoryDraft, { saveAction, enabled }: { saveAction: SaveAction; enabled: boolean }) {
  const router = useRouter();
  const { adoptStory, markSaved, replaceWith, moveBackup, latest, changeCount, dirty } = draft;
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [conflict, setConflict] = useState<EditorStory | null>(null);
  const saving = useRef<Promise<boolean> | null>(null);

  /** Shows a save's or a move's answer; true when the story was saved. */
  const applyOutcome = useCallback(
    (result: ActionResult<SaveOutcome>, sentAt: number): boolean => {
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        // Refusals the workflow bar lists field by field are said there (and at each field) once,
        // not again in a page alert.
        const listed = issuesOf(result.fieldErrors ?? {}).length > 0;
        setNotice(listed ? null : { ok: false, text: result.message });
        setStatus({ kind: 'failed', message: listed ? '未完成：請處理標示的項目' : result.message, retryIn: 0 });
        return false;
      }
      if (result.data.kind === 'conflict') {
        setConflict(result.data.current);
        setStatus({ kind: 'idle' });
        return false;
      }
      const saved = result.data.story;
      const created = !latest.current.story;
      adoptStory(saved);
      setErrors({});
      if (result.message) setNotice({ ok: true, text: result.message });
      setStatus({ kind: 'saved', at: new Date() });
      markSaved(saved.id, sentAt);
      if (created) {
        // The story's own page remounts the editor with the saved copy: whatever was typed while
        // this save was in flight goes with it, and is put back there at once.
        moveBackup(saved.id);
        router.replace(`/dashboard/articles/${saved.id}`);
      }
      return true;
    },
    [router, adoptStory, markSaved, moveBackup, latest],
  );

  /** Saves the current fields; concurrent calls wait for the one in flight. */
  const save = useCallback(
    async (autosave: boolean): Promise<boolean> => {
      if (saving.current) await saving.current;
      // An autosave queued behind a save that already sent everything would only make a
      // version that the next step, holding the earlier one, then reports as a conflict.
      if (autosave && !dirty.current && latest.current.story) return true;
      const run = (async () => {
        const { story: s, fields: f } = latest.current;
        const sentAt = changeCount.current;
        const data = new FormData();
        data.set('payload', JSON.stringify({ storyId: s?.id, baseVersion: s?.version, autosave, fields: f }));
        setStatus({ kind: 'saving' });
        try {
          return applyOutcome(await saveAction(null, data), sentAt);
        } catch {
          setStatus({ kind: 'failed', message: '儲存失敗（網路或伺服器問題），稍後自動重試', retryIn: 5 });
          return false;
        }
      })();
      saving.current = run;
      try {
        return await run;
      } finally {
        saving.current = null;
      }
    },
    [applyOutcome, saveAction, saving, latest, changeCount, dirty],
  );

  // Autosave: after a pause in typing; a failed save retries on its own.
  const { fields, photos } = draft;
  useEffect(() => {
    if (!enabled || conflict) return;
    const hasContent = fields.title.trim() !== '' || latest.current.story !== null;
    if (!dirty.current || !hasContent) return;
    const delay = status.kind === 'failed' && status.retryIn ? status.retryIn * 1000 : AUTOSAVE_MS;
    const timer = window.setTimeout(() => void save(true), delay);
    return () => window.clearTimeout(timer);
  }, [fields, photos, enabled, conflict, status, save, dirty, latest]);

  const resolveConflict = (keep: 'mine' | 'theirs') => {
    if (!conflict) return;
    adoptStory(conflict);
    setConflict(null);
    if (keep === 'theirs') {
      replaceWith(conflict);
      setNotice({ ok: true, text: `已載入同事儲存的第 ${conflict.version} 版` });
    } else {
      // Keep mine: save again on top of their version (theirs stays in the history).
      void save(false);
    }
  };

  /** Waits for a save in flight, so a step starts from the version it produces. */
  const settle = useCallback(async () => {
    if (saving.current) await saving.current.catch(() => false);
  }, []);

  return { status, errors, notice, setNotice, conflict, applyOutcome, save, settle, resolveConflict };
}
