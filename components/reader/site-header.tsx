import Link from 'next/link';
import { Suspense } from 'react';
import type { ChannelWithChildren } from '@/db/queries/channels';
import { type ReaderVariant, hrefIn } from '@/lib/reader/variant';
import { inScript } from '@/lib/reader/in-script';
import { ScriptLinks } from './script-links';
import { ScriptToggle } from './script-toggle';

export function channelHref(channel: { slug: string; kind: string }): string {
  return channel.kind === 'topics' ? '/topics' : `/channels/${channel.slug}`;
}

export function SiteHeader({ siteName, channels, rv }: { siteName: string; channels: ChannelWithChildren[]; rv: ReaderVariant }) {
  const t = (text: string) => inScript(rv.variant, text);
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('跳到主要內容')}
      </a>
      <div className="site-masthead">
        <Link href={hrefIn(rv, '/')} className="site-name">
          {siteName}
        </Link>
        <form role="search" action={hrefIn(rv, '/search')} method="get" className="site-search">
          <label htmlFor="site-search-q" className="visually-hidden">
            {t('搜尋')}
          </label>
          <input id="site-search-q" name="q" type="search" maxLength={50} placeholder={t('搜尋新聞')} />
          <button type="submit">{t('搜尋')}</button>
        </form>
        <Suspense fallback={<ScriptLinks current={rv.variant} label={t('繁簡切換')} hrefs={{ hant: '/zh-hant', hans: '/zh-hans' }} />}>
          <ScriptToggle current={rv.variant} label={t('繁簡切換')} />
        </Suspense>
      </div>
      <nav aria-label={t('頻道')} className="channel-bar">
        <ul>
          {channels.map((c) => (
            <li key={c.id}>
              <Link href={hrefIn(rv, channelHref(c))}>{c.name}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
