import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StoryList } from '@/components/reader/story-list';
import { decodeCursor } from '@/db/queries/stories';
import { loadChannelPage, loadSiteChrome } from '@/lib/reader/loaders';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ after?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const data = await loadChannelPage(slug, undefined);
  const { settings } = await loadSiteChrome();
  return data ? { title: `${data.channel.name} | ${settings.siteName}` } : {};
}

export default async function ChannelPage({ params, searchParams }: Props) {
  const [{ slug }, { after }] = await Promise.all([params, searchParams]);
  const cursor = decodeCursor(typeof after === 'string' ? after : undefined);
  const [data, { settings }] = await Promise.all([loadChannelPage(slug, cursor), loadSiteChrome()]);
  if (!data) notFound();
  return (
    <section className="channel-page" aria-labelledby="channel-heading">
      <h1 id="channel-heading">{data.channel.name}</h1>
      {data.children.length ? (
        <nav aria-label={`${data.channel.name}分類`} className="sub-channels">
          <ul>
            {data.children.map((c) => (
              <li key={c.id}>
                <Link href={`/channels/${c.slug}`}>{c.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {data.items.length ? <StoryList stories={data.items} timeZone={settings.timeZone} /> : <p className="muted">這個頻道還沒有新聞。</p>}
      <nav aria-label="分頁" className="pager">
        {cursor ? <Link href={`/channels/${data.channel.slug}`}>最新</Link> : null}
        {data.next ? (
          <Link href={`/channels/${data.channel.slug}?after=${data.next}`} rel="next">
            下一頁
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
