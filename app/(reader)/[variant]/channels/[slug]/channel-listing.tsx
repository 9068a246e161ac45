import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { StoryCards } from '@/components/reader/story-list';
import { loadChannelPage, loadLaterChannelPage, loadRenamedChannel, loadSiteChrome } from '@/lib/reader/loaders';
import { readerVariant } from '@/lib/reader/request';
import { alternatesFor, hrefIn } from '@/lib/reader/variant';
import { inScript } from '@/lib/reader/in-script';

// A channel's first page (/channels/[slug]) and its later pages (/channels/[slug]?after=…, which
// next.config.ts rewrites to …/after/[cursor]) are one listing. The first page is cached whole,
// like articles, and refreshed on publish; later pages are rendered per request (see their page).

export type ChannelParams = Promise<{ variant: string; slug: string; cursor?: string }>;

/** The keyset cursor of a later page: `<published ms>_<id>`, as channel pages hand it out. */
const cursorPattern = /^\d{1,15}_\d{1,10}$/;

async function load(params: ChannelParams) {
  const [{ slug, cursor: raw }, rv] = await Promise.all([params, readerVariant(params)]);
  if (raw !== undefined && !cursorPattern.test(raw)) notFound();
  const cursor = raw ?? null;
  const page = cursor ? loadLaterChannelPage(slug, cursor, rv.variant) : loadChannelPage(slug, rv.variant);
  const [data, { settings }] = await Promise.all([page, loadSiteChrome(rv.variant)]);
  return { slug, cursor, rv, data, settings };
}

export async function channelMetadata(params: ChannelParams): Promise<Metadata> {
  const { cursor, rv, data, settings } = await load(params);
  if (!data) return {};
  const path = `/channels/${data.channel.slug}`;
  return {
    title: `${data.channel.name} | ${settings.siteName}`,
    alternates: { ...alternatesFor(rv, path), types: { 'application/rss+xml': `${path}/feed.xml` } },
    // Later pages are for readers who page on, not for the index.
    robots: cursor ? { index: false, follow: true } : undefined,
  };
}

export async function ChannelListing({ params }: { params: ChannelParams }) {
  const { slug, cursor, rv, data, settings } = await load(params);
  const t = (text: string) => inScript(rv.variant, text);
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
