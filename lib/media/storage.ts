import fs from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { dataDir } from '@/db/client';

/** A byte range, both ends included (as in an HTTP Range header). */
export interface ByteRange {
  start: number;
  end: number;
}

/** What is stored: bytes in memory (a photo's renditions) or a file on disk (an upload, never loaded whole). */
export type StoredBody = Buffer | { path: string };

/**
 * Where media bytes live. One small interface so an object store can stand in for the
 * local folder; keys are random, never the uploaded name.
 */
export interface MediaStorage {
  put(key: string, body: StoredBody): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  remove(key: string): Promise<void>;
  /** The stored size, or null when the key holds nothing. */
  size(key: string): Promise<number | null>;
  /** A stream of the bytes (or of one range), so a large video is never read whole into memory. */
  stream(key: string, range?: ByteRange): Promise<ReadableStream<Uint8Array> | null>;
}

// An original: 24 random characters and its extension; a rendition adds `_<width>`.
const KEY_PATTERN = /^[a-z0-9]{24}(_[1-9][0-9]{1,3})?\.(jpg|png|webp|avif|gif|mp4|webm)$/;

export function newMediaKey(extension: string): string {
  return `${randomBytes(12).toString('hex')}.${extension}`;
}

export function isMediaKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

function missing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

export function localMediaStorage(folder = path.join(dataDir(), 'media')): MediaStorage {
  const file = (key: string) => {
    if (!isMediaKey(key)) throw new Error(`invalid media key: ${key.slice(0, 40)}`);
    return path.join(folder, key.slice(0, 2), key);
  };
  return {
    async put(key, body) {
      const target = file(key);
      await fs.mkdir(path.dirname(target), { recursive: true });
      // Write then rename, so a reader never sees half a file.
      const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        if (Buffer.isBuffer(body)) await fs.writeFile(temp, body);
        else await fs.copyFile(body.path, temp);
        await fs.rename(temp, target);
      } catch (error) {
        await fs.rm(temp, { force: true });
        throw new Error(`storing media ${key}`, { cause: error });
      }
    },
    async get(key) {
      try {
        return await fs.readFile(file(key));
      } catch (error) {
        if (missing(error)) return null;
        throw new Error(`reading media ${key}`, { cause: error });
      }
    },
    async remove(key) {
      await fs.rm(file(key), { force: true });
    },
    async size(key) {
      try {
        return (await fs.stat(file(key))).size;
      } catch (error) {
        if (missing(error)) return null;
        throw new Error(`reading media ${key}`, { cause: error });
      }
    },
    async stream(key, range) {
      const target = file(key);
      try {
        await fs.access(target);
      } catch (error) {
        if (missing(error)) return null;
        throw new Error(`reading media ${key}`, { cause: error });
      }
      const nodeStream = createReadStream(target, range ? { start: range.start, end: range.end } : {});
      return Readable.toWeb(nodeStream) as ReadableStream<Uint8Array>;
    },
  };
}
