import fs from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { dataDir } from '@/db/client';

/**
 * Where media bytes live. One small interface so an object store can stand in for the
 * local folder later; keys are random, never the uploaded name.
 */
export interface MediaStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  remove(key: string): Promise<void>;
}

const KEY_PATTERN = /^[a-z0-9]{24}\.(jpg|png|webp|avif|gif|mp4|webm)$/;

export function newMediaKey(extension: string): string {
  return `${randomBytes(12).toString('hex')}.${extension}`;
}

export function isMediaKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

export function localMediaStorage(folder = path.join(dataDir(), 'media')): MediaStorage {
  const file = (key: string) => {
    if (!isMediaKey(key)) throw new Error(`invalid media key: ${key.slice(0, 40)}`);
    return path.join(folder, key.slice(0, 2), key);
  };
  return {
    async put(key, bytes) {
      const target = file(key);
      await fs.mkdir(path.dirname(target), { recursive: true });
      // Write then rename, so a reader never sees half a file.
      const temp = `${target}.${process.pid}.tmp`;
      await fs.writeFile(temp, bytes);
      await fs.rename(temp, target);
    },
    async get(key) {
      try {
        return await fs.readFile(file(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw new Error(`reading media ${key}`, { cause: error });
      }
    },
    async remove(key) {
      await fs.rm(file(key), { force: true });
    },
  };
}
