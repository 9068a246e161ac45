/**
 * Upload limits. Defaults follow the media issue; each can be changed in the environment
 * (MEDIA_MAX_IMAGE_MB, MEDIA_MAX_IMAGE_MEGAPIXELS, MEDIA_MAX_VIDEO_MB) without a rebuild.
 */
export interface MediaLimits {
  imageBytes: number;
  imagePixels: number;
  videoBytes: number;
  /** Animated GIFs: frames are decoded one by one, so their count is capped too. */
  gifFrames: number;
}

const MB = 1024 * 1024;

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${raw}`);
  return value;
}

export function mediaLimits(): MediaLimits {
  return {
    imageBytes: Math.round(positive('MEDIA_MAX_IMAGE_MB', 25) * MB),
    imagePixels: Math.round(positive('MEDIA_MAX_IMAGE_MEGAPIXELS', 40) * 1_000_000),
    videoBytes: Math.round(positive('MEDIA_MAX_VIDEO_MB', 500) * MB),
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
