import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { media } from '@/db/schema';
import { describeOnEachEngine } from '@/db/testing';
import { ingestMedia } from './ingest';
import { s3MediaStorage } from './s3-storage';
import { discard } from './spool';
import { localMediaStorage } from './storage';
import { multipartRequest, writeMp4File } from './test-files';
import { startTestObjectStore } from './test-object-store';
import { readUploadForm } from './upload-form';
import { mediaRefusal } from './refusal';

const MB = 1024 * 1024;
let folder: string;
let store: Awaited<ReturnType<typeof startTestObjectStore>>;
beforeAll(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'zebian-ingest-stream-'));
  store = await startTestObjectStore();
});
afterAll(async () => {
  await store?.stop();
  await fs.rm(folder, { recursive: true, force: true });
});

/** A video uploaded as the browser sends it, read into a spooled file. */
async function uploadedVideo(name: string, size: number) {
  const file = path.join(folder, name);
  await writeMp4File(file, size);
  const request = await multipartRequest({ fields: { credit: '本網' }, file: { path: file, name, type: 'video/mp4' } });
  const form = await readUploadForm(request, { maxFileBytes: 600 * MB, tooLarge: () => mediaRefusal('too_large', '太大'), dir: path.join(folder, 'spool') });
  return { original: file, spooled: form.file! };
}

describeOnEachEngine('a video streamed from the upload into the store', ({ db }) => {
  it('goes to the object store as a multipart upload, recorded with its frame size', async () => {
    const { original, spooled } = await uploadedVideo('river.mp4', 24 * MB + 7);
    try {
      const storage = s3MediaStorage(store.config);
      const { item, duplicate } = await ingestMedia(db(), storage, { spooled, originalName: spooled.name, credit: '本網', uploadedBy: null, accept: 'video' });
      expect(duplicate).toBe(false);
      expect(item).toMatchObject({ kind: 'video', mimeType: 'video/mp4', size: 24 * MB + 7, width: 1280, height: 720, hash: spooled.sha256, credit: '本網' });
      expect(store.writes).toContainEqual({ key: `media/${item.fileKey}`, how: 'multipart' });
      const head = Buffer.from(await new Response(await storage.stream(item.fileKey, { start: 0, end: 65_535 })).arrayBuffer());
      expect(head.equals((await fs.readFile(original)).subarray(0, 65_536))).toBe(true);
    } finally {
      await discard(spooled);
    }
  });

  it('goes to the local folder as a copy of the spooled file', async () => {
    const { original, spooled } = await uploadedVideo('harbour.mp4', 12 * MB);
    const storage = localMediaStorage(path.join(folder, 'media'));
    try {
      const { item } = await ingestMedia(db(), storage, { spooled, originalName: spooled.name, uploadedBy: null });
      expect((await storage.get(item.fileKey))!.equals(await fs.readFile(original))).toBe(true);
    } finally {
      await discard(spooled);
    }
  });

  it('refuses a video whose media data stops short, storing nothing', async () => {
    const { spooled } = await uploadedVideo('cut.mp4', 8 * MB);
    // The media-data box still claims the bytes cut off here.
    await fs.truncate(spooled.path, 6 * MB);
    const writes = store.writes.length;
    try {
      const storage = s3MediaStorage(store.config);
      await expect(ingestMedia(db(), storage, { spooled: { ...spooled, size: 6 * MB }, originalName: 'cut.mp4', uploadedBy: null })).rejects.toMatchObject({ reason: 'corrupt' });
      expect(store.writes.length).toBe(writes);
      expect((await db().select({ n: count() }).from(media).where(eq(media.originalName, 'cut.mp4')))[0]!.n).toBe(0);
    } finally {
      await discard(spooled);
    }
  });
});
