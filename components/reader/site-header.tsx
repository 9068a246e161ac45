import Link from 'next/link';
import type { ChannelWithChildren } from '@/db/queries/channels';

export function channelHref(channel: { slug: string; kind: string }): string {
  return channel.kind === 'topics' ? '/topics' : `/channels/${channel.slug}`;
}

export function SiteHeader({ siteName, channels }: { siteName: string; channels: ChannelWithChildren[] }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        跳到主要內容
      </a>
      <div className="site-masthead">
        <Link href="/" className="site-name">
          {siteName}
        </Link>
      </div>
      <nav aria-label="頻道" className="channel-bar">
        <ul>
          {channels.map((c) => (
            <li key={c.id}>
              <Link href={channelHref(c)}>{c.name}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
