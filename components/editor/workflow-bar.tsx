'use client';

import Link from 'next/link';
import { useId, useState } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { LengthCounter, describedBy } from '@/components/ui/length-counter';
import type { EditorStory } from '@/lib/editor-story';
import { nearLimit, textLength } from '@/lib/schemas/length-limit';
import { stateLabels } from '@/lib/story-states';
import { formatPublishTime, toSiteInputValue, zoneLabel } from '@/lib/time';
import type { Move } from '@/lib/workflow';
import { issuesOf } from './story-issues';

/** The longest 退回說明 or 撤稿原因 the server takes (lib/actions/stories.ts); more is refused, never cut. */
const REASON_MAX = 2000;

/** When the story goes or went out, in the site's zone and saying so. */
function PublishTime({ story, timeZone }: { story: EditorStory; timeZone: string }) {
  if (!story.publishedAt || (story.state !== 'scheduled' && story.state !== 'published')) return null;
  const at = new Date(story.publishedAt);
  return (
    <p className="workflow-when">
      {story.state === 'scheduled' ? '排定發佈時間：' : '發佈時間：'}
      <time dateTime={story.publishedAt}>
        {formatPublishTime(at, timeZone)}（{zoneLabel(timeZone)}）
      </time>
    </p>
  );
}

/**
 * The buttons for what this person may do with the story now, and what is missing. It stays in
 * view while scrolling; on a phone it is a single row (state, 存草稿, the next step, 更多操作)
 * and the rest opens below it as a menu.
 */
