'use client';

import Link from 'next/link';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { EditorStory } from '@/lib/editor-story';
import { stateLabels } from '@/lib/story-states';
import { formatPublishTime, toSiteInputValue, zoneLabel } from '@/lib/time';
import type { Move } from '@/lib/workflow';

const issueOrder: [string, string][] = [
  ['title', '標題'],
  ['channelId', '頻道'],
  ['body', '正文'],
  ['editorId', '責編'],
  ['gallery', '圖集'],
  ['publishAt', '發佈時間'],
  ['comment', '退回說明'],
  ['reason', '撤稿原因'],
];

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

/** The buttons for what this person may do with the story now, and what is missing. */
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
  const [assignSelf, setAssignSelf] = useState(true);
  const has = (m: Move) => moves.includes(m);
  const missing = issueOrder.filter(([key]) => errors[key]?.length);

  return (
    <section className="workflow-bar" aria-label="稿件操作">
      <p className="workflow-state">
        狀態：<strong>{story ? stateLabels[story.state] : '新稿件'}</strong>
        {story ? <span className="muted">（作者 {story.authorName}{story.editorName ? `，責編 ${story.editorName}` : ''}）</span> : null}
        {story?.hasPending ? (
          <a className="pending-badge" href="#live-version">
            有未發佈的修改
          </a>
        ) : null}
      </p>
      {story ? <PublishTime story={story} timeZone={timeZone} /> : null}
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
              <label className="inline-check">
                <input type="checkbox" checked={assignSelf} onChange={(e) => setAssignSelf(e.target.checked)} /> 由我擔任責編
              </label>
            ) : null}
            <button type="button" className="button primary" onClick={() => onMove('publish', { assignSelf: !hasEditor && assignSelf })} disabled={busy}>
              發佈
            </button>
          </>
        ) : null}
        {has('unpublish') ? (
          <button type="button" className="button danger" onClick={() => setUnpublishing(true)} disabled={busy} aria-haspopup="dialog">
            撤稿
          </button>
        ) : null}
        {has('unschedule') ? (
          <button type="button" className="button" onClick={() => onMove('unschedule')} disabled={busy}>
            取消排程
          </button>
        ) : null}
        {has('reopen') ? (
          <button type="button" className="button" onClick={() => onMove('reopen')} disabled={busy}>
            重新編輯
          </button>
        ) : null}
        {story ? (
          <Link className="button" href={`/preview/story/${story.id}`} target="_blank">
            預覽
          </Link>
        ) : null}
      </div>
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
          <input id="return-comment" value={comment} maxLength={2000} onChange={(e) => setComment(e.target.value)} />
          <button type="button" className="button" onClick={() => onMove('return', { comment })} disabled={busy}>
            退回
          </button>
        </div>
      ) : null}
      {has('unpublish') && story ? (
        <ConfirmDialog
          open={unpublishing}
          title="撤稿"
          message={`確定要撤下「${story.fields.title || '（無標題）'}」？讀者將無法再看到這篇稿件，它會從首頁、頻道和專題中移除。`}
          confirmDisabled={!reason.trim()}
          onCancel={() => setUnpublishing(false)}
          onConfirm={() => {
            setUnpublishing(false);
            onMove('unpublish', { comment: reason.trim() });
            setReason('');
          }}
        >
          <label htmlFor="unpublish-reason">撤稿原因</label>
          <textarea id="unpublish-reason" rows={3} maxLength={2000} required value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
          <p className="hint-inline">原因會記入稽核紀錄與稿件討論。</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
