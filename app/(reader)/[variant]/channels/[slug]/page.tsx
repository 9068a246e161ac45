import type { Metadata } from 'next';
import { type ChannelParams, ChannelListing, channelMetadata } from './channel-listing';

type Props = { params: ChannelParams };

export const revalidate = 600;
export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return channelMetadata(params);
}

export default function ChannelPage({ params }: Props) {
  return <ChannelListing params={params} />;
}
