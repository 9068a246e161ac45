import { z } from 'zod';
import { getDb } from '@/db/client';
import { leavePresence } from '@/db/queries/story-desk';
import { isSameOrigin } from '@/lib/media/same-origin';
import { getCurrentStaff } from '@/lib/session';

export const dynamic = 'force-dynamic';

const leaving = z.object({ storyId: z.coerce.number().int().positive() });

/**
 * POST /api/presence (form field `storyId`): an editor page going away (`pagehide`, sent with
 * navigator.sendBeacon) says so, so others stop seeing "正在編輯" at once rather than when the
 * heartbeat runs out. It only ever removes the signed-in person's own presence.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new Response(null, { status: 403 });
  const actor = await getCurrentStaff();
  if (!actor) return new Response(null, { status: 401 });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new Response(null, { status: 400 });
  }
  const input = leaving.safeParse({ storyId: form.get('storyId') });
  if (!input.success) return new Response(null, { status: 400 });
  await leavePresence(await getDb(), { storyId: input.data.storyId, staffId: actor.id });
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}
