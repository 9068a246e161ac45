import { feedResponse } from '@/lib/reader/feed-response';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return feedResponse((await params).slug);
}
