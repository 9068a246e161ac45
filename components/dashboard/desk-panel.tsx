import Link from 'next/link';
import { formatPublishTime, zoneLabel } from '@/lib/time';
import { CommentForm, ShareLinks } from './desk-forms';

/** Beside the editor: the desk's comment thread, the history link and share links. */
export function DeskPanel({
  storyId,
  comments,
  links,
  timeZone,
}: {
  storyId: number;
  comments: { id: number; body: string; createdAt: Date; authorName: string }[];
  links: { id: number; expiresAt: Date }[];
  timeZone: string;
}) {
  return (
    <aside className="desk-panel" aria-label="編輯台">
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">版本紀錄</h2>
        <p>
          <Link href={`/dashboard/articles/${storyId}/history`}>查看版本紀錄與比較</Link>
        </p>
      </section>
      <section aria-labelledby="comments-heading">
        <h2 id="comments-heading">留言</h2>
        {comments.length ? <p className="hint-inline">時間為{zoneLabel(timeZone)}。</p> : null}
        {comments.length ? (
          <ol className="comment-list">
            {comments.map((c) => (
              <li key={c.id}>
                <p className="comment-meta">
                  {c.authorName} · <time dateTime={c.createdAt.toISOString()}>{formatPublishTime(c.createdAt, timeZone)}</time>
                </p>
                <p>{c.body}</p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">還沒有留言。</p>
        )}
        <CommentForm storyId={storyId} />
      </section>
      <section aria-labelledby="share-heading">
        <h2 id="share-heading">分享預覽</h2>
        <ShareLinks storyId={storyId} links={links.map((l) => ({ id: l.id, expires: `${formatPublishTime(l.expiresAt, timeZone)}（${zoneLabel(timeZone)}）` }))} />
      </section>
    </aside>
  );
}
