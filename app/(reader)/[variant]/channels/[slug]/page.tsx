import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { StoryCards } from '@/components/reader/story-list';
import { loadChannelPage, loadRenamedChannel, loadSiteChrome } from '@/lib/reader/loaders';
import { readerVariant } from '@/lib/reader/request';
import { alternatesFor, hrefIn } from '@/lib/reader/variant';
import { inScript } from '@/lib/reader/in-script';

type Props = { params: Promise<{ variant: string; slug: string }>; searchParams: Promise<{ after?: string | string[] }> };

const afterParam = (after: string | string[] | undefined) => (typeof after === 'string' && /^\d{1,15}_\d{1,10}$/.test(after) ? after : null);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, { after }, rv] = await Promise.all([params, searchParams, readerVariant(params)]);
  const data = await loadChannelPage(slug, afterParam(after), rv.variant);
  if (!data) return {};
  const { settings } = await loadSiteChrome(rv.variant);
  const path = `/channels/${data.channel.slug}`;
  return {
    title: `${data.channel.name} | ${settings.siteName}`,
    alternates: { ...alternatesFor(rv, path), types: { 'application/rss+xml': `${path}/feed.xml` } },
    // Later pages are for readers who page on, not for the index.
    robots: afterParam(after) ? { index: false, follow: true } : undefined,
  };
}

export default async function ChannelPage({ params, searchParams }: Props) {
  const [{ slug }, { after }, rv] = await Promise.all([params, searchParams, readerVariant(params)]);
  const t = (text: string) => inScript(rv.variant, text);
  const cursor = afterParam(after);
  const [data, { settings }] = await Promise.all([loadChannelPage(slug, cursor, rv.variant), loadSiteChrome(rv.variant)]);
  if (!data) {
    const renamed = await loadRenamedChannel(slug);
    if (renamed) permanentRedirect(`${hrefIn(rv, `/channels/${renamed}`)}${cursor ? `?after=${cursor}` : ''}`);
    notFound();
  }
  const base = hrefIn(rv, `/channels/${data.channel.slug}`);
  return (
    <section className="channel-page" aria-labelledby="channel-heading">
      <h1 id="channel-heading">{data.channel.name}</h1>
      {data.channel.kind === 'original' ? <p className="muted">{t('本網記者採寫的原創報道。')}</p> : null}
      {data.children.length ? (
        <nav aria-label={`${data.channel.name}${t('分類')}`} className="sub-channels">
          <ul>
            {data.children.map((c) => (
              <li key={c.slug}>
                <Link href={hrefIn(rv, `/channels/${c.slug}`)}>{c.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {data.items.length ? <StoryCards stories={data.items} timeZone={settings.timeZone} rv={rv} /> : <p className="muted">{cursor ? t('沒有更早的新聞了。') : t('這個頻道還沒有新聞。')}</p>}
      <nav aria-label={t('分頁')} className="pager">
        {cursor ? <Link href={base}>{t('回到最新')}</Link> : null}
        {data.next ? (
          <Link href={`${base}?after=${data.next}`} rel="next">
            {t('下一頁')}
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
