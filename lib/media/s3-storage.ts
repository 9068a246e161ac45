import { type MediaStorage, isMediaKey } from './storage';
import { type S3Credentials, UNSIGNED_PAYLOAD, amzDate, encodeSegment, signRequest } from './s3-signature';

export interface S3Config extends S3Credentials {
  /** The store's address, e.g. https://s3.eu-central-1.amazonaws.com or http://minio:9000. */
  endpoint: string;
  bucket: string;
  /** Prepended to every key, so one bucket can hold several newsrooms. */
  prefix: string;
}

/** The object store named by MEDIA_S3_* variables, or null when the local folder is used. */
export function s3ConfigFromEnv(env: Record<string, string | undefined> = process.env): S3Config | null {
  if (!env.MEDIA_S3_BUCKET) return null;
  const missing = ['MEDIA_S3_ENDPOINT', 'MEDIA_S3_ACCESS_KEY_ID', 'MEDIA_S3_SECRET_ACCESS_KEY'].filter((name) => !env[name]);
  if (missing.length) throw new Error(`MEDIA_S3_BUCKET is set, but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not`);
  return {
    endpoint: env.MEDIA_S3_ENDPOINT!.replace(/\/+$/, ''),
    bucket: env.MEDIA_S3_BUCKET,
    prefix: env.MEDIA_S3_PREFIX ?? '',
    region: env.MEDIA_S3_REGION || 'us-east-1',
    accessKeyId: env.MEDIA_S3_ACCESS_KEY_ID!,
    secretAccessKey: env.MEDIA_S3_SECRET_ACCESS_KEY!,
  };
}

/**
 * Media in an S3-compatible bucket (path-style addresses, which every such store accepts), so
 * several app servers share one set of files. Objects are written whole by one PUT, so a
 * reader never sees half a file here either.
 */
export function s3MediaStorage(config: S3Config, fetcher: typeof fetch = fetch): MediaStorage {
  const endpoint = new URL(config.endpoint);
  const basePath = endpoint.pathname.replace(/\/+$/, '');

  async function send(method: string, key: string, options: { body?: Buffer; range?: string } = {}): Promise<Response> {
    if (!isMediaKey(key)) throw new Error(`invalid media key: ${key.slice(0, 40)}`);
    const path = `${basePath}/${encodeSegment(config.bucket)}/${(config.prefix + key).split('/').map(encodeSegment).join('/')}`;
    const headers: Record<string, string> = {
      host: endpoint.host,
      'x-amz-date': amzDate(new Date()),
      // The body is not hashed into the signature: hashing 500 MB would hold up the server.
      'x-amz-content-sha256': UNSIGNED_PAYLOAD,
      ...(options.range ? { range: options.range } : {}),
    };
    const authorization = signRequest({ method, path, headers, credentials: config });
    // fetch sets Host itself, from the address.
    const sent = Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'host'));
    return fetcher(`${endpoint.origin}${path}`, {
      method,
      headers: { ...sent, authorization },
      body: options.body ? new Uint8Array(options.body) : undefined,
    });
  }

  async function fail(response: Response, what: string, key: string): Promise<never> {
    const detail = (await response.text().catch(() => '')).slice(0, 300);
    throw new Error(`object store ${what} ${key} failed: ${response.status} ${detail}`);
  }

  return {
    async put(key, bytes) {
      const response = await send('PUT', key, { body: bytes });
      if (!response.ok) await fail(response, 'put', key);
      await response.arrayBuffer();
    },
    async get(key) {
      const response = await send('GET', key);
      if (response.status === 404) return null;
      if (!response.ok) await fail(response, 'get', key);
      return Buffer.from(await response.arrayBuffer());
    },
    async remove(key) {
      const response = await send('DELETE', key);
      if (!response.ok && response.status !== 404) await fail(response, 'delete', key);
      await response.arrayBuffer();
    },
    async size(key) {
      const response = await send('HEAD', key);
      if (response.status === 404) return null;
      if (!response.ok) await fail(response, 'head', key);
      return Number(response.headers.get('content-length'));
    },
    async stream(key, range) {
      const response = await send('GET', key, range ? { range: `bytes=${range.start}-${range.end}` } : {});
      if (response.status === 404) return null;
      if (!response.ok) await fail(response, 'get', key);
      return response.body;
    },
  };
}
