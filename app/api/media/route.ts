import { getDb } from '@/db/client';
import { errorMessages } from '@/lib/errors';
import { ingestMedia, toUploadedMedia } from '@/lib/media/ingest';
import { formatMegabytes, mediaLimits } from '@/lib/media/limits';
import { RuleError } from '@/lib/errors';
import { mediaRefusal } from '@/lib/media/refusal';
import { isSameOrigin } from '@/lib/media/same-origin';
import { discard } from '@/lib/media/spool';
import { type UploadForm, readUploadForm } from '@/lib/media/upload-form';
import { mediaStorage } from '@/lib/media/configured-storage';
import type { UploadAnswer } from '@/lib/media/types';
import { can } from '@/lib/permissions';
import { getCurrentStaff } from '@/lib/session';

// Never prerendered or cached: every request is an upload by a signed-in person.
export const dynamic = 'force-dynamic';

const answer = (body: UploadAnswer, status: number) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
const refuse = (message: string, status: number) => answer({ ok: false, message }, status);

// Room for the multipart envelope and the text fields around the file.
const ENVELOPE = 64 * 1024;

const text = (fields: Map<string, string>, name: string, max: number) => (fields.get(name) ?? '').slice(0, max);

/**
 * POST /api/media: one file per request (field `file`), with optional `alt`, `caption`, `credit`
 * and `accept` (image | video | all). Answers 201 with the stored item, or 4xx with a message.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return refuse('請從本站的工作台上傳', 403);
  const actor = await getCurrentStaff();
  if (!actor) return refuse(errorMessages.unauthenticated.message, 401);
  if (actor.mustChangePassword) return refuse('請先更改密碼', 403);
  if (!can(actor, 'media.upload')) return refuse(errorMessages.forbidden.message, 403);

  const limits = mediaLimits();
  const largest = Math.max(limits.imageBytes, limits.videoBytes);
  const tooLarge = () => mediaRefusal('too_large', `檔案太大：影片最多 ${formatMegabytes(limits.videoBytes)}，圖片最多 ${formatMegabytes(limits.imageBytes)}`);
  // Refuse an oversize body from its declared length, before reading any of it.
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > largest + ENVELOPE) return refuse(tooLarge().message, 413);

  let form: UploadForm | undefined;
  try {
    // The file streams to a temporary file as it arrives: no upload is ever held whole in memory.
    form = await readUploadForm(request, { maxFileBytes: largest, tooLarge });
    const file = form.file;
    if (!file || file.size === 0) return refuse('請選擇要上傳的檔案', 400);
    const acceptField = text(form.fields, 'accept', 10);
    const accept = acceptField === 'image' || acceptField === 'video' ? acceptField : 'all';
    const { item, duplicate } = await ingestMedia(
      await getDb(),
      mediaStorage(),
      {
        spooled: file,
        originalName: file.name,
        alt: text(form.fields, 'alt', 500),
        caption: text(form.fields, 'caption', 2000),
        credit: text(form.fields, 'credit', 200),
        uploadedBy: actor.id,
        accept,
      },
      limits,
    );
    return answer({ ok: true, media: toUploadedMedia(item, duplicate) }, 201);
  } catch (error) {
    if (error instanceof RuleError) return refuse(error.message, error.status);
    throw new Error('storing an upload failed', { cause: error });
  } finally {
    await discard(form?.file);
  }
}
