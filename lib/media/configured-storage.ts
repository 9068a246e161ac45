import { env } from '@/lib/env';
import { s3ConfigFromEnv, s3MediaStorage } from './s3-storage';
import { type MediaStorage, localMediaStorage } from './storage';

// One store per process and configuration: the object store's client keeps its connections.
const cache = globalThis as unknown as { __zebianMediaStorage?: { settings: string; storage: MediaStorage } };

/** Where this server keeps media: an S3-compatible bucket when MEDIA_S3_BUCKET is set, else `$DATA_DIR/media`. */
export function mediaStorage(): MediaStorage {
  const s3 = s3ConfigFromEnv(env());
  if (!s3) return localMediaStorage();
  const settings = JSON.stringify(s3);
  if (cache.__zebianMediaStorage?.settings !== settings) cache.__zebianMediaStorage = { settings, storage: s3MediaStorage(s3) };
  return cache.__zebianMediaStorage.storage;
}
