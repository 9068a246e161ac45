'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import { MediaPicker } from '@/components/media/media-picker';
import { MediaUploader } from '@/components/media/media-uploader';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { LimitedText } from '@/components/ui/limited-text';
import { FIGURE_TEXT_LIMITS } from '@/lib/rich-text/document';
import type { LibraryPick, UploadedMedia } from '@/lib/media/types';
import { mediaUrl } from '@/lib/media/variants';
import type { StoryFields } from '@/lib/schemas/story';

type GalleryItem = StoryFields['gallery'][number];
type GalleryField = 'caption' | 'alt' | 'credit';
export type PhotoInfo = { fileKey: string; width: number | null; height: number | null; focalX?: number; focalY?: number };

/** The story's photos in order: upload several at once, caption each, reorder, remove. */
export function GalleryPanel({
  items,
  photos,
  onChange,
  onPhotos,
  errors,
  storyTitle,
}: {
  items: GalleryItem[];
  photos: Record<number, PhotoInfo>;
  onChange: (items: GalleryItem[]) => void;
  onPhotos: (photos: Record<number, PhotoInfo>) => void;
  /** The last save's refusals: `gallery` for the list as a whole, `gallery.N.alt` for one photo's field. */
  errors: Record<string, string[] | undefined>;
  /** Named when asking before a photo is removed. */
  storyTitle: string;
}) {
  const dragged = useRef<number | null>(null);
  const [removing, setRemoving] = useState<number | null>(null);
  const removed = removing === null ? undefined : items[removing];
  // Uploads finish one after another; each must add to the list as it stands by then.
  const latest = useRef({ items, photos });
  useLayoutEffect(() => {
    latest.current = { items, photos };
  });

  const problem = errors.gallery?.join('；');
  const fieldErrors = (index: number, field: GalleryField) => errors[`gallery.${index}.${field}`];
  const update = (index: number, patch: Partial<GalleryItem>) => onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length || from === to) return;
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange(next);
  };

  const add = (media: UploadedMedia | LibraryPick) => {
    if (media.kind !== 'image') return;
    const next = {
      items: [...latest.current.items, { mediaId: media.id, caption: media.caption, alt: media.alt, credit: media.credit }],
      photos: { ...latest.current.photos, [media.id]: { fileKey: media.fileKey, width: media.width, height: media.height } },
    };
    latest.current = next;
    onPhotos(next.photos);
    onChange(next.items);
  };

  return (
    <section className="gallery-panel" aria-labelledby="gallery-heading" aria-describedby={problem ? 'gallery-error' : undefined}>
      <h2 id="gallery-heading">圖集</h2>
      <div className="gallery-add">
        <MediaUploader onUploaded={add} accept="image" multiple label="上傳圖片" />
        <MediaPicker kind="image" onPick={add} />
      </div>
      {problem ? (
        <p className="field-error" id="gallery-error">
          {problem}
        </p>
      ) : null}
      <ol className="gallery-items">
        {items.map((item, index) => {
          const photo = photos[item.mediaId];
          return (
            <li
              key={`${item.mediaId}-${index}`}
              className="gallery-item"
              draggable
              onDragStart={() => (dragged.current = index)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={() => {
                if (dragged.current !== null) move(dragged.current, index);
                dragged.current = null;
              }}
              aria-label={`第 ${index + 1} 張圖片`}
            >
              {photo ? (
                // eslint-disable-next-line @next/next/no-img-element -- a thumbnail of our own media
                <img src={mediaUrl(photo.fileKey)} alt="" width={160} height={photo.width && photo.height ? Math.round((160 * photo.height) / photo.width) : 107} />
              ) : null}
              <div className="gallery-fields">
                <LimitedText
                  label="圖片說明"
                  value={item.caption}
                  max={FIGURE_TEXT_LIMITS.caption}
                  rows={2}
                  errors={fieldErrors(index, 'caption')}
                  onChange={(caption) => update(index, { caption })}
                />
                <LimitedText
                  label="替代文字"
                  value={item.alt}
                  max={FIGURE_TEXT_LIMITS.alt}
                  invalid={!item.alt.trim()}
                  errors={fieldErrors(index, 'alt')}
                  onChange={(alt) => update(index, { alt })}
                />
                <LimitedText label="圖片來源" value={item.credit} max={FIGURE_TEXT_LIMITS.credit} errors={fieldErrors(index, 'credit')} onChange={(credit) => update(index, { credit })} />
              </div>
              <div className="gallery-order">
                <button type="button" className="button" onClick={() => move(index, index - 1)} disabled={index === 0} aria-label={`第 ${index + 1} 張上移`}>
                  上移
                </button>
                <button type="button" className="button" onClick={() => move(index, index + 1)} disabled={index === items.length - 1} aria-label={`第 ${index + 1} 張下移`}>
                  下移
                </button>
                <button type="button" className="button" onClick={() => setRemoving(index)} aria-label={`移除第 ${index + 1} 張`} aria-haspopup="dialog">
                  移除
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <ConfirmDialog
        open={removed !== undefined}
        title="移除圖片"
        message={
          removed
            ? `確定要從「${storyTitle.trim() || '（無標題）'}」的圖集移除第 ${removing! + 1} 張圖片${removed.caption.trim() ? `「${removed.caption.trim()}」` : ''}？圖片仍留在媒體庫中。`
            : ''
        }
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          onChange(items.filter((_, i) => i !== removing));
          setRemoving(null);
        }}
      />
    </section>
  );
}
