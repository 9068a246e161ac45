import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Busboy, type BusboyFileStream } from '@fastify/busboy';
import { RuleError } from '@/lib/errors';
import { mediaRefusal } from './refusal';
import { type SpooledFile, discard, spool, uploadsDir } from './spool';

/** The text fields of an upload form and its one file, spooled to disk. */
export interface UploadForm {
  fields: Map<string, string>;
  file: (SpooledFile & { name: string }) | null;
}

// Faults of this server's disk, not of the upload: answered as errors, not refusals.
const diskFaults = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'EIO', 'EMFILE', 'ENFILE']);
const diskFault = (error: unknown) => diskFaults.has((error as NodeJS.ErrnoException)?.code ?? '');

const incompleteUpload = () => mediaRefusal('corrupt', '上傳的資料不完整，請重新上傳');

/**
 * Reads a multipart/form-data upload as it arrives: the file field (`fileField`) streams to a
 * temporary file, so memory stays flat whatever the file's size. A file over `maxFileBytes` stops
 * the reading at once with `tooLarge`; other files are skipped; a broken or cut-off body is
 * refused. The caller removes the returned file (spool.discard) when done with it.
 */
export async function readUploadForm(
  request: Request,
  options: { maxFileBytes: number; tooLarge: () => RuleError; fileField?: string; dir?: string },
): Promise<UploadForm> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data;/i.test(contentType) || !request.body) throw incompleteUpload();
  const fileField = options.fileField ?? 'file';
  const fields = new Map<string, string>();
  let parser;
  try {
    parser = Busboy({
      headers: { 'content-type': contentType },
      limits: { files: 1, fields: 20, parts: 24, fieldSize: 8 * 1024, fileSize: options.maxFileBytes },
    });
  } catch (error) {
    throw mediaRefusal('corrupt', incompleteUpload().message, error);
  }
  const input = Readable.fromWeb(request.body as import('node:stream/web').ReadableStream<Uint8Array>);
  let spooling: Promise<SpooledFile> | undefined;
  let fileStream: BusboyFileStream | undefined;
  let fileName = '';
  let refusal: RuleError | undefined;

  parser.on('field', (name, value) => fields.set(name, value));
  parser.on('file', (name, stream, filename) => {
    if (name !== fileField || spooling) {
      stream.resume();
      return;
    }
    fileStream = stream;
    fileName = filename;
    stream.on('limit', () => {
      refusal ??= options.tooLarge();
      input.destroy(refusal);
    });
    spooling = spool(stream, options.dir ?? uploadsDir());
    spooling.catch(() => undefined); // awaited below
  });

  try {
    await pipeline(input, parser);
    const file = spooling ? await spooling : null;
    if (fileStream?.truncated) throw refusal ?? options.tooLarge();
    return { fields, file: file && { ...file, name: fileName } };
  } catch (error) {
    fileStream?.destroy();
    await discard(await spooling?.catch(() => undefined));
    if (refusal) throw refusal;
    if (error instanceof RuleError) throw error;
    if (diskFault(error)) throw new Error('spooling an upload failed', { cause: error });
    throw mediaRefusal('corrupt', incompleteUpload().message, error);
  }
}
