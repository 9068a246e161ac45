import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleView } from '@/components/reader/article-view';
import { SHARE_HEIGHT, SHARE_WIDTH, shareImageUrl } from '@/lib/media/share-image';
import { mediaUrl } from '@/lib/media/variants';
import { StoryList } from '@/components/reader/story-list';
import { jsonLdText, newsArticleJsonLd } from '@/lib/reader/json-ld';
import { loadArticle, loadRelated, loadSiteChrome } from '@/lib/reader/loaders';
import { publicOrigin, readerVariant } from '@/lib/reader/request';
import { alternatesFor, canonicalPath, hrefIn } from '@/lib/reader/variant';
import { inScript } from '@/lib/reader/in-script';
import { articlePath, articleRedirect } from '@/lib/reader/article-path';
import { rowIdFrom } from '@/lib/schemas/ids';

type Params = { params: Promise<{ variant: string; id: string; slug?: string[] }> };

export const revalidate = 600;
export function generateStaticParams() {
  return [];
}


async function load(params: Params['params']) {
  const rv = await readerVariant(params);
  const id = rowIdFrom((await params).id);
  const story = id === null ? undefined : await loadArticle(id, rv.variant);
  return { story, rv };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { story, rv } = await load(params);
  if (!story) return {};
  const { settings } = await loadSiteChrome(rv.variant);
  const origin = publicOrigin();
  const path = articlePath(story.id, story.slug);
  const lead = story.gallery[0];
  // Social sites cut a card from the middle of the photo: they get one already cut around its
  // 焦點 (a GIF keeps its own file). The image is described too: its alt text, else its caption.
  const share = lead ? shareImageUrl(lead) : null;
  const images = lead
    ? [
        {
          ...(share
            ? { url: `${origin}${share}`, width: SHARE_WIDTH, height: SHARE_HEIGHT, type: 'image/jpeg' }
            : { url: `${origin}${mediaUrl(lead.fileKey)}`, width: lead.width ?? undefined, height: lead.height ?? undefined }),
          alt: lead.alt || lead.caption || story.title,
        },
      ]
    : [];
  const title = story.subtitle ? `${story.title}——${story.subtitle}` : story.title;
  return {
    metadataBase: new URL(origin),
    title: `${title} | ${settings.siteName}`,
    description: story.summary,
    alternates: alternatesFor(rv, path),
    openGraph: {
      type: 'article',
      title,
      description: story.summary,
      url: canonicalPath(rv.variant, rv.defaultVariant ?? 'hant', path),
      siteName: settings.siteName,
      locale: rv.variant === 'hans' ? 'zh_CN' : 'zh_TW',
      publishedTime: story.publishedAt.toISOString(),
      modifiedTime: story.updatedAt.toISOString(),
      section: story.channel?.name,
      images,
    },
    twitter: { card: images.length ? 'summary_large_image' : 'summary', title, description: story.summary, images: images.map((i) => ({ url: i.url, alt: i.alt })) },
  };
}

export default async function ArticlePage({ params }: Params) {
  const { story, rv } = await load(params);
  // Unpublished, scheduled, deleted and unknown stories all end here: the same 404.
  if (!story) notFound();
  // An old 網址代稱 (or none) still finds the story by its id, and moves to the current address.
  const moved = articleRedirect(story.id, story.slug, (await params).slug);
  if (moved) permanentRedirect(hrefIn(rv, moved));
  const [{ settings }, related] = await Promise.all([loadSiteChrome(rv.variant), loadRelated(story.id, story.channelId, rv.variant)]);
  const origin = publicOrigin();
  const url = `${origin}${canonicalPath(rv.variant, rv.defaultVariant ?? 'hant', articlePath(story.id, story.slug))}`;
  const jsonLd = newsArticleJsonLd(story, { origin, siteName: settings.siteName, url, imageUrls: story.gallery.map((g) => `${origin}${mediaUrl(g.fileKey)}`), logoUrl: settings.logoUrl });
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(jsonLd) }} />
      <ArticleView story={story} settings={settings} variant={rv.variant} hrefFor={(p) => hrefIn(rv, p)} />
      {related.length ? (
        <section className="related" aria-labelledby="related-heading">
          <h2 id="related-heading">{inScript(rv.variant, '相關新聞')}</h2>
          <StoryList stories={related} timeZone={settings.timeZone} rv={rv} />
        </section>
      ) : null}
    </>
  );
}
