'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { EditorStory } from '@/lib/editor-story';
import { stateLabels } from '@/lib/story-states';
import type { Move } from '@/lib/workflow';

const issueOrder: [string, string][] = [
  ['title', '標題'],
  ['channelId', '頻道'],
  ['body', '正文'],
  ['editorId', '責編'],
  ['gallery', '圖集'],
  ['publishAt', '發佈時間'],
  ['comment', '退回說明'],
];

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
}: {
  story: EditorStory | null;
  moves: Move[];
  editable: boolean;
  hasEditor: boolean;
  canBeEditor: boolean;
  onSave: () => void;
  onMove: (move: Move, extra?: { publishAt?: string; comment?: string; assignSelf?: boolean }) => void;
  errors: Record<string, string[] | undefined>;
}) {
  const [publishAt, setPublishAt] = useState('');
  const [comment, setComment] = useState('');
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
          <button type="button" className="button" onClick={onSave}>
            存草稿
          </button>
        ) : null}
        {has('submit') ? (
          <button type="button" className="button primary" onClick={() => onMove('submit')}>
            提交審核
          </button>
        ) : null}
        {has('publish') ? (
          <>
            {!hasEditor && canBeEditor ? (
              <label className="inline-check">
                <input type="checkbox" checked={assignSelf} onChange={(e) => setAssignSelf(e.target.checked)} /> 由我擔任責編
              </label>
            ) : null}
            <button type="button" className="button primary" onClick={() => onMove('publish', { assignSelf: !hasEditor && assignSelf })}>
              發佈
            </button>
          </>
        ) : null}
        {has('unpublish') ? (
          <button type="button" className="button danger" onClick={() => onMove('unpublish')}>
            撤稿
          </button>
        ) : null}
        {has('unschedule') ? (
          <button type="button" className="button" onClick={() => onMove('unschedule')}>
            取消排程
          </button>
        ) : null}
        {has('reopen') ? (
          <button type="button" className="button" onClick={() => onMove('reopen')}>
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
          <label htmlFor="schedule-at">發佈時間</label>
          <input id="schedule-at" type="datetime-local" step={1} value={publishAt} onChange={(e) => setPublishAt(e.target.value)} />
          <button type="button" className="button" onClick={() => onMove('schedule', { publishAt, assignSelf: !hasEditor && assignSelf && canBeEditor })} disabled={!publishAt}>
            排程發佈
          </button>
        </div>
      ) : null}
      {has('return') ? (
        <div className="workflow-return">
          <label htmlFor="return-comment">退回說明</label>
          <input id="return-comment" value={comment} maxLength={2000} onChange={(e) => setComment(e.target.value)} />
          <button type="button" className="button" onClick={() => onMove('return', { comment })}>
            退回
          </button>
        </div>
      ) : null}
    </section>
  );
}
