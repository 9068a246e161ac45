import { MediaImage } from '@/components/reader/media-image';

/** A library tile's picture: the photo, a video's poster, or a plain video mark. */
export function MediaThumb({ fileKey, kind, alt, width, height, posterKey }: { fileKey: string; kind: 'image' | 'video'; alt: string; width: number | null; height: number | null; posterKey?: string | null }) {
  if (kind === 'image') return <MediaImage fileKey={fileKey} alt={alt} width={width} height={height} sizes="220px" className="media-thumb" />;
  return (
    <span className="media-thumb media-thumb-video">
      {posterKey ? <MediaImage fileKey={posterKey} alt="" sizes="220px" className="media-thumb" /> : null}
      <span className="media-thumb-badge">影片</span>
    </span>
  );
}
