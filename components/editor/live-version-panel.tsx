'use client';

import { type ReactNode, useState } from 'react';
import type { EditorStory } from '@/lib/editor-story';
import type { StoryFields } from '@/lib/schemas/story';
import { diffSnapshots } from '@/lib/story-diff';
import { sameStoryContent } from '@/lib/workflow';
import type { EditorOptions } from '@/lib/editor-story';
import { DiffView } from '@/components/ui/diff-view';
import { ModalDialog } from '@/components/ui/modal-dialog';

type Asking = 'update' | 'discard' | null;

/**
 * A live (published or scheduled) story: says whether readers see what is in the editor, shows
 * the pending changes against the live version, and offers 更新已發佈稿件 and 捨棄修改.
 */
export function LiveVersionPanel({
  story,
  fields,
  options,
  mayUpdate,
  mayDiscard,
  onUpdate,
  onDiscard,
  children,
}: {
  story: EditorStory;
  fields: StoryFields;
  options: EditorOptions;
  mayUpdate: boolean;
  mayDiscard: boolean;
  onUpdate: () => Promise<boolean>;
  onDiscard: () => Promise<boolean>;
  /** 更換責編, shown with the live version it applies to. */
  children?: ReactNode;
}) {
  const [asking, setAsking] = useState<Asking>(null);
  const [busy, setBusy] = useState(false);
  if (!story.live) return null;
  const changed = story.hasPending || !sameStoryContent(fields, story.live);
  const liveWord = story.state === 'scheduled' ? '排程發佈的版本' : '目前發佈的版本';

  if (!changed) {
    return (
      <section className="live-version" id="live-version" aria-label="發佈版本">
        <p className="muted">讀者{story.state === 'scheduled' ? '將' : ''}看到{liveWord}。在這裡的修改會先存為未發佈的修改，按「更新已發佈稿件」後才公開。</p>
        {children}
      </section>
    );
  }

  const channelName = new Map(options.channels.map((c) => [c.id, c.name]));
  const personName = new Map(options.editors.map((p) => [p.id, p.name]));
  const diff = asking === 'update'
    ? diffSnapshots(story.live, fields, {
        channel: (id) => (id === null ? '（無）' : (channelName.get(id) ?? `#${id}`)),
        person: (id) => (id === null ? '（無）' : (personName.get(id) ?? `#${id}`)),
      })
    : null;
  // Done or refused, the dialog closes: the editor's status says which, and a refusal (a 責編 who
  // has left, a colleague's newer save) is acted on outside the dialog.
  const run = async (action: () => Promise<boolean>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
      setAsking(null);
    }
  };

  return (
    <section className="live-version pending" id="live-version" aria-label="未發佈的修改">
      <p>
        <strong>未發佈的修改</strong>：讀者{story.state === 'scheduled' ? '到時' : '仍'}看到{liveWord}，
        {mayUpdate ? '按「更新已發佈稿件」後才會公開這些修改。' : '須由編輯「更新已發佈稿件」後才會公開。'}
        {story.state === 'scheduled' ? '排程時間到時發佈的是已核准的版本，不含未發佈的修改。' : ''}
      </p>
      <div className="workflow-buttons">
        {mayUpdate ? (
          <button type="button" className="button primary" disabled={busy} onClick={() => setAsking('update')}>
            更新已發佈稿件
          </button>
        ) : null}
        {mayDiscard && story.hasPending ? (
          <button type="button" className="button" disabled={busy} onClick={() => setAsking('discard')}>
            捨棄修改
          </button>
        ) : null}
      </div>
      {diff ? (
        <ModalDialog open={asking === 'update'} title="更新已發佈稿件：讀者將看到以下修改" className="update-dialog" onClose={() => !busy && setAsking(null)}>
          <DiffView diff={diff} older="發佈中" newer="更新後" />
          {!fields.correction && story.state === 'published' ? <p className="hint-inline">修正已發佈的內容時，可在「更正說明」寫明更正了什麼，讀者會在文章頁看到。</p> : null}
          <div className="confirm-buttons">
            <button type="button" className="button" disabled={busy} onClick={() => setAsking(null)}>
              取消
            </button>
            <button type="button" className="button primary" disabled={busy} onClick={() => void run(onUpdate)}>
              確定
            </button>
          </div>
        </ModalDialog>
      ) : null}
      <ModalDialog open={asking === 'discard'} title="捨棄未發佈的修改？" onClose={() => !busy && setAsking(null)}>
        <p>編輯器會回到{liveWord}；捨棄的內容仍留在版本紀錄中，可以還原。</p>
        <div className="confirm-buttons">
          <button type="button" className="button" disabled={busy} onClick={() => setAsking(null)} autoFocus>
            取消
          </button>
          <button type="button" className="button danger" disabled={busy} onClick={() => void run(onDiscard)}>
            確定
          </button>
        </div>
      </ModalDialog>
      {children}
    </section>
  );
}
