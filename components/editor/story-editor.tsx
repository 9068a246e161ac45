'use client';

import { moveStoryAction, saveStoryAction } from '@/lib/actions/stories';
import { discardPendingAction, reassignEditorAction, updateLiveStoryAction } from '@/lib/actions/story-live';
import { type EditorStory, editorChoices } from '@/lib/editor-story';
import { type Actor, can } from '@/lib/permissions';
import type { StoryFields } from '@/lib/schemas/story';
import { formatPublishTime, zoneLabel } from '@/lib/time';
import { availableMoves, isLive } from '@/lib/workflow';
import { ConflictPanel } from './conflict-panel';
import { EditorReassign } from './editor-reassign';
import { GalleryPanel } from './gallery-panel';
import { LiveVersionPanel } from './live-version-panel';
import { RichTextEditor } from './rich-text-editor';
import type { EditorOptions } from '@/lib/editor-story';
import { ShortcutsDialog } from './shortcuts-dialog';
import { StoryExtras } from './story-extras';
import { StoryFieldsForm } from './story-fields';
import { useEditorShortcuts } from './use-editor-shortcuts';
import { usePresence } from './use-presence';
import { useStoryDraft } from './use-story-draft';
import { useStorySave } from './use-story-save';
import { useWorkflowSteps } from './use-workflow-steps';
import { WorkflowBar } from './workflow-bar';

/**
 * The story editor: fields, 正文, gallery, autosave with retries and a local backup, version
 * conflicts shown instead of overwritten, and the workflow buttons this person may use. The
 * state lives in the hooks; this component lays it out.
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
  const draft = useStoryDraft(initial, initialFields);
  const { story, fields, photos, offer, change } = draft;
  const editable = story ? can(actor, 'story.edit', story) : can(actor, 'story.create');
  const saver = useStorySave(draft, { saveAction: saveStoryAction, enabled: editable });
  const { status, errors, notice, conflict, save } = saver;
  const { busy, runStep, runMove } = useWorkflowSteps(draft, saver, moveStoryAction);
  const others = usePresence(story?.id);
  const shortcuts = useEditorShortcuts(editable ? () => void save(false) : null);

  const moves = story ? availableMoves(actor, story) : [];
  const live = story !== null && isLive(story.state);
  const choices = { ...options, editors: editorChoices(options, story) };
  const statusText =
    status.kind === 'saving' ? '儲存中…' : status.kind === 'saved' ? `已儲存 ${clock(status.at)}` : status.kind === 'failed' ? status.message : story ? `已儲存 ${clock(new Date(story.updatedAt))}（第 ${story.version} 版）` : '尚未儲存';

  return (
    <div className="story-editor">
      <div className="editor-topline">
        <div className="editor-status" role="status" aria-live="polite">
          <span className={status.kind === 'failed' ? 'status-failed' : undefined}>{statusText}</span>
          {others.length ? <span className="presence">另有 {others.join('、')} 正在編輯這篇稿件</span> : null}
        </div>
        <button type="button" className="link-button" onClick={shortcuts.openHelp} aria-haspopup="dialog">
          快速鍵 <kbd>?</kbd>
        </button>
      </div>
      <ShortcutsDialog open={shortcuts.helpOpen} onClose={shortcuts.closeHelp} />
      {offer ? (
        <div className="restore-offer" role="alert">
          有一份尚未儲存的內容（{formatPublishTime(new Date(offer.at), timeZone)} {zoneLabel(timeZone)}）。
          <button type="button" className="button" onClick={draft.restoreBackup}>
            還原未儲存的內容
          </button>
          <button type="button" className="button" onClick={draft.discardBackup}>
            捨棄
          </button>
        </div>
      ) : null}
      {conflict ? <ConflictPanel mine={fields} theirs={conflict} onResolve={saver.resolveConflict} timeZone={timeZone} /> : null}
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
          options={choices}
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
      <StoryFieldsForm fields={fields} set={change} options={choices} errors={errors} readOnly={!editable} canAssignEditor={can(actor, 'story.be-editor') && !live} />
      <div className="field">
        <span className="field-label" id="body-label">
          正文
        </span>
        {errors.body?.length ? <p className="field-error">{errors.body.join('；')}</p> : null}
        {editable ? (
          <RichTextEditor key={draft.bodyKey} initial={fields.body} onChange={(body) => change({ body })} />
        ) : (
          <p className="muted">（正文唯讀，請用「預覽」閱讀）</p>
        )}
      </div>
      <GalleryPanel
        items={fields.gallery}
        photos={photos}
        onChange={(gallery) => (editable ? change({ gallery }) : undefined)}
        onPhotos={(p) => draft.setPhotos(p)}
        errors={errors}
        storyTitle={fields.title}
      />
      <StoryExtras storyId={story?.id ?? null} fields={fields} set={change} photos={photos} errors={errors} readOnly={!editable} />
    </div>
  );
}
