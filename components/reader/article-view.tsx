import Link from 'next/link';
import { formatCredits } from '@/lib/credits';
import { isSafeHref } from '@/lib/rich-text/document';
import { type Variant } from '@/lib/reader/variant';
import { inScript } from '@/lib/reader/in-script';
import { ArticleMeta } from './article-meta';
import type { ArticleViewData } from '@/lib/reader/article-data';
import { Gallery } from './gallery';
import { mediaUrl } from '@/lib/media/variants';

interface ArticleViewSettings {
  siteName: string;
  timeZone: string;
  copyright: string[];
  reprintDisclaimer: string;
}

interface ArticleViewProps {
  story: ArticleViewData;
  settings: ArticleViewSettings;
  /** Script of the labels; the caller converts the story's own text. Defaults to 繁體. */
  variant?: Variant;
  /** Where the breadcrumb links go; a preview may pass its own. */
  hrefFor?: (path: string) => string;
}

/** The article as readers see it: headline, meta line, gallery, 編者按, body, credits, notices. */
export function ArticleView({ story, settings, variant = 'hant', hrefFor = (p) => p }: ArticleViewProps) {
  const t = (text: string) => inScript(variant, text);
  const credits = formatCredits({ writer: story.writerCredit, photos: story.photosCredit, photographer: story.photographerCredit });
  const video = story.videoUrl && isSafeHref(story.videoUrl) ? story.videoUrl : null;
  const poster = story.gallery[0];
  return (
    <article className="article">
      <nav aria-label={t('麵包屑')} className="breadcrumb">
        <Link href={hrefFor('/')}>{t('首頁')}</Link>
        {story.channel ? (
          <>
            {' › '}
            <Link href={hrefFor(`/channels/${story.channel.slug}`)}>{story.channel.name}</Link>
          </>
        ) : null}
      </nav>
      <header className="article-header">
        <h1>
          {story.title}
          {story.subtitle ? <span className="subtitle">——{story.subtitle}</span> : null}
        </h1>
        <ArticleMeta publishedAt={story.publishedAt} sourceName={story.sourceName} editorName={story.editorName} timeZone={settings.timeZone} variant={variant} />
      </header>
      {video ? (
        <figure className="article-video">
          <video controls preload="none" playsInline src={video} poster={poster ? mediaUrl(poster.fileKey) : undefined} aria-label={t('影片：') + story.title}>
            <a href={video}>{t('下載影片')}</a>
          </video>
        </figure>
      ) : null}
      <Gallery photos={story.gallery} variant={variant} />
      {story.editorsNote ? (
        <aside className="editors-note" aria-labelledby="editors-note-heading">
          <h2 id="editors-note-heading">{t('編者按')}</h2>
          {story.editorsNote.split(/\n+/).map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </aside>
      ) : null}
      {/* bodyHtml comes from lib/rich-text: sanitised against an allow-list and escaped on save. */}
      {/* Named, so a reader's assistive tech (and a test) can jump to the text past the gallery and note. */}
      <section className="article-body" aria-label={t('正文')} dangerouslySetInnerHTML={{ __html: story.bodyHtml }} />
      {credits ? <p className="credits">{inScript(variant, credits)}</p> : null}
      {story.correction ? (
        <aside className="correction" aria-label={t('更正')}>
          <strong>{t('更正：')}</strong>
          {story.correction}
        </aside>
      ) : null}
      {settings.copyright.length ? (
        <section className="article-copyright" aria-labelledby="article-copyright-heading">
          <h2 id="article-copyright-heading">{t(`${settings.siteName}版權聲明`)}</h2>
          {settings.copyright.map((clause, i) => (
            <p key={i}>{clause}</p>
          ))}
        </section>
      ) : null}
      {!story.isOriginal && settings.reprintDisclaimer ? (
        <p className="reprint-note" role="note">
          {settings.reprintDisclaimer}
        </p>
      ) : null}
    </article>
  );
}