export function WorkflowBar({
  story,
  moves,
  editable,
  hasEditor,
  canBeEditor,
  onSave,
  onMove,
  errors,
  busy,
  timeZone,
}: {
  story: EditorStory | null;
  moves: Move[];
  editable: boolean;
  hasEditor: boolean;
  canBeEditor: boolean;
  onSave: () => void;
  /** `publishAt` is the wall-clock time typed, in the site's zone. */
  onMove: (move: Move, extra?: { publishAt?: string; comment?: string; assignSelf?: boolean }) => void;
  errors: Record<string, string[] | undefined>;
  /** A move's request is in flight: every button waits for its answer. */
  busy: boolean;
  timeZone: string;
}) {
  const [publishAt, setPublishAt] = useState(() => (story?.state === 'scheduled' && story.publishedAt ? toSiteInputValue(new Date(story.publishedAt), timeZone) : ''));
  const [comment, setComment] = useState('');
  const [unpublishing, setUnpublishing] = useState(false);
  const [reason, setReason] = useState('');
  const commentOver = textLength(comment) > REASON_MAX;
  const reasonOver = textLength(reason) > REASON_MAX;
  const [assignSelf, setAssignSelf] = useState(true);
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const has = (m: Move) => moves.includes(m);
  const missing = issuesOf(errors);

  return (
    <section className={menuOpen ? 'workflow-bar open' : 'workflow-bar'} aria-label="稿件操作">
      <div className="workflow-row">
        <div className="workflow-summary">
          <p className="workflow-state">
            <span className="workflow-more-item">狀態：</span>
            <strong>{story ? stateLabels[story.state] : '新稿件'}</strong>
            {story ? <span className="muted workflow-more-item">（作者 {story.authorName}{story.editorName ? `，責編 ${story.editorName}` : ''}）</span> : null}
            {story?.hasPending ? (
              <a className="pending-badge workflow-more-item" href="#live-version">
                有未發佈的修改
              </a>
            ) : null}
          </p>
          {story ? <PublishTime story={story} timeZone={timeZone} /> : null}
        </div>
        <div className="workflow-buttons">
          {editable ? (
            <button type="button" className="button" onClick={onSave} disabled={busy}>
              存草稿
            </button>
          ) : null}
          {has('submit') ? (
            <button type="button" className="button primary" onClick={() => onMove('submit')} disabled={busy}>
              提交審核
            </button>
          ) : null}
          {has('withdraw') ? (
            <button type="button" className="button" onClick={() => onMove('withdraw')} disabled={busy}>
              撤回
            </button>
          ) : null}
          {has('publish') ? (
            <>
              {!hasEditor && canBeEditor ? (
                <label className="inline-check workflow-more-item">
                  <input type="checkbox" checked={assignSelf} onChange={(e) => setAssignSelf(e.target.checked)} /> 由我擔任責編
                </label>
              ) : null}
              <button type="button" className="button primary" onClick={() => onMove('publish', { assignSelf: !hasEditor && assignSelf })} disabled={busy}>
                發佈
              </button>
            </>
          ) : null}
          {has('unpublish') ? (
            <button type="button" className="button danger workflow-more-item" onClick={() => setUnpublishing(true)} disabled={busy} aria-haspopup="dialog">
              撤稿
            </button>
          ) : null}
          {has('unschedule') ? (
            <button type="button" className="button workflow-more-item" onClick={() => onMove('unschedule')} disabled={busy}>
              取消排程
            </button>
          ) : null}
          {has('reopen') ? (
            <button type="button" className="button" onClick={() => onMove('reopen')} disabled={busy}>
              重新編輯
            </button>
          ) : null}
          {story ? (
            <Link className="button workflow-more-item" href={`/preview/story/${story.id}`} target="_blank">
              預覽
            </Link>
          ) : null}
          {/* Only a phone shows this toggle; wider screens show the menu's items all the time. */}
          {story ? (
            <button type="button" className="button workflow-more-toggle" aria-expanded={menuOpen} aria-controls={menuId} onClick={() => setMenuOpen((o) => !o)}>
              {menuOpen ? '收起操作' : '更多操作'}
            </button>
          ) : null}
        </div>
      </div>
      {missing.length ? (
        <div className="form-error" role="alert">
          無法完成，請先處理：
          <ul>
            {missing.map(([key, label]) => (
              <li key={key}>
                {label}：{errors[key]!.join('；')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div id={menuId} className="workflow-more">
        {has('schedule') ? (
          <div className="workflow-schedule">
            <label htmlFor="schedule-at">發佈時間（{zoneLabel(timeZone)}）</label>
            <input id="schedule-at" type="datetime-local" step={1} value={publishAt} onChange={(e) => setPublishAt(e.target.value)} />
            <button type="button" className="button" onClick={() => onMove('schedule', { publishAt, assignSelf: !hasEditor && assignSelf && canBeEditor })} disabled={!publishAt || busy}>
              排程發佈
            </button>
          </div>
        ) : null}
        {has('return') ? (
          <div className="workflow-return">
            <label htmlFor="return-comment">退回說明</label>
            <input
              id="return-comment"
              value={comment}
              aria-invalid={commentOver || undefined}
              aria-describedby={describedBy(nearLimit(textLength(comment), REASON_MAX) && 'return-comment-count')}
              onChange={(e) => setComment(e.target.value)}
            />
            <LengthCounter id="return-comment-count" label="退回說明" length={textLength(comment)} max={REASON_MAX} />
            <button type="button" className="button" onClick={() => onMove('return', { comment })} disabled={busy || commentOver}>
              退回
            </button>
          </div>
        ) : null}
      </div>
      {has('unpublish') && story ? (
        <ConfirmDialog
          open={unpublishing}
          title="撤稿"
          message={`確定要撤下「${story.fields.title || '（無標題）'}」？讀者將無法再看到這篇稿件，它會從首頁、頻道和專題中移除。`}
          confirmDisabled={!reason.trim() || reasonOver}
          onCancel={() => setUnpublishing(false)}
          onConfirm={() => {
            setUnpublishing(false);
            onMove('unpublish', { comment: reason.trim() });
            setReason('');
          }}
        >
          <label htmlFor="unpublish-reason">撤稿原因</label>
          <textarea
            id="unpublish-reason"
            rows={3}
            required
            value={reason}
            aria-invalid={reasonOver || undefined}
            aria-describedby={describedBy(nearLimit(textLength(reason), REASON_MAX) && 'unpublish-reason-count')}
            onChange={(e) => setReason(e.target.value)}
            autoFocus
          />
          <LengthCounter id="unpublish-reason-count" label="撤稿原因" length={textLength(reason)} max={REASON_MAX} />
          <p className="hint-inline">原因會記入稽核紀錄與稿件討論。</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
