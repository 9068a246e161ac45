import { env } from '@/lib/env';

/**
 * Upload limits. Defaults follow the media issue; each can be changed in the environment
 * (MEDIA_MAX_IMAGE_MB, MEDIA_MAX_IMAGE_MEGAPIXELS, MEDIA_MAX_VIDEO_MB, lib/env.ts) without a rebuild.
 */
export interface MediaLimits {
  imageBytes: number;
  imagePixels: number;
  videoBytes: number;
  /** Animated GIFs: frames are decoded one by one, so their count is capped too. */
  gifFrames: number;
}

const MB = 1024 * 1024;

export function mediaLimits(): MediaLimits {
  const settings = env();
  return {
    imageBytes: Math.round(settings.MEDIA_MAX_IMAGE_MB * MB),
    imagePixels: Math.round(settings.MEDIA_MAX_IMAGE_MEGAPIXELS * 1_000_000),
    videoBytes: Math.round(settings.MEDIA_MAX_VIDEO_MB * MB),
    gifFrames: 300,
  };
}

export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / MB) * 10) / 10} MB`;
}

/** A file size for people: KB below a megabyte, else MB. */
export function formatSize(bytes: number): string {
  return bytes < MB ? `${Math.max(1, Math.round(bytes / 1024))} KB` : formatMegabytes(bytes);
}
