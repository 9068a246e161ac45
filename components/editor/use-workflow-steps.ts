'use client';

import { useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { SaveOutcome } from '@/lib/actions/stories';
import type { ActionResult } from '@/lib/errors';
import type { Move } from '@/lib/workflow';
import type { StoryDraft } from './use-story-draft';
import type { useStorySave } from './use-story-save';

type StepAction = (data: FormData) => Promise<ActionResult<SaveOutcome>>;
type MoveExtra = { publishAt?: string; comment?: string; assignSelf?: boolean };

/**
 * Workflow steps (moves, updating or discarding a live version, a new 責編): unsaved work is
 * saved first, then the step runs on the saved version, one step at a time.
 */
export function useWorkflowSteps(draft: StoryDraft, saver: ReturnType<typeof useStorySave>, moveAction: (state: null, data: FormData) => Promise<ActionResult<SaveOutcome>>) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const moving = useRef(false);

  /**
   * After a step the editor shows the story as saved (its 責編 above all), so that the next
   * autosave never writes back what the step changed. Typing during the step keeps the typed
   * fields but still takes the saved 責編.
   */
  const reloadFrom = (result: ActionResult<SaveOutcome>, sentAt: number) => {
    if (!result.ok || result.data.kind !== 'saved') return;
    if (draft.changeCount.current === sentAt) draft.replaceWith(result.data.story);
    else draft.takeEditor(result.data.story);
  };

  // The buttons stay disabled until the step's answer comes back.
  const runStep = async (call: StepAction, set: (data: FormData) => void = () => {}): Promise<boolean> => {
    if (moving.current) return false;
    moving.current = true;
    setBusy(true);
    try {
      await saver.settle();
      if (draft.dirty.current || !draft.latest.current.story) {
        if (!(await saver.save(false))) return false;
      }
      const current = draft.latest.current.story!;
      const data = new FormData();
      data.set('storyId', String(current.id));
      data.set('baseVersion', String(current.version));
      set(data);
      const sentAt = draft.changeCount.current;
      const result = await call(data);
      if (!saver.applyOutcome(result, sentAt)) return false;
      reloadFrom(result, sentAt);
      router.refresh();
      return true;
    } catch {
      saver.setNotice({ ok: false, text: '操作失敗（網路或伺服器問題），請再試一次' });
      return false;
    } finally {
      moving.current = false;
      setBusy(false);
    }
  };

  const runMove = (move: Move, extra: MoveExtra = {}) =>
    runStep(
      (data) => moveAction(null, data),
      (data) => {
        data.set('move', move);
        // The wall-clock time as typed: the server reads it in the site's zone.
        if (extra.publishAt) data.set('publishAt', extra.publishAt);
        if (extra.comment) data.set('comment', extra.comment);
        if (extra.assignSelf) data.set('assignSelf', 'true');
      },
    );

  return { busy, runStep, runMove };
}
