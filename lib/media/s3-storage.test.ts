import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3ConfigFromEnv, s3MediaStorage } from './s3-storage';
import { startTestObjectStore } from './test-object-store';
import { writeMp4File } from './test-files';

let store: Awaited<ReturnType<typeof startTestObjectStore>>;
let folder: string;
beforeAll(async () => {
  store = await startTestObjectStore();
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'zebian-s3-files-'));
});
afterAll(async () => {
  await store?.stop();
  await fs.rm(folder, { recursive: true, force: true });
});

describe('S3-compatible media storage (on a real S3-compatible server)', () => {
  it('puts, reads, measures, streams a range and removes objects', async () => {
    const storage = s3MediaStorage(store.config);
    const key = 'abcdefghijklmnopqrstuvwx.mp4';
    const bytes = Buffer.from('0123456789abcdef');
    await storage.put(key, bytes);
    expect(store.writes).toContainEqual({ key: `media/${key}`, how: 'put' });
    expect(await storage.get(key)).toEqual(bytes);
    expect(await storage.size(key)).toBe(16);
    const part = await new Response(await storage.stream(key, { start: 4, end: 7 })).text();
    expect(part).toBe('4567');
    await storage.remove(key);
    expect(await storage.get(key)).toBeNull();
    expect(await storage.size(key)).toBeNull();
    expect(await storage.stream(key)).toBeNull();
    await storage.remove(key);
    await expect(storage.put('../../etc/passwd', bytes)).rejects.toThrow('invalid media key');
  });

  it('sends a large file from disk as a multipart upload, byte for byte', async () => {
    const storage = s3MediaStorage(store.config);
    const file = path.join(folder, 'clip.mp4');
    const size = 12 * 1024 * 1024 + 123;
    await writeMp4File(file, size);
    const key = 'bcdefghijklmnopqrstuvwxy.mp4';
    await storage.put(key, { path: file });
    expect(store.writes).toContainEqual({ key: `media/${key}`, how: 'multipart' });
    expect(await storage.size(key)).toBe(size);
    const original = await fs.readFile(file);
    expect((await storage.get(key))!.equals(original)).toBe(true);
    const tail = Buffer.from(await new Response(await storage.stream(key, { start: size - 10, end: size - 1 })).arrayBuffer());
    expect(tail.equals(original.subarray(size - 10))).toBe(true);
  });

  it('fails loudly when the store refuses the credentials', async () => {
    const storage = s3MediaStorage({ ...store.config, accessKeyId: 'NOT-A-KEY' });
    await expect(storage.put('cdefghijklmnopqrstuvwxyz.jpg', Buffer.from('x'))).rejects.toThrow('object store put');
  });

  it('is configured from MEDIA_S3_* variables, and says which are missing', () => {
    expect(s3ConfigFromEnv({})).toBeNull();
    expect(() => s3ConfigFromEnv({ MEDIA_S3_BUCKET: 'b', MEDIA_S3_ENDPOINT: 'https://s3.example' })).toThrow('MEDIA_S3_ACCESS_KEY_ID, MEDIA_S3_SECRET_ACCESS_KEY are not');
    const required = { MEDIA_S3_BUCKET: 'b', MEDIA_S3_ENDPOINT: 'https://s3.example/', MEDIA_S3_ACCESS_KEY_ID: 'a', MEDIA_S3_SECRET_ACCESS_KEY: 's' };
    expect(s3ConfigFromEnv(required)).toEqual({ endpoint: 'https://s3.example', bucket: 'b', prefix: '', region: 'us-east-1', accessKeyId: 'a', secretAccessKey: 's', partBytes: 8 * 1024 * 1024 });
    expect(s3ConfigFromEnv({ ...required, MEDIA_S3_PART_MB: '16' })?.partBytes).toBe(16 * 1024 * 1024);
    expect(() => s3ConfigFromEnv({ ...required, MEDIA_S3_PART_MB: '2' })).toThrow('MEDIA_S3_PART_MB must be');
  });
});
