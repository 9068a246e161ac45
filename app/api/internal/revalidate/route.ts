import { z } from 'zod';
import { isInternalRequest } from '@/lib/internal-revalidate';
import { revalidateStory } from '@/lib/reader/revalidate';

const input = z.object({ storyIds: z.array(z.number().int().positive()).max(500) });

/** Only this server process may call it (see lib/internal-revalidate.ts); anyone else gets 404. */
export async function POST(request: Request) {
  if (!isInternalRequest(request.headers)) return new Response('Not found', { status: 404 });
  const parsed = input.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return new Response('Bad request', { status: 400 });
  for (const id of parsed.data.storyIds) revalidateStory(id);
  return new Response(null, { status: 204 });
}
