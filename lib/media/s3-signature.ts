import { createHash, createHmac } from 'node:crypto';

/**
 * AWS Signature Version 4 for S3-compatible object stores (AWS S3, MinIO, R2, Ceph…), written
 * out here because the four requests the media store makes do not justify an SDK.
 */
export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
}

export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const hmac = (key: Buffer | string, text: string) => createHmac('sha256', key).update(text).digest();

/** RFC 3986 encoding of one path segment, as SigV4 wants it. */
export function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function amzDate(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * The Authorization header for a request. `headers` are the ones to sign (lower-case names),
 * and must include host, x-amz-date and x-amz-content-sha256.
 */
export function signRequest(input: { method: string; path: string; query?: string; headers: Record<string, string>; credentials: S3Credentials }): string {
  const { method, path, query = '', headers, credentials } = input;
  const names = Object.keys(headers)
    .map((h) => h.toLowerCase())
    .sort();
  const value = (name: string) => Object.entries(headers).find(([h]) => h.toLowerCase() === name)![1].trim().replace(/\s+/g, ' ');
  const canonical = [method, path, query, ...names.map((n) => `${n}:${value(n)}`), '', names.join(';'), value('x-amz-content-sha256')].join('\n');
  const stamp = value('x-amz-date');
  const day = stamp.slice(0, 8);
  const scope = `${day}/${credentials.region}/s3/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', stamp, scope, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, day), credentials.region), 's3'), 'aws4_request');
  const signature = createHmac('sha256', key).update(toSign).digest('hex');
  return `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope},SignedHeaders=${names.join(';')},Signature=${signature}`;
}
