import type { Metadata } from 'next';
import Link from 'next/link';
import { MediaImage } from '@/components/reader/media-image';
import { loadSiteChrome, loadTopics } from '@/lib/reader/loaders';
import { readerVariant } from '@/lib/reader/request';
import { alternatesFor, hrefIn } from '@/lib/reader/variant';
import { inScript } from '@/lib/reader/in-script';

type Props = { params: Promise<{ variant: string }> };

export const revalidate = 600;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const rv = await readerVariant(params);
  const { settings } = await loadSiteChrome(rv.variant);
  return { title: `${inScript(rv.variant, '熱點專題')} | ${settings.siteName}`, alternates: alternatesFor(rv, '/topics') };
}

export default async function TopicsPage({ params }: Props) {
  const rv = await readerVariant(params);
  const t = (text: string) => inScript(rv.variant, text);
  const topics = await loadTopics(rv.variant);
  return (
    <section aria-labelledby="topics-heading">
      <h1 id="topics-heading">{t('熱點專題')}</h1>
      {topics.length ? (
        <ul className="topic-cards">
          {topics.map((tp) => {
            const cover = tp.coverFileKey ?? tp.fallbackFileKey;
            return (
              <li key={tp.id} className="topic-card">
                {cover ? <MediaImage fileKey={cover} alt="" width={tp.coverWidth ?? 480} height={tp.coverHeight ?? 300} /> : null}
                <h2>
                  <Link href={hrefIn(rv, `/topics/${tp.slug}`)}>{tp.title}</Link>
                </h2>
                <p>{tp.summary}</p>
                <p className="muted">{t(`共 ${tp.storyCount} 篇報道`)}</p>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">{t('目前沒有專題。')}</p>
      )}
    </section>
  );
}
