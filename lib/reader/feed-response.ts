import 'server-only';
import { mediaUrl } from '@/lib/media/variants';
import { loadFeed } from './loaders';
import { siteOrigin } from './request';
import { renderRss } from './rss';

/** The RSS response of the site (`slug` null) or of one channel; 404 for an unknown channel. */
export async function feedResponse(slug: string | null): Promise<Response> {
  const [feed, origin] = await Promise.all([loadFeed(slug), siteOrigin()]);
  if (!feed) return new Response('找不到這個頻道', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const path = feed.channel ? `/channels/${feed.channel.slug}` : '';
  const xml = renderRss(
    {
      title: feed.channel ? `${feed.channel.name} | ${feed.siteName}` : feed.siteName,
      link: `${origin}${path || '/'}`,
      selfLink: `${origin}${path}/feed.xml`,
      description: feed.channel ? `${feed.siteName}${feed.channel.name}頻道的最新報道` : `${feed.siteName}的最新報道`,
    },
    feed.items,
    origin,
    mediaUrl,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=60' } });
}
