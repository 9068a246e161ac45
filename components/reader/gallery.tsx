import { MediaImage } from './media-image';

export interface GalleryPhoto {
  position: number;
  fileKey: string;
  caption: string;
  alt: string;
  credit: string;
  width: number | null;
  height: number | null;
}

/** The story's photos in the editor's order, each with its caption and credit. */
export function Gallery({ photos }: { photos: GalleryPhoto[] }) {
  if (!photos.length) return null;
  return (
    <section className="gallery" aria-label="圖集">
      {photos.map((p, i) => (
        <figure key={p.position}>
          <MediaImage fileKey={p.fileKey} alt={p.alt} width={p.width} height={p.height} eager={i === 0} />
          <figcaption>
            {p.caption}
            {p.credit ? <span className="photo-credit">{p.credit}</span> : null}
          </figcaption>
        </figure>
      ))}
    </section>
  );
}
