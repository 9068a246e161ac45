'use client';

import type { EditorStory } from '@/lib/editor-story';
import { documentText, sanitizeDocument } from '@/lib/rich-text/document';
import type { StoryFields } from '@/lib/schemas/story';
import { formatPublishTime, zoneLabel } from '@/lib/time';

const bodyText = (body: unknown) => documentText(sanitizeDocument(body).doc);

/** Someone saved while this person was editing: show both, overwrite nothing until they choose. */
export function ConflictPanel({
  mine,
  theirs,
  onResolve,
  timeZone,
}: {
  mine: StoryFields;
  theirs: EditorStory;
  onResolve: (keep: 'mine' | 'theirs') => void;
  timeZone: string;
}) {
  return (
    <section className="conflict-panel" role="alert" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">這篇稿件已被同事更新</h2>
      <p>
        在你編輯期間，有人儲存了第 {theirs.version} 版（{formatPublishTime(new Date(theirs.updatedAt), timeZone)} {zoneLabel(timeZone)}）。你的內容尚未覆蓋任何東西；請選擇要保留哪一份。兩份都會留在版本紀錄中。
      </p>
      <div className="conflict-columns">
        <div>
          <h3>你的版本</h3>
          <p className="conflict-title">{mine.title || '（無標題）'}</p>
          <p className="conflict-body">{bodyText(mine.body).slice(0, 400)}</p>
        </div>
        <div>
          <h3>同事的版本</h3>
          <p className="conflict-title">{theirs.fields.title || '（無標題）'}</p>
          <p className="conflict-body">{bodyText(theirs.fields.body).slice(0, 400)}</p>
        </div>
      </div>
      <div className="workflow-buttons">
        <button type="button" className="button primary" onClick={() => onResolve('mine')}>
          保留我的版本
        </button>
        <button type="button" className="button" onClick={() => onResolve('theirs')}>
          採用同事的版本
        </button>
      </div>
    </section>
  );
}
