'use client';

import { useRef, useState } from 'react';
import type { StoryFields } from '@/lib/schemas/story';

type GalleryItem = StoryFields['gallery'][number];
export type PhotoInfo = { fileKey: string; width: number | null; height: number | null };

interface UploadedMedia {
  id: number;
  fileKey: string;
  kind: 'image' | 'video';
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credit: string;
}

/** The story's photos in order: upload several at once, caption each, reorder, remove. */
export function GalleryPanel({
  items,
  photos,
  onChange,
  onPhotos,
  problem,
}: {
  items: GalleryItem[];
  photos: Record<number, PhotoInfo>;
  onChange: (items: GalleryItem[]) => void;
  onPhotos: (photos: Record<number, PhotoInfo>) => void;
  problem?: string;
}) {
  const [uploads, setUploads] = useState<{ name: string; progress: number; error?: string }[]>([]);
  const dragged = useRef<number | null>(null);

  const update = (index: number, patch: Partial<GalleryItem>) => onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length || from === to) return;
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange(next);
  };

  // One request per file, so each has its own progress bar and its own error.
  const uploadOne = (file: File, slot: number) =>
    new Promise<UploadedMedia | null>((resolve) => {
      const request = new XMLHttpRequest();
      const body = new FormData();
      body.append('file', file);
      request.open('POST', '/api/media');
      request.upload.onprogress = (e) => {
        if (e.lengthComputable) setUploads((u) => u.map((x, i) => (i === slot ? { ...x, progress: Math.round((e.loaded / e.total) * 100) } : x)));
      };
      request.onload = () => {
        let reply: { ok?: boolean; media?: UploadedMedia; message?: string } = {};
        try {
          reply = JSON.parse(request.responseText);
        } catch {
          reply = { message: '上傳失敗' };
        }
        if (request.status < 300 && reply.ok && reply.media) {
          setUploads((u) => u.map((x, i) => (i === slot ? { ...x, progress: 100 } : x)));
          resolve(reply.media);
        } else {
          setUploads((u) => u.map((x, i) => (i === slot ? { ...x, error: reply.message ?? '上傳失敗' } : x)));
          resolve(null);
        }
      };
      request.onerror = () => {
        setUploads((u) => u.map((x, i) => (i === slot ? { ...x, error: '網路錯誤，上傳失敗' } : x)));
        resolve(null);
      };
      request.send(body);
    });

  const onFiles = async (files: FileList | null) => {
    if (!files?.length) return;
    const list = [...files];
    setUploads(list.map((f) => ({ name: f.name, progress: 0 })));
    const done = await Promise.all(list.map((file, slot) => uploadOne(file, slot)));
    const added = done.filter((m): m is UploadedMedia => m !== null && m.kind === 'image');
    onPhotos({ ...photos, ...Object.fromEntries(added.map((m) => [m.id, { fileKey: m.fileKey, width: m.width, height: m.height }])) });
    onChange([...items, ...added.map((m) => ({ mediaId: m.id, caption: m.caption, alt: m.alt, credit: m.credit }))]);
  };

  return (
    <section className="gallery-panel" aria-labelledby="gallery-heading">
      <h2 id="gallery-heading">圖集</h2>
      <div className="field">
        <label htmlFor="gallery-upload">上傳圖片</label>
        <input id="gallery-upload" type="file" accept="image/jpeg,image/png,image/webp,image/avif,image/gif" multiple onChange={(e) => void onFiles(e.target.files).then(() => (e.target.value = ''))} />
      </div>
      {uploads.length ? (
        <ul className="upload-list">
          {uploads.map((u, i) => (
            <li key={i}>
              {u.name} <progress max={100} value={u.progress} aria-label={`${u.name} 上傳進度`} /> {u.error ? <span className="field-error">{u.error}</span> : u.progress === 100 ? '完成' : ''}
            </li>
          ))}
        </ul>
      ) : null}
      {problem ? <p className="field-error">{problem}</p> : null}
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
                <img src={`/media/${photo.fileKey}`} alt="" width={160} height={photo.width && photo.height ? Math.round((160 * photo.height) / photo.width) : 107} />
              ) : null}
              <div className="gallery-fields">
                <label>
                  圖片說明
                  <textarea value={item.caption} maxLength={500} rows={2} onChange={(e) => update(index, { caption: e.target.value })} />
                </label>
                <label>
                  替代文字
                  <input value={item.alt} maxLength={300} onChange={(e) => update(index, { alt: e.target.value })} aria-invalid={!item.alt.trim() ? true : undefined} />
                </label>
                <label>
                  圖片來源
                  <input value={item.credit} maxLength={100} onChange={(e) => update(index, { credit: e.target.value })} />
                </label>
              </div>
              <div className="gallery-order">
                <button type="button" className="button" onClick={() => move(index, index - 1)} disabled={index === 0} aria-label={`第 ${index + 1} 張上移`}>
                  上移
                </button>
                <button type="button" className="button" onClick={() => move(index, index + 1)} disabled={index === items.length - 1} aria-label={`第 ${index + 1} 張下移`}>
                  下移
                </button>
                <button type="button" className="button" onClick={() => onChange(items.filter((_, i) => i !== index))} aria-label={`移除第 ${index + 1} 張`}>
                  移除
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
