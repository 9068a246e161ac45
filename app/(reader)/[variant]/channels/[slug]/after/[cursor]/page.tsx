import type { Metadata } from 'next';
import { type ChannelParams, ChannelListing, channelMetadata } from '../../channel-listing';

// A later page of a channel: readers reach it as /channels/[slug]?after=[cursor] (next.config.ts).
type Props = { params: ChannelParams };

export const revalidate = 600;
export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return channelMetadata(params);
}

export default function LaterChannelPage({ params }: Props) {
  return <ChannelListing params={params} />;
}
