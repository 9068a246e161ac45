import { s3ConfigFromEnv, s3MediaStorage } from './s3-storage';
import { type MediaStorage, localMediaStorage } from './storage';

/** Where this server keeps media: an S3-compatible bucket when MEDIA_S3_BUCKET is set, else `$DATA_DIR/media`. */
export function mediaStorage(): MediaStorage {
  const s3 = s3ConfigFromEnv();
  return s3 ? s3MediaStorage(s3) : localMediaStorage();
}
