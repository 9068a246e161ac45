import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleMeta } from '@/components/reader/article-meta';
import { Gallery } from '@/components/reader/gallery';
import { formatCredits } from '@/lib/credits';
import { loadArticle, loadSiteChrome } from '@/lib/reader/loaders';

type Params = { params: Promise<{ id: string }> };

function parseId(raw: string): number | null {
  return /^[1-9]\d{0,9}$/.test(raw) && Number(raw) <= 2_147_483_647 ? Number(raw) : null;
}

async function load(raw: string) {
  const id = parseId(raw);
  return id === null ? undefined : loadArticle(id);
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const story = await load((await params).id);
  if (!story) return {};
  const { settings } = await loadSiteChrome();
  return { title: `${story.title} | ${settings.siteName}`, description: story.bodyText.slice(0, 120) };
}

export default async function ArticlePage({ params }: Params) {
  const story = await load((await params).id);
  if (!story || !story.publishedAt) notFound();
  const { settings } = await loadSiteChrome();
  const credits = formatCredits({ writer: story.writerCredit, photos: story.photosCredit, photographer: story.photographerCredit });
  return (
    <article className="article">
      {story.channel ? (
        <nav aria-label="麵包屑" className="breadcrumb">
          <Link href="/">首頁</Link> › <Link href={`/channels/${story.channel.slug}`}>{story.channel.name}</Link>
        </nav>
      ) : null}
      <header>
        <h1>
          {story.title}
          {story.subtitle ? <span className="subtitle">——{story.subtitle}</span> : null}
        </h1>
        <ArticleMeta publishedAt={story.publishedAt} sourceName={story.sourceName} editorName={story.editorName} timeZone={settings.timeZone} />
      </header>
      <Gallery photos={story.gallery} />
      {story.editorsNote ? (
        <aside className="editors-note" aria-labelledby="editors-note-heading">
          <h2 id="editors-note-heading">編者按</h2>
          <p>{story.editorsNote}</p>
        </aside>
      ) : null}
      {/* bodyHtml is rendered on save from sanitised JSON by lib/rich-text (allow-list, escaped). */}
      <div className="article-body" dangerouslySetInnerHTML={{ __html: story.bodyHtml }} />
      {credits ? <p className="credits">{credits}</p> : null}
      {story.correction ? (
        <p className="correction">
          <strong>更正：</strong>
          {story.correction}
        </p>
      ) : null}
      {!story.isOriginal && settings.reprintDisclaimer ? <p className="reprint-note">{settings.reprintDisclaimer}</p> : null}
    </article>
  );
}
