/** A stored photo; responsive variants arrive with the media issue. */
export function mediaUrl(fileKey: string): string {
  return `/media/${fileKey}`;
}

export function MediaImage({
  fileKey,
  alt,
  width,
  height,
  eager = false,
  className,
}: {
  fileKey: string;
  alt: string;
  width?: number | null;
  height?: number | null;
  eager?: boolean;
  className?: string;
}) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- our own media route serves the bytes; variants come with the media issue
    <img
      src={mediaUrl(fileKey)}
      alt={alt}
      width={width ?? undefined}
      height={height ?? undefined}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
      className={className}
    />
  );
}
