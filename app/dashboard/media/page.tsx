import type { Metadata } from 'next';
import Link from 'next/link';
import { MediaThumb } from '@/components/media/media-thumb';
import { getDb } from '@/db/client';
import { listMedia, listUploaders } from '@/db/queries/media';
import { getSiteSettings } from '@/db/queries/settings';
import { mediaFilterInput } from '@/lib/schemas/media';
import { requirePermission } from '@/lib/session';
import { formatDate } from '@/lib/time';
import { LibraryUploader } from './library-uploader';

export const metadata: Metadata = { title: '媒體庫 | 責編' };

const PAGE_SIZE = 24;

export default async function MediaLibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('media.upload');
  const raw = await searchParams;
  const filter = mediaFilterInput.parse({ q: raw.q, kind: raw.kind, uploader: raw.uploader, before: raw.before });
  const db = await getDb();
  const [page, uploaders, settings] = await Promise.all([
    listMedia(db, { q: filter.q, kind: filter.kind, uploaderId: filter.uploader, before: filter.before, limit: PAGE_SIZE }),
    listUploaders(db),
    getSiteSettings(db),
  ]);
  const link = (before?: number) => {
    const params = new URLSearchParams();
    if (filter.q) params.set('q', filter.q);
    if (filter.kind) params.set('kind', filter.kind);
    if (filter.uploader) params.set('uploader', String(filter.uploader));
    if (before) params.set('before', String(before));
    const query = params.toString();
    return query ? `/dashboard/media?${query}` : '/dashboard/media';
  };
  const filtered = Boolean(filter.q || filter.kind || filter.uploader);
  return (
    <>
      <h1>媒體庫</h1>
      {raw.deleted ? <p role="status" className="form-ok">已刪除</p> : null}
      <section className="media-upload-box" aria-label="上傳">
        <LibraryUploader />
        <p className="hint">圖片：JPEG、PNG、WebP、AVIF、GIF，最大 25 MB、4000 萬像素；影片：MP4、WebM，最大 500 MB。</p>
      </section>
      <form className="media-filter" role="search" action="/dashboard/media">
        <div className="field">
          <label htmlFor="media-q">搜尋媒體</label>
          <input id="media-q" name="q" type="search" defaultValue={filter.q ?? ''} placeholder="圖片說明、替代文字、來源或檔名" maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="media-kind">類型</label>
          <select id="media-kind" name="kind" defaultValue={filter.kind ?? ''}>
            <option value="">全部</option>
            <option value="image">圖片</option>
            <option value="video">影片</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="media-uploader">上傳者</label>
          <select id="media-uploader" name="uploader" defaultValue={filter.uploader ? String(filter.uploader) : ''}>
            <option value="">所有人</option>
            {uploaders.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          搜尋
        </button>
        {filtered ? <Link href="/dashboard/media">清除條件</Link> : null}
      </form>
      {page.items.length === 0 ? (
        <p className="muted">{filtered ? '沒有符合條件的媒體。' : '媒體庫還是空的，上傳第一張圖片吧。'}</p>
      ) : (
        <ul className="media-grid" aria-label="媒體">
          {page.items.map((m) => (
            <li key={m.id}>
              <Link href={`/dashboard/media/${m.id}`} className="media-tile">
                <MediaThumb fileKey={m.fileKey} kind={m.kind} alt={m.alt} width={m.width} height={m.height} posterKey={m.posterKey} />
                <span className="media-tile-caption">{m.caption || m.originalName || '（無說明）'}</span>
                <span className="media-tile-meta">
                  {m.kind === 'video' ? '影片' : '圖片'}
                  {m.width && m.height ? ` · ${m.width}×${m.height}` : ''}
                  {m.credit ? ` · ${m.credit}` : ''}
                  <br />
                  {m.uploaderName ?? '系統'} · {formatDate(m.createdAt, settings.timeZone)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <nav className="pager" aria-label="分頁">
        {filter.before ? <Link href={link()}>回到最新</Link> : null}
        {page.nextBefore ? <Link href={link(page.nextBefore)}>下一頁</Link> : null}
      </nav>
    </>
  );
}
