import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { S3Client } from '@aws-sdk/client-s3';
import { type MediaStorage, isMediaKey } from './storage';

export interface S3Config {
  /** The store's address, e.g. https://s3.eu-central-1.amazonaws.com or http://minio:9000. */
  endpoint: string;
  bucket: string;
  /** Prepended to every key, so one bucket can hold several newsrooms. */
  prefix: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Files larger than this go up in parts of this size (multipart upload); at least 5 MiB. */
  partBytes: number;
}

const MB = 1024 * 1024;

type S3Env = Partial<Record<'MEDIA_S3_BUCKET' | 'MEDIA_S3_ENDPOINT' | 'MEDIA_S3_ACCESS_KEY_ID' | 'MEDIA_S3_SECRET_ACCESS_KEY' | 'MEDIA_S3_REGION' | 'MEDIA_S3_PREFIX' | 'MEDIA_S3_PART_MB', string>>;

/** The object store named by the MEDIA_S3_* settings, or null when the local folder is used. */
export function s3ConfigFromEnv(env: S3Env): S3Config | null {
  if (!env.MEDIA_S3_BUCKET) return null;
  const missing = (['MEDIA_S3_ENDPOINT', 'MEDIA_S3_ACCESS_KEY_ID', 'MEDIA_S3_SECRET_ACCESS_KEY'] as const).filter((name) => !env[name]);
  if (missing.length) throw new Error(`MEDIA_S3_BUCKET is set, but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not`);
  const partMb = Number(env.MEDIA_S3_PART_MB || 8);
  if (!Number.isFinite(partMb) || partMb < 5 || partMb > 5120) throw new Error(`MEDIA_S3_PART_MB must be a number of megabytes from 5 to 5120, got ${env.MEDIA_S3_PART_MB}`);
  return {
    endpoint: env.MEDIA_S3_ENDPOINT!.replace(/\/+$/, ''),
    bucket: env.MEDIA_S3_BUCKET,
    prefix: env.MEDIA_S3_PREFIX ?? '',
    region: env.MEDIA_S3_REGION || 'us-east-1',
    accessKeyId: env.MEDIA_S3_ACCESS_KEY_ID!,
    secretAccessKey: env.MEDIA_S3_SECRET_ACCESS_KEY!,
    partBytes: Math.round(partMb * MB),
  };
}

function notFound(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const name = (error as { name?: string }).name;
  return status === 404 || name === 'NoSuchKey' || name === 'NotFound';
}

// Parts sent at once per upload. Each part streams from its range of the file on disk, so an
// upload holds a few read buffers, not whole parts, however large the file and parts are.
const PARTS_IN_FLIGHT = 2;
const PART_ATTEMPTS = 3;

type Sdk = typeof import('@aws-sdk/client-s3');
type ObjectAddress = { Bucket: string; Key: string };

/** A file sent as a multipart upload, each part read from disk as it is sent (and again if it has to be resent). */
async function putFileInParts(client: S3Client, sdk: Sdk, where: ObjectAddress, file: string, size: number, partBytes: number): Promise<void> {
  const { UploadId } = await client.send(new sdk.CreateMultipartUploadCommand(where));
  const ranges = Array.from({ length: Math.ceil(size / partBytes) }, (_, i) => ({ number: i + 1, start: i * partBytes, end: Math.min(size, (i + 1) * partBytes) - 1 }));
  const etags: string[] = [];
  const sendPart = async (range: (typeof ranges)[number]) => {
    for (let attempt = 1; ; attempt++) {
      try {
        const answer = await client.send(
          new sdk.UploadPartCommand({ ...where, UploadId, PartNumber: range.number, ContentLength: range.end - range.start + 1, Body: createReadStream(file, { start: range.start, end: range.end }) }),
        );
        etags[range.number - 1] = answer.ETag!;
        return;
      } catch (error) {
        if (attempt >= PART_ATTEMPTS) throw error;
      }
    }
  };
  let next = 0;
  let failed = false;
  try {
    await Promise.all(
      Array.from({ length: Math.min(PARTS_IN_FLIGHT, ranges.length) }, async () => {
        try {
          while (next < ranges.length && !failed) await sendPart(ranges[next++]!);
        } catch (error) {
          failed = true;
          throw error;
        }
      }),
    );
    await client.send(new sdk.CompleteMultipartUploadCommand({ ...where, UploadId, MultipartUpload: { Parts: ranges.map((r) => ({ PartNumber: r.number, ETag: etags[r.number - 1] })) } }));
  } catch (error) {
    // Parts of an abandoned upload would be kept (and billed) until aborted.
    await client.send(new sdk.AbortMultipartUploadCommand({ ...where, UploadId })).catch(() => undefined);
    throw error;
  }
}

