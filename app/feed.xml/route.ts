import { feedResponse } from '@/lib/reader/feed-response';

// Built per request from the data cache; never at build time (the build has no database).
export const dynamic = 'force-dynamic';

export function GET() {
  return feedResponse(null);
}
