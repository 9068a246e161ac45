import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { getMediaById } from '@/db/queries/media';
import { getSiteSettings } from '@/db/queries/settings';
import { listEligibleEditors } from '@/db/queries/staff';
import { listChannelChoices, listStoriesForStaff } from '@/db/queries/workspace-stories';
import type { StoryState } from '@/db/schema';
import { requireStaff } from '@/lib/session';
import { stateLabels } from '@/lib/story-states';
import { formatPublishTime, zoneLabel } from '@/lib/time';

export const metadata: Metadata = { title: '稿件 | 責編' };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);
const positive = (v: string | undefined) => (v && /^\d{1,10}$/.test(v) && Number(v) > 0 ? Number(v) : undefined);

export default async function StoriesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const person = await requireStaff();
  const params = await searchParams;
  const state = one(params.state) as StoryState | undefined;
  const filter = {
    state: state && state in stateLabels ? state : undefined,
    channelId: positive(one(params.channel)),
    editorId: positive(one(params.editor)),
    text: one(params.q)?.trim().slice(0, 50) || undefined,
    mediaId: positive(one(params.media)),
  };
  const cursorMatch = /^(\d{1,15})_(\d{1,10})$/.exec(one(params.after) ?? '');
  const db = await getDb();
  const [page, channels, editors, settings, photo] = await Promise.all([
    // The query holds only what this person may read (a reporter: their own stories).
    listStoriesForStaff(db, {
      ...filter,
      actor: person,
      authorId: positive(one(params.author)),
      cursor: cursorMatch ? { editedAt: new Date(Number(cursorMatch[1])), id: Number(cursorMatch[2]) } : undefined,
      limit: 30,
    }),
    listChannelChoices(db),
    listEligibleEditors(db),
    getSiteSettings(db),
    filter.mediaId ? getMediaById(db, filter.mediaId) : undefined,
  ]);
  const zone = zoneLabel(settings.timeZone);
  const query = new URLSearchParams();
  if (filter.state) query.set('state', filter.state);
  if (filter.channelId) query.set('channel', String(filter.channelId));
  if (filter.editorId) query.set('editor', String(filter.editorId));
  if (filter.text) query.set('q', filter.text);
  if (filter.mediaId) query.set('media', String(filter.mediaId));
  const withoutPhoto = new URLSearchParams(query);
  withoutPhoto.delete('media');
  return (
    <>
      <div className="page-head">
        <h1>稿件</h1>
        <Link className="button primary" href="/dashboard/articles/new">
          新稿件
        </Link>
      </div>
      <form className="filters" method="get" aria-label="篩選稿件">
        <label>
          狀態
          <select name="state" defaultValue={filter.state ?? ''}>
            <option value="">全部</option>
            {Object.entries(stateLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          頻道
          <select name="channel" defaultValue={filter.channelId ?? ''}>
            <option value="">全部</option>
            {channels.map((c) => (
              <option key={c.id} value={c.id}>
                {c.parentName ? `${c.parentName} › ${c.name}` : c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          責編
          <select name="editor" defaultValue={filter.editorId ?? ''}>
            <option value="">全部</option>
            {editors.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          關鍵字
          <input name="q" defaultValue={filter.text ?? ''} maxLength={50} />
        </label>
        {filter.mediaId ? <input type="hidden" name="media" value={filter.mediaId} /> : null}
        <button type="submit" className="button">
          篩選
        </button>
      </form>
      {filter.mediaId ? (
        <p className="filter-note" role="status">
          只列出使用
          {photo ? <Link href={`/dashboard/media/${photo.id}`}>「{photo.caption || photo.originalName || `媒體 #${photo.id}`}」</Link> : `媒體 #${filter.mediaId}`}
          的稿件（圖集或正文中）。<Link href={`/dashboard/articles${withoutPhoto.size ? `?${withoutPhoto}` : ''}`}>顯示全部稿件</Link>
        </p>
      ) : null}
      {page.items.length === 0 ? (
        <p className="muted">沒有符合的稿件。</p>
      ) : (
        <table className="ws-table">
          <thead>
            <tr>
              <th scope="col">標題</th>
              <th scope="col">狀態</th>
              <th scope="col">頻道</th>
              <th scope="col">作者</th>
              <th scope="col">責編</th>
              <th scope="col">發佈時間（{zone}）</th>
              <th scope="col">更新時間（{zone}）</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link href={`/dashboard/articles/${s.id}`}>{s.title || '（無標題）'}</Link>
                </td>
                <td>
                  {stateLabels[s.state]}
                  {s.hasPending ? <span className="muted">（未發佈的修改）</span> : null}
                </td>
                <td>{s.channelName ?? '—'}</td>
                <td>{s.authorName}</td>
                <td>{s.editorName ?? '—'}</td>
                <td>
                  {s.publishedAt && s.state !== 'draft' && s.state !== 'in_review' ? (
                    <time dateTime={s.publishedAt.toISOString()}>
                      {s.state === 'scheduled' ? '排定 ' : ''}
                      {formatPublishTime(s.publishedAt, settings.timeZone)}
                    </time>
                  ) : (
                    '—'
                  )}
                </td>
                <td>{formatPublishTime(s.editedAt, settings.timeZone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page.next ? (
        <nav aria-label="分頁" className="pager">
          <Link href={`/dashboard/articles?${query.toString()}${query.size ? '&' : ''}after=${page.next}`}>下一頁</Link>
        </nav>
      ) : null}
    </>
  );
}
