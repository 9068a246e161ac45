import type { Metadata } from 'next';
import { type ChannelParams, ChannelListing, channelMetadata } from '../../channel-listing';

// A later page of a channel: readers reach it as /channels/[slug]?after=[cursor] (next.config.ts).
// Rendered per request from the database, kept in no cache (unlike the first page): later pages are
// many and seldom read twice (crawlers walk them all), and keeping each would push articles out
// of the page cache and cost three times the render.
export const dynamic = 'force-dynamic';

type Props = { params: ChannelParams };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return channelMetadata(params);
}

export default function LaterChannelPage({ params }: Props) {
  return <ChannelListing params={params} />;
}
