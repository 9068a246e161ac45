import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MediaImage } from '@/components/reader/media-image';
import { mediaUrl } from '@/lib/media/variants';
import { getDb } from '@/db/client';
import { getMediaById, isUnused, listMediaUses } from '@/db/queries/media';
import { getSiteSettings } from '@/db/queries/settings';
import { canManageMedia } from '@/lib/media/access';
import { formatSize } from '@/lib/media/limits';
import { requirePermission } from '@/lib/session';
import { stateLabels } from '@/lib/story-states';
import { formatPublishTime, zoneLabel } from '@/lib/time';
import { DeleteMediaForm } from './delete-media-form';
import { FocalPointForm } from './focal-point-form';
import { MediaTextForm } from './media-text-form';
import { VideoPosterPicker } from './video-poster-picker';
import { rowIdFrom } from '@/lib/schemas/ids';

export const metadata: Metadata = { title: '媒體 | 責編' };

export default async function MediaItemPage({ params }: { params: Promise<{ id: string }> }) {
  const person = await requirePermission('media.upload');
  const id = rowIdFrom((await params).id);
  if (id === null) notFound();
  const db = await getDb();
  const item = await getMediaById(db, id);
  if (!item) notFound();
  const [uses, settings, poster] = await Promise.all([
    listMediaUses(db, { mediaId: id, actor: person }),
    getSiteSettings(db),
    item.posterId ? getMediaById(db, item.posterId) : undefined,
  ]);
  const manage = canManageMedia(person, item);
  const unused = isUnused(uses);
  return (
    <>
      <p>
        <Link href="/dashboard/media">← 媒體庫</Link>
      </p>
      <h1>{item.caption || item.originalName || `媒體 #${item.id}`}</h1>
      <div className="media-detail">
        <div className="media-preview">
          {item.kind === 'image' ? (
            <MediaImage fileKey={item.fileKey} alt={item.alt} width={item.width} height={item.height} variants={item.variants} placeholder={item.placeholder} sizes="(max-width: 760px) 100vw, 640px" eager />
          ) : (
            <video controls preload="metadata" src={mediaUrl(item.fileKey)} poster={poster ? mediaUrl(poster.fileKey) : undefined} width={item.width ?? undefined} height={item.height ?? undefined}>
              你的瀏覽器無法播放這段影片。
            </video>
          )}
          <dl className="media-facts">
            <dt>檔名</dt>
            <dd>{item.originalName || '—'}</dd>
            <dt>類型</dt>
            <dd>{item.mimeType}</dd>
            <dt>尺寸</dt>
            <dd>{item.width && item.height ? `${item.width} × ${item.height}` : '—'}</dd>
            <dt>大小</dt>
            <dd>{formatSize(item.size)}</dd>
            <dt>上傳者</dt>
            <dd>{item.uploaderName ?? '系統'}</dd>
            <dt>上傳時間（{zoneLabel(settings.timeZone)}）</dt>
            <dd>{formatPublishTime(item.createdAt, settings.timeZone)}</dd>
            {item.kind === 'image' ? (
              <>
                <dt>版本</dt>
                <dd>{item.variants.length ? `${item.variants.length} 個（AVIF、WebP、JPEG）` : '原檔'}</dd>
              </>
            ) : null}
          </dl>
        </div>
        <div className="stack">
          <MediaTextForm id={item.id} caption={item.caption} alt={item.alt} credit={item.credit} readOnly={!manage} />
          {item.kind === 'image' ? <FocalPointForm id={item.id} fileKey={item.fileKey} focalX={item.focalX} focalY={item.focalY} readOnly={!manage} /> : null}
          {item.kind === 'video' && manage ? (
            <section aria-labelledby="poster-heading" className="ws-form stack">
              <h2 id="poster-heading">影片封面</h2>
              <p className="hint">{poster ? '目前的封面顯示在影片播放前。' : '尚未設定封面：請上傳一張圖片作為影片播放前的畫面。'}</p>
              <VideoPosterPicker videoId={item.id} hasPoster={Boolean(poster)} />
            </section>
          ) : null}
          <section aria-labelledby="uses-heading" className="ws-form stack">
            <h2 id="uses-heading">使用位置</h2>
            {unused ? (
              <p>尚未被任何稿件使用。</p>
            ) : (
              <ul>
                {uses.stories.map((s) => (
                  <li key={`s${s.id}`}>
                    稿件 <Link href={`/dashboard/articles/${s.id}`}>{s.title}</Link>（{stateLabels[s.state]}）
                  </li>
                ))}
                {uses.hiddenStories ? <li>另有 {uses.hiddenStories} 篇你無權查看的稿件</li> : null}
                {uses.stories.length ? (
                  <li>
                    <Link href={`/dashboard/articles?media=${item.id}`}>在稿件列表中篩選使用這個媒體的稿件</Link>
                  </li>
                ) : null}
                {uses.topics.map((t) => (
                  <li key={`t${t.id}`}>專題「{t.title}」的封面</li>
                ))}
                {uses.videos.map((v) => (
                  <li key={`v${v.id}`}>
                    <Link href={`/dashboard/media/${v.id}`}>影片 {v.originalName || `#${v.id}`}</Link> 的封面
                  </li>
                ))}
              </ul>
            )}
            {manage ? unused ? <DeleteMediaForm id={item.id} name={item.caption || item.originalName || `媒體 #${item.id}`} /> : <p className="hint">仍在使用中的媒體不能刪除；先從上列位置移除後才能刪除。</p> : null}
          </section>
        </div>
      </div>
    </>
  );
}