/**
 * Media in an S3-compatible bucket (path-style addresses, which every such store accepts), so
 * several app servers share one set of files. Files larger than a part go up as multipart
 * uploads streamed from disk; an object appears only when its upload completes, so a reader
 * never sees half a file. The SDK loads on first use: a server on the local folder never pays for it.
 */
export function s3MediaStorage(config: S3Config): MediaStorage {
  let loaded: Promise<{ client: S3Client; sdk: Sdk }> | undefined;
  const connect = () =>
    (loaded ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        endpoint: config.endpoint,
        region: config.region,
        forcePathStyle: true,
        credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
        // Checksums only where S3 demands them: many compatible stores do not take the newer
        // checksum trailers, and the upload was hashed on arrival anyway.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      }),
    })));
  const objectKey = (key: string) => {
    if (!isMediaKey(key)) throw new Error(`invalid media key: ${key.slice(0, 40)}`);
    return config.prefix + key;
  };
  const where = (key: string): ObjectAddress => ({ Bucket: config.bucket, Key: objectKey(key) });

  return {
    async put(key, body) {
      const address = where(key);
      const { client, sdk } = await connect();
      try {
        if (Buffer.isBuffer(body)) {
          await client.send(new sdk.PutObjectCommand({ ...address, Body: body, ContentLength: body.length }));
          return;
        }
        const { size } = await stat(body.path);
        if (size > config.partBytes) await putFileInParts(client, sdk, address, body.path, size, config.partBytes);
        else await client.send(new sdk.PutObjectCommand({ ...address, Body: createReadStream(body.path), ContentLength: size }));
      } catch (error) {
        throw new Error(`object store put ${key} failed`, { cause: error });
      }
    },
    async get(key) {
      const { client, sdk } = await connect();
      try {
        const answer = await client.send(new sdk.GetObjectCommand(where(key)));
        return Buffer.from(await answer.Body!.transformToByteArray());
      } catch (error) {
        if (notFound(error)) return null;
        throw new Error(`object store get ${key} failed`, { cause: error });
      }
    },
    async remove(key) {
      const { client, sdk } = await connect();
      try {
        await client.send(new sdk.DeleteObjectCommand(where(key)));
      } catch (error) {
        if (!notFound(error)) throw new Error(`object store delete ${key} failed`, { cause: error });
      }
    },
    async size(key) {
      const { client, sdk } = await connect();
      try {
        const answer = await client.send(new sdk.HeadObjectCommand(where(key)));
        return answer.ContentLength ?? null;
      } catch (error) {
        if (notFound(error)) return null;
        throw new Error(`object store head ${key} failed`, { cause: error });
      }
    },
    async stream(key, range) {
      const { client, sdk } = await connect();
      try {
        const answer = await client.send(new sdk.GetObjectCommand({ ...where(key), ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}) }));
        return answer.Body!.transformToWebStream() as ReadableStream<Uint8Array>;
      } catch (error) {
        if (notFound(error)) return null;
        throw new Error(`object store get ${key} failed`, { cause: error });
      }
    },
  };
}
