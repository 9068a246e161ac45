import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import type { S3Config } from './s3-storage';

/** How an object reached the store: one PUT, or a multipart upload completed. */
type ObjectWrite = { key: string; how: 'put' | 'multipart' };

/**
 * A real S3-compatible server (s3rver) for tests and checks, on `port` (0: any free port),
 * keeping its objects in a temporary folder. It knows one access key (S3RVER), which `config`
 * carries; it does not verify SigV4 signatures themselves.
 */
export async function startTestObjectStore(options: { port?: number; bucket?: string } = {}) {
  const bucket = options.bucket ?? 'newsroom';
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'zebian-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: options.port ?? 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  const writes: ObjectWrite[] = [];
  // s3rver reports each stored object as an S3 event: "Put" for one request, "Post" for a completed multipart upload.
  (server as unknown as NodeJS.EventEmitter).on('event', (event: { Records: Array<{ eventName: string; s3: { object: { key: string } } }> }) => {
    for (const record of event.Records) {
      if (record.eventName === 'ObjectCreated:Put') writes.push({ key: record.s3.object.key, how: 'put' });
      if (record.eventName === 'ObjectCreated:Post') writes.push({ key: record.s3.object.key, how: 'multipart' });
    }
  });
  const { port } = await server.run();
  const config: S3Config = {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    prefix: 'media/',
    region: 'us-east-1',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    partBytes: 5 * 1024 * 1024,
  };
  return {
    config,
    directory,
    writes,
    async stop() {
      await server.close();
      await fs.rm(directory, { recursive: true, force: true });
    },
  };
}
