'use client';

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { moveStoryAction, saveStoryAction, type SaveOutcome } from '@/lib/actions/stories';
import { discardPendingAction, reassignEditorAction, updateLiveStoryAction } from '@/lib/actions/story-live';
import type { EditorStory } from '@/lib/editor-story';
import type { ActionResult } from '@/lib/errors';
import { type Actor, can } from '@/lib/permissions';
import type { StoryFields } from '@/lib/schemas/story';
import { formatPublishTime, zoneLabel } from '@/lib/time';
import { type Move, availableMoves, isLive } from '@/lib/workflow';
import { ConflictPanel } from './conflict-panel';
import { EditorReassign } from './editor-reassign';
import { GalleryPanel, type PhotoInfo } from './gallery-panel';
import { LiveVersionPanel } from './live-version-panel';
import { RichTextEditor } from './rich-text-editor';
import type { EditorOptions } from '@/lib/editor-story';
import { StoryExtras } from './story-extras';
import { StoryFieldsForm } from './story-fields';
import { usePresence } from './use-presence';
import { WorkflowBar } from './workflow-bar';

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; message: string; retryIn: number };
type Backup = { fields: StoryFields; photos: Record<number, PhotoInfo>; at: string };

const AUTOSAVE_MS = 2000;
const backupKey = (id: number | undefined) => `zebian:story:${id ?? 'new'}`;

function readBackup(id: number | undefined): Backup | null {
  try {
    const raw = window.localStorage.getItem(backupKey(id));
    return raw ? (JSON.parse(raw) as Backup) : null;
  } catch {
    return null;
  }
}

/**
 * The story editor: fields, 正文, gallery, autosave with retries and a local backup, version
 * conflicts shown instead of overwritten, and the workflow buttons this person may use.
 */
