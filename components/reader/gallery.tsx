import type { GalleryPhoto } from '@/lib/reader/article-data';
import { type Variant } from '@/lib/reader/variant';
import { inScript } from '@/lib/reader/in-script';
import { Lightbox } from './lightbox';
import { MediaImage } from './media-image';

/**
 * The story's photos in the editor's order, each a figure with its caption and credit. Each
 * photo is also a button that opens it in the lightbox (the page's only script besides the
 * 繁/简 toggle); without script the figures read as they are.
 */
export function Gallery({ photos, variant = 'hant' }: { photos: GalleryPhoto[]; variant?: Variant }) {
  if (!photos.length) return null;
  const t = (text: string) => inScript(variant, text);
  const slides = photos.map((p) => (
    <figure key={p.position} className="lightbox-slide">
      <MediaImage fileKey={p.fileKey} alt={p.alt} width={p.width} height={p.height} />
      <figcaption>
        {p.caption}
        {p.credit ? <span className="photo-credit">{p.credit}</span> : null}
      </figcaption>
    </figure>
  ));
  return (
    <Lightbox
      slides={slides}
      labels={{ dialog: t('圖集'), close: t('關閉'), previous: t('上一張'), next: t('下一張'), counter: t('第 {n} 張，共 {total} 張') }}
    >
      <section className="gallery" aria-label={t('圖集')}>
        {photos.map((p, i) => (
          <figure key={p.position}>
            <button type="button" className="gallery-open" data-lightbox-index={i} aria-label={`${t('放大檢視')}：${p.alt || p.caption}`}>
              <MediaImage fileKey={p.fileKey} alt={p.alt} width={p.width} height={p.height} eager={i === 0} placeholder={p.placeholder} />
            </button>
            <figcaption>
              {p.caption}
              {p.credit ? <span className="photo-credit">{p.credit}</span> : null}
            </figcaption>
          </figure>
        ))}
      </section>
    </Lightbox>
  );
}
