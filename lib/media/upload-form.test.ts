import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaRefusal } from './refusal';
import { discard } from './spool';
import { multipartRequest, writeMp4File } from './test-files';
import { readUploadForm } from './upload-form';

const MB = 1024 * 1024;
let folder: string;
let spoolDir: string;
let video: string;
const tooLarge = () => mediaRefusal('too_large', '檔案太大');

beforeAll(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'zebian-upload-form-'));
  spoolDir = path.join(folder, 'spool');
  video = path.join(folder, 'clip.mp4');
  await writeMp4File(video, 96 * MB);
});
afterAll(() => fs.rm(folder, { recursive: true, force: true }));

const spooledFiles = async () => fs.readdir(spoolDir).catch(() => []);

describe('reading an upload form as it arrives', () => {
  it('streams a 96 MB video to a temporary file, never holding it in memory, with its fields, size and hash', async () => {
    const request = await multipartRequest({ fields: { alt: '河畔', accept: 'video' }, file: { path: video, name: '河畔.mp4', type: 'video/mp4' } });
    const before = process.memoryUsage();
    let peak = 0;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peak = Math.max(peak, now.heapUsed + now.arrayBuffers - before.heapUsed - before.arrayBuffers);
    }, 5);
    const form = await readUploadForm(request, { maxFileBytes: 100 * MB, tooLarge, dir: spoolDir }).finally(() => clearInterval(sampler));
    try {
      expect(Object.fromEntries(form.fields)).toEqual({ alt: '河畔', accept: 'video' });
      const original = await fs.readFile(video);
      expect(form.file).toMatchObject({ name: '河畔.mp4', size: original.length, sha256: createHash('sha256').update(original).digest('hex') });
      expect((await fs.readFile(form.file!.path)).equals(original)).toBe(true);
      // Reading the body whole would have added its 96 MB.
      expect(peak).toBeLessThan(56 * MB);
    } finally {
      await discard(form.file);
    }
    expect(await spooledFiles()).toEqual([]);
  });

  it('stops at the size limit and keeps nothing', async () => {
    const request = await multipartRequest({ file: { path: video, name: 'big.mp4', type: 'video/mp4' } });
    await expect(readUploadForm(request, { maxFileBytes: 10 * MB, tooLarge, dir: spoolDir })).rejects.toMatchObject({ reason: 'too_large', message: '檔案太大' });
    expect(await spooledFiles()).toEqual([]);
  });

  it('refuses a body cut off in the middle of the file and keeps nothing', async () => {
    const request = await multipartRequest({ file: { path: video, name: 'cut.mp4', type: 'video/mp4' }, cutAfter: 5 * MB });
    await expect(readUploadForm(request, { maxFileBytes: 100 * MB, tooLarge, dir: spoolDir })).rejects.toMatchObject({ reason: 'corrupt', status: 400 });
    expect(await spooledFiles()).toEqual([]);
  });

  it('refuses a body that is not a form, and answers a form without a file with no file', async () => {
    const json = new Request('http://127.0.0.1/api/media', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    await expect(readUploadForm(json, { maxFileBytes: MB, tooLarge, dir: spoolDir })).rejects.toMatchObject({ reason: 'corrupt' });
    const form = await readUploadForm(await multipartRequest({ fields: { alt: 'x' } }), { maxFileBytes: MB, tooLarge, dir: spoolDir });
    expect(form.file).toBeNull();
  });
});
