import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeEach, expect, it } from 'vitest';
import { describeOnEachEngine } from '@/db/testing';
import { auditLog, media } from '@/db/schema';
import { createStaff } from '@/db/queries/staff';
import type { Db } from '@/db/client';
import { ingestMedia } from './ingest';
import { mediaLimits } from './limits';
import { RuleError } from '@/lib/errors';
import { localMediaStorage } from './storage';
import { jpegWithGps, mp4Video, photo, webmVideo, zipArchive } from './test-files';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'zebian-ingest-'));
const storage = localMediaStorage(folder);
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
beforeEach(() => {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder);
});

const storedFiles = () => (fs.readdirSync(folder, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(folder, f)).isFile());

async function uploader(db: Db) {
  return createStaff(db, { name: '攝影記者', email: 'photo@news.example', role: 'reporter', passwordHash: 'x', mustChangePassword: false, actorId: null });
}

async function refusal(promise: Promise<unknown>): Promise<RuleError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RuleError);
  return error as RuleError;
}

describeOnEachEngine('media uploads', ({ db }) => {
  it('strips GPS and camera EXIF, turns the photo upright and makes AVIF, WebP and JPEG renditions', async () => {
    const person = await uploader(db());
    const bytes = await jpegWithGps();
    const exif = (await sharp(bytes).metadata()).exif!;
    // The GPSInfo pointer (tag 0x8825), in either byte order.
    expect(exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]))).toBe(true);

    const { item, duplicate } = await ingestMedia(db(), storage, { bytes, originalName: 'DSC_0001.JPG', credit: '王小明', uploadedBy: person.id });
    expect(duplicate).toBe(false);
    // Orientation 6 means the camera was held sideways: the stored photo is portrait.
    expect(item).toMatchObject({ kind: 'image', mimeType: 'image/jpeg', width: 1000, height: 1600, credit: '王小明', originalName: 'DSC_0001.JPG' });
    expect(item.fileKey).toMatch(/^[a-z0-9]{24}\.jpg$/);
    expect(item.placeholder).toMatch(/^data:image\/webp;base64,/);

    const master = await storage.get(item.fileKey);
    const masterMeta = await sharp(master!).metadata();
    expect(masterMeta.exif).toBeUndefined();
    expect(masterMeta.xmp).toBeUndefined();
    expect(masterMeta.orientation).toBeUndefined();
    expect(master!.includes('PhoneMaker')).toBe(false);

    expect(item.variants.map((v) => `${v.format}@${v.width}`).sort()).toEqual(
      ['avif', 'webp', 'jpeg'].flatMap((f) => [320, 640, 960, 1000].map((w) => `${f}@${w}`)).sort(),
    );
    for (const v of item.variants) {
      const file = await storage.get(v.key);
      const meta = await sharp(file!).metadata();
      expect(meta.format).toBe(v.format === 'avif' ? 'heif' : v.format);
      expect(meta.exif).toBeUndefined();
      expect(meta.width).toBe(v.width);
    }
    expect(storedFiles()).toHaveLength(1 + item.variants.length);
    const audit = (await db().select().from(auditLog)).filter((a) => a.subjectType === 'media');
    expect(audit).toEqual([expect.objectContaining({ action: 'media.upload', actorId: person.id, subjectId: String(item.id) })]);
  });

  it('types a file by its content, not its name', async () => {
    const png = await photo({ width: 400, height: 300 }).png().toBuffer();
    const { item } = await ingestMedia(db(), storage, { bytes: png, originalName: 'holiday.jpg', uploadedBy: null });
    expect(item).toMatchObject({ mimeType: 'image/png', width: 400, height: 300 });
    expect(item.fileKey).toMatch(/\.png$/);
    expect((await sharp((await storage.get(item.fileKey))!).metadata()).format).toBe('png');
  });

  it.each([
    ['an SVG with a script', 'logo.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'), 415],
    ['an HTML page named .jpg', 'photo.jpg', Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'), 415],
    ['a ZIP archive', 'photos.zip', zipArchive(), 415],
    ['a shell script', 'run.jpg', Buffer.from('#!/bin/sh\necho hi\n'), 415],
  ])('refuses %s and stores nothing', async (_label, name, bytes, status) => {
    const error = await refusal(ingestMedia(db(), storage, { bytes, originalName: name, uploadedBy: null }));
    expect(error.status).toBe(status);
    expect(error.message).toMatch(/不支援這種檔案/);
    expect(await db().select().from(media)).toHaveLength(0);
    expect(storedFiles()).toHaveLength(0);
  });

  it('refuses a truncated JPEG and stores nothing', async () => {
    const whole = await photo().jpeg().toBuffer();
    const error = await refusal(ingestMedia(db(), storage, { bytes: whole.subarray(0, Math.floor(whole.length * 0.6)), originalName: 'cut.jpg', uploadedBy: null }));
    expect(error).toMatchObject({ status: 400, message: '檔案已損壞或不完整，無法讀取' });
    expect(await db().select().from(media)).toHaveLength(0);
    expect(storedFiles()).toHaveLength(0);
  });

  it('refuses polyglots: a JPEG carrying a script or with a ZIP appended', async () => {
    const jpeg = await photo({ width: 300, height: 200 }).jpeg().toBuffer();
    // A JPEG comment segment (FF FE) holding markup, placed right after the start marker.
    const comment = Buffer.from('<SCRIPT>alert(1)</SCRIPT>');
    const segment = Buffer.concat([Buffer.from([0xff, 0xfe, 0, comment.length + 2]), comment]);
    const withScript = Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
    expect((await sharp(withScript).metadata()).format).toBe('jpeg');
    for (const bytes of [withScript, Buffer.concat([jpeg, zipArchive()])]) {
      expect((await refusal(ingestMedia(db(), storage, { bytes, originalName: 'x.jpg', uploadedBy: null }))).status).toBe(415);
    }
    expect(storedFiles()).toHaveLength(0);
  });

  it('stores the same bytes once and says so', async () => {
    const bytes = await photo({ width: 500, height: 400 }).webp().toBuffer();
    const first = await ingestMedia(db(), storage, { bytes, originalName: 'a.webp', caption: '第一次', uploadedBy: null });
    const filesAfterFirst = storedFiles().length;
    const second = await ingestMedia(db(), storage, { bytes, originalName: 'b.webp', caption: '第二次', uploadedBy: null });
    expect(second).toMatchObject({ duplicate: true, item: { id: first.item.id, caption: '第一次' } });
    expect(await db().select().from(media)).toHaveLength(1);
    expect(storedFiles()).toHaveLength(filesAfterFirst);
  });

  it('refuses photos over the pixel or size limit', async () => {
    const bytes = await photo({ width: 400, height: 300 }).jpeg().toBuffer();
    const pixels = await refusal(ingestMedia(db(), storage, { bytes, originalName: 'big.jpg', uploadedBy: null }, { ...mediaLimits(), imagePixels: 100_000 }));
    expect(pixels).toMatchObject({ status: 413, message: expect.stringContaining('百萬像素') });
    const size = await refusal(ingestMedia(db(), storage, { bytes, originalName: 'big.jpg', uploadedBy: null }, { ...mediaLimits(), imageBytes: 1000 }));
    expect(size).toMatchObject({ status: 413, message: expect.stringContaining('MB') });
    expect(storedFiles()).toHaveLength(0);
  });

  it('accepts MP4 and WebM videos with their frame size, and refuses a truncated one', async () => {
    const mp4 = await ingestMedia(db(), storage, { bytes: mp4Video(), originalName: 'clip.mov', uploadedBy: null });
    expect(mp4.item).toMatchObject({ kind: 'video', mimeType: 'video/mp4', width: 640, height: 360, variants: [] });
    expect(mp4.item.fileKey).toMatch(/\.mp4$/);
    const webm = await ingestMedia(db(), storage, { bytes: webmVideo(), originalName: 'clip.webm', uploadedBy: null });
    expect(webm.item).toMatchObject({ kind: 'video', mimeType: 'video/webm' });

    const cut = mp4Video().subarray(0, mp4Video().length - 100);
    expect((await refusal(ingestMedia(db(), storage, { bytes: cut, originalName: 'cut.mp4', uploadedBy: null }))).status).toBe(400);
    const cutWebm = webmVideo().subarray(0, 100);
    expect((await refusal(ingestMedia(db(), storage, { bytes: cutWebm, originalName: 'cut.webm', uploadedBy: null }))).status).toBe(400);
    expect(await db().select().from(media)).toHaveLength(2);
    expect(storedFiles()).toHaveLength(2);
  });

  it('keeps an animated GIF animated, without renditions', async () => {
    const frames = await Promise.all(['#c00', '#0c0', '#00c'].map((c) => sharp({ create: { width: 120, height: 80, channels: 3, background: c } }).png().toBuffer()));
    const gif = await sharp(frames, { join: { animated: true } }).gif().toBuffer();
    const { item } = await ingestMedia(db(), storage, { bytes: gif, originalName: 'loop.gif', uploadedBy: null });
    expect(item).toMatchObject({ mimeType: 'image/gif', width: 120, height: 80, variants: [] });
    expect((await sharp((await storage.get(item.fileKey))!).metadata()).pages).toBe(3);
  });

  it('refuses a video where only photos are accepted', async () => {
    const error = await refusal(ingestMedia(db(), storage, { bytes: mp4Video(), originalName: 'clip.mp4', uploadedBy: null, accept: 'image' }));
    expect(error).toMatchObject({ status: 415, message: '這裡只能上傳圖片' });
  });
});
