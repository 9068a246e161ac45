import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3ConfigFromEnv, s3MediaStorage } from './s3-storage';

// A stand-in object store: keeps objects in memory, answers ranges, and records what it was sent.
const objects = new Map<string, Buffer>();
const seen: Array<{ method: string; url: string; authorization?: string; payload?: string }> = [];
const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (c: Buffer) => chunks.push(c));
  request.on('end', () => {
    seen.push({ method: request.method!, url: request.url!, authorization: request.headers.authorization, payload: request.headers['x-amz-content-sha256'] as string });
    const url = request.url!;
    const stored = objects.get(url);
    if (request.method === 'PUT') {
      objects.set(url, Buffer.concat(chunks));
      response.writeHead(200).end();
    } else if (request.method === 'DELETE') {
      objects.delete(url);
      response.writeHead(204).end();
    } else if (!stored) {
      response.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>');
    } else if (request.headers.range) {
      const [start, end] = /bytes=(\d+)-(\d+)/.exec(request.headers.range)!.slice(1).map(Number) as [number, number];
      response.writeHead(206, { 'content-length': end - start + 1 }).end(stored.subarray(start, end + 1));
    } else {
      response.writeHead(200, { 'content-length': stored.length }).end(request.method === 'HEAD' ? undefined : stored);
    }
  });
});

let endpoint = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('S3-compatible media storage', () => {
  it('puts, reads, measures, streams a range and removes objects, signing every request', async () => {
    const storage = s3MediaStorage({ endpoint, bucket: 'newsroom', prefix: 'media/', region: 'auto', accessKeyId: 'AK', secretAccessKey: 'SK' });
    const key = 'abcdefghijklmnopqrstuvwx.mp4';
    const bytes = Buffer.from('0123456789abcdef');
    await storage.put(key, bytes);
    expect([...objects.keys()]).toEqual([`/newsroom/media/${key}`]);
    expect(await storage.get(key)).toEqual(bytes);
    expect(await storage.size(key)).toBe(16);
    const part = await new Response(await storage.stream(key, { start: 4, end: 7 })).text();
    expect(part).toBe('4567');
    await storage.remove(key);
    expect(await storage.get(key)).toBeNull();
    expect(await storage.size(key)).toBeNull();
    expect(await storage.stream(key)).toBeNull();
    for (const request of seen) {
      expect(request.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AK\/\d{8}\/auto\/s3\/aws4_request,SignedHeaders=host;(range;)?x-amz-content-sha256;x-amz-date,Signature=[0-9a-f]{64}$/);
      expect(request.payload).toBe('UNSIGNED-PAYLOAD');
    }
    await expect(storage.put('../../etc/passwd', bytes)).rejects.toThrow('invalid media key');
  });

  it('is configured from MEDIA_S3_* variables, and says which are missing', () => {
    expect(s3ConfigFromEnv({})).toBeNull();
    expect(() => s3ConfigFromEnv({ MEDIA_S3_BUCKET: 'b', MEDIA_S3_ENDPOINT: 'https://s3.example' })).toThrow('MEDIA_S3_ACCESS_KEY_ID, MEDIA_S3_SECRET_ACCESS_KEY are not');
    expect(
      s3ConfigFromEnv({ MEDIA_S3_BUCKET: 'b', MEDIA_S3_ENDPOINT: 'https://s3.example/', MEDIA_S3_ACCESS_KEY_ID: 'a', MEDIA_S3_SECRET_ACCESS_KEY: 's' }),
    ).toEqual({ endpoint: 'https://s3.example', bucket: 'b', prefix: '', region: 'us-east-1', accessKeyId: 'a', secretAccessKey: 's' });
  });
});
