import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MediaImage } from '@/components/reader/media-image';
import { StoryCards } from '@/components/reader/story-list';
import { loadSiteChrome, loadTopic } from '@/lib/reader/loaders';
import { readerVariant } from '@/lib/reader/request';
import { alternatesFor, hrefIn } from '@/lib/reader/variant';
import { inScript } from '@/lib/reader/in-script';

type Props = { params: Promise<{ variant: string; slug: string }> };

export const revalidate = 600;
export function generateStaticParams() {
  return [];
}


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ slug }, rv] = await Promise.all([params, readerVariant(params)]);
  const topic = await loadTopic(slug, rv.variant);
  if (!topic) return {};
  const { settings } = await loadSiteChrome(rv.variant);
  return { title: `${topic.title} | ${settings.siteName}`, description: topic.summary, alternates: alternatesFor(rv, `/topics/${topic.slug}`) };
}

export default async function TopicPage({ params }: Props) {
  const [{ slug }, rv] = await Promise.all([params, readerVariant(params)]);
  const t = (text: string) => inScript(rv.variant, text);
  const [topic, { settings }] = await Promise.all([loadTopic(slug, rv.variant), loadSiteChrome(rv.variant)]);
  if (!topic) notFound();
  const cover = topic.coverFileKey ?? topic.stories.find((s) => s.leadFileKey)?.leadFileKey;
  return (
    <section className="topic-page" aria-labelledby="topic-heading">
      <nav aria-label={t('麵包屑')} className="breadcrumb">
        <Link href={hrefIn(rv, '/')}>{t('首頁')}</Link> › <Link href={hrefIn(rv, '/topics')}>{t('熱點專題')}</Link>
      </nav>
      <header className="topic-header">
        {cover ? <MediaImage fileKey={cover} alt={topic.coverAlt ?? ''} width={topic.coverWidth ?? 1200} height={topic.coverHeight ?? 500} eager className="topic-cover" /> : null}
        <div className="topic-header-text">
          <h1 id="topic-heading">{topic.title}</h1>
          <p className="topic-summary">{topic.summary}</p>
        </div>
      </header>
      {topic.stories.length ? (
        <StoryCards stories={topic.stories} timeZone={settings.timeZone} rv={rv} ordered />
      ) : (
        <p className="muted">{t('這個專題還沒有報道。')}</p>
      )}
    </section>
  );
}
