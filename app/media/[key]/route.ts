import { getDb } from '@/db/client';
import { getMediaByKey } from '@/db/queries/media';
import { isMediaKey, localMediaStorage } from '@/lib/media/storage';

// Stored media: served with the recorded type, never sniffed or executed; keys never change.
export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  if (!isMediaKey(key)) return new Response('Not found', { status: 404 });
  const item = await getMediaByKey(await getDb(), key);
  const bytes = item ? await localMediaStorage().get(key) : null;
  if (!item || !bytes) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': item.mimeType,
      'Content-Length': String(bytes.length),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