export function StoryEditor({
  initial,
  initialFields,
  options,
  actor,
  timeZone,
}: {
  initial: EditorStory | null;
  initialFields: StoryFields;
  options: EditorOptions;
  actor: Actor;
  /** The site's zone, so server and browser print the same times. */
  timeZone: string;
}) {
  const clock = (d: Date) => `${formatPublishTime(d, timeZone).slice(11)} ${zoneLabel(timeZone)}`;
  const router = useRouter();
  const [story, setStory] = useState<EditorStory | null>(initial);
  const [fields, setFields] = useState<StoryFields>(initial?.fields ?? initialFields);
  const [photos, setPhotos] = useState<Record<number, PhotoInfo>>(initial?.photos ?? {});
  const [bodyKey, setBodyKey] = useState(0); // remounts the rich-text editor when the body is replaced
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [conflict, setConflict] = useState<EditorStory | null>(null);
  const [offer, setOffer] = useState<Backup | null>(null);
  const others = usePresence(story?.id);
  const [busy, setBusy] = useState(false);
  const moving = useRef(false);
  const dirty = useRef(false);
  const changeCount = useRef(0);
  const saving = useRef<Promise<boolean> | null>(null);
  const latest = useRef({ story, fields, photos });
  useLayoutEffect(() => {
    latest.current = { story, fields, photos };
  });

  const editable = story ? can(actor, 'story.edit', story) : can(actor, 'story.create');

  // Local storage exists only in the browser, after hydration: look for unsaved work once.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const backup = readBackup(initial?.id);
      if (backup && JSON.stringify(backup.fields) !== JSON.stringify(initial?.fields ?? initialFields)) setOffer(backup);
    }, 0);
    return () => window.clearTimeout(timer);
  }, [initial, initialFields]);

  const change = (patch: Partial<StoryFields>) => {
    dirty.current = true;
    changeCount.current += 1;
    setFields((f) => {
      const next = { ...f, ...patch };
      try {
        window.localStorage.setItem(backupKey(latest.current.story?.id), JSON.stringify({ fields: next, photos: latest.current.photos, at: new Date().toISOString() }));
      } catch {
        // A full or blocked storage only loses the local copy; the server save still runs.
      }
      return next;
    });
  };

  const applyOutcome = useCallback(
    (result: ActionResult<SaveOutcome>, sentAt: number): boolean => {
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setNotice({ ok: false, text: result.message });
        setStatus({ kind: 'failed', message: result.message, retryIn: 0 });
        return false;
      }
      if (result.data.kind === 'conflict') {
        setConflict(result.data.current);
        setStatus({ kind: 'idle' });
        return false;
      }
      const saved = result.data.story;
      const created = !latest.current.story;
      // The next save may start before React re-renders: it must already see this version.
      latest.current = { ...latest.current, story: saved };
      setStory(saved);
      setErrors({});
      if (result.message) setNotice({ ok: true, text: result.message });
      setStatus({ kind: 'saved', at: new Date() });
      if (changeCount.current === sentAt) {
        dirty.current = false;
        window.localStorage.removeItem(backupKey(saved.id));
      }
      if (created) {
        window.localStorage.removeItem(backupKey(undefined));
        router.replace(`/dashboard/articles/${saved.id}`);
      }
      return true;
    },
    [router],
  );

  /** Saves the current fields; concurrent calls wait for the one in flight. */
  const save = useCallback(
    async (autosave: boolean): Promise<boolean> => {
      if (saving.current) await saving.current;
      const run = (async () => {
        const { story: s, fields: f } = latest.current;
        const sentAt = changeCount.current;
        const data = new FormData();
        data.set('payload', JSON.stringify({ storyId: s?.id, baseVersion: s?.version, autosave, fields: f }));
        setStatus({ kind: 'saving' });
        try {
          return applyOutcome(await saveStoryAction(null, data), sentAt);
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
    [applyOutcome],
  );

  // Autosave: after a pause in typing; a failed save retries on its own.
  useEffect(() => {
    if (!editable || conflict) return;
    const hasContent = fields.title.trim() !== '' || latest.current.story !== null;
    if (!dirty.current || !hasContent) return;
    const delay = status.kind === 'failed' && status.retryIn ? status.retryIn * 1000 : AUTOSAVE_MS;
    const timer = window.setTimeout(() => void save(true), delay);
    return () => window.clearTimeout(timer);
  }, [fields, photos, editable, conflict, status, save]);

  // Warn before leaving with unsaved work.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  /**
   * After a workflow move the editor shows the story as saved (its 責編 above all), so that the
   * next autosave never writes back what the move changed. Typing during the move keeps the
   * typed fields but still takes the saved 責編.
   */
  const reloadFrom = (saved: EditorStory, sentAt: number) => {
    if (changeCount.current === sentAt) {
      latest.current = { ...latest.current, fields: saved.fields };
      setFields(saved.fields);
      setPhotos((p) => ({ ...p, ...saved.photos }));
      setBodyKey((k) => k + 1);
      dirty.current = false;
      window.localStorage.removeItem(backupKey(saved.id));
    } else {
      setFields((f) => ({ ...f, editorId: saved.fields.editorId }));
    }
  };

  /** Saves unsaved work, then runs a workflow step on the saved version and reloads from its result. */
  // One step at a time: the buttons stay disabled until its answer comes back.
  const runStep = async (call: (data: FormData) => Promise<ActionResult<SaveOutcome>>, set: (data: FormData) => void = () => {}): Promise<boolean> => {
    if (moving.current) return false;
    moving.current = true;
    setBusy(true);
    try {
      if (dirty.current || !latest.current.story) {
        if (!(await save(false))) return false;
      }
      const current = latest.current.story!;
      const data = new FormData();
      data.set('storyId', String(current.id));
      data.set('baseVersion', String(current.version));
      set(data);
      const sentAt = changeCount.current;
      const result = await call(data);
      if (!applyOutcome(result, sentAt) || !result.ok || result.data.kind !== 'saved') return false;
      reloadFrom(result.data.story, sentAt);
      router.refresh();
      return true;
    } catch {
      setNotice({ ok: false, text: '操作失敗（網路或伺服器問題），請再試一次' });
      return false;
    } finally {
      moving.current = false;
      setBusy(false);
    }
  };

  const runMove = (move: Move, extra: { publishAt?: string; comment?: string; assignSelf?: boolean } = {}) =>
    runStep(
      (data) => moveStoryAction(null, data),
      (data) => {
        data.set('move', move);
        // The wall-clock time as typed: the server reads it in the site's zone.
        if (extra.publishAt) data.set('publishAt', extra.publishAt);
        if (extra.comment) data.set('comment', extra.comment);
        if (extra.assignSelf) data.set('assignSelf', 'true');
      },
    );

  const restoreBackup = () => {
    if (!offer) return;
    setPhotos((p) => ({ ...p, ...offer.photos }));
    change(offer.fields);
    setBodyKey((k) => k + 1);
    setOffer(null);
  };

  const resolveConflict = (keep: 'mine' | 'theirs') => {
    if (!conflict) return;
    if (keep === 'theirs') {
      setStory(conflict);
      setFields(conflict.fields);
      setPhotos((p) => ({ ...p, ...conflict.photos }));
      setBodyKey((k) => k + 1);
      dirty.current = false;
      window.localStorage.removeItem(backupKey(conflict.id));
      setNotice({ ok: true, text: `已載入同事儲存的第 ${conflict.version} 版` });
      setConflict(null);
    } else {
      // Keep mine: save again on top of their version (theirs stays in the history).
      latest.current = { ...latest.current, story: conflict };
      setStory(conflict);
      setConflict(null);
      void save(false);
    }
  };

  const moves = story ? availableMoves(actor, story) : [];
  const live = story !== null && isLive(story.state);
  const statusText =
    status.kind === 'saving' ? '儲存中…' : status.kind === 'saved' ? `已儲存 ${clock(status.at)}` : status.kind === 'failed' ? status.message : story ? `已儲存 ${clock(new Date(story.updatedAt))}（第 ${story.version} 版）` : '尚未儲存';

  return (
    <div className="story-editor">
      <div className="editor-status" role="status" aria-live="polite">
        <span className={status.kind === 'failed' ? 'status-failed' : undefined}>{statusText}</span>
        {others.length ? <span className="presence">另有 {others.join('、')} 正在編輯這篇稿件</span> : null}
      </div>
      {offer ? (
        <div className="restore-offer" role="alert">
          有一份尚未儲存的內容（{formatPublishTime(new Date(offer.at), timeZone)} {zoneLabel(timeZone)}）。
          <button type="button" className="button" onClick={restoreBackup}>
            還原未儲存的內容
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              window.localStorage.removeItem(backupKey(story?.id));
              setOffer(null);
            }}
          >
            捨棄
          </button>
        </div>
      ) : null}
      {conflict ? <ConflictPanel mine={fields} theirs={conflict} onResolve={resolveConflict} timeZone={timeZone} /> : null}
      {notice ? (
        <p role={notice.ok ? 'status' : 'alert'} className={notice.ok ? 'form-ok' : 'form-error'}>
          {notice.text}
        </p>
      ) : null}
      {!editable && story ? <p className="form-ok">這篇稿件目前由編輯處理中，你只能閱讀。</p> : null}
      <WorkflowBar
        story={story}
        moves={moves}
        editable={editable}
        hasEditor={fields.editorId !== null}
        canBeEditor={can(actor, 'story.be-editor')}
        onSave={() => void save(false)}
        onMove={(move, extra) => void runMove(move, extra)}
        errors={errors}
        busy={busy}
        timeZone={timeZone}
      />
      {story && live ? (
        <LiveVersionPanel
          story={story}
          fields={fields}
          options={options}
          mayUpdate={can(actor, 'story.publish', story)}
          mayDiscard={editable}
          onUpdate={() => runStep((data) => updateLiveStoryAction(null, data))}
          onDiscard={() => runStep((data) => discardPendingAction(null, data))}
        >
          {can(actor, 'story.be-editor') ? (
            <EditorReassign current={story.fields.editorId} editors={options.editors} onReassign={(editorId) => runStep((data) => reassignEditorAction(null, data), (data) => data.set('editorId', String(editorId)))} />
          ) : null}
        </LiveVersionPanel>
      ) : null}
      {/* On a live story the 責編 changes only through 更換責編, never with a save. */}
      <StoryFieldsForm fields={fields} set={change} options={options} errors={errors} readOnly={!editable} canAssignEditor={can(actor, 'story.be-editor') && !live} />
      <div className="field">
        <span className="field-label" id="body-label">
          正文
        </span>
        {errors.body?.length ? <p className="field-error">{errors.body.join('；')}</p> : null}
        {editable ? (
          <RichTextEditor key={bodyKey} initial={fields.body} onChange={(body) => change({ body })} />
        ) : (
          <p className="muted">（正文唯讀，請用「預覽」閱讀）</p>
        )}
      </div>
      <GalleryPanel
        items={fields.gallery}
        photos={photos}
        onChange={(gallery) => (editable ? change({ gallery }) : undefined)}
        onPhotos={(p) => setPhotos(p)}
        problem={errors.gallery?.join('；')}
        storyTitle={fields.title}
      />
      <StoryExtras storyId={story?.id ?? null} fields={fields} set={change} photos={photos} errors={errors} readOnly={!editable} />
    </div>
  );
}
