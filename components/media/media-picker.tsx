'use client';

import { useId, useRef, useState } from 'react';
import { pickFromLibraryAction } from '@/lib/actions/media';
import { mediaPreviewUrl } from '@/lib/media/variants';
import type { LibraryPick } from '@/lib/media/types';

const kindWords = { image: '圖片', video: '影片' } as const;

/** A small rendition for the grid: the 320-pixel WebP of a photo, or of a video's poster. */
function thumbnail(item: LibraryPick): string | null {
  const key = item.kind === 'image' ? item.fileKey : item.posterKey;
  if (!key) return null;
  return mediaPreviewUrl(key, 320);
}

const describe = (item: LibraryPick) => item.caption || item.alt || item.originalName || `#${item.id}`;

/**
 * 從圖庫選擇: a button that opens the media library in a modal dialog. Search by text, page on
 * with 更多, choose one item with a click or Enter; Escape or 關閉 returns to where it was opened.
 * Only the kind the slot takes is offered (photos for a photo slot).
 */
export function MediaPicker({ kind, onPick, label = '從圖庫選擇' }: { kind: 'image' | 'video'; onPick: (item: LibraryPick) => void; label?: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<LibraryPick[]>([]);
  const [nextBefore, setNextBefore] = useState<number | undefined>();
  const [state, setState] = useState<{ kind: 'idle' | 'loading' } | { kind: 'failed'; message: string }>({ kind: 'idle' });
  const [loaded, setLoaded] = useState(false);

  async function load(q: string, before?: number) {
    setState({ kind: 'loading' });
    const form = new FormData();
    form.set('q', q);
    form.set('kind', kind);
    if (before) form.set('before', String(before));
    const result = await pickFromLibraryAction(null, form).catch(() => null);
    if (!result || !result.ok) {
      setState({ kind: 'failed', message: result?.message ?? '無法讀取媒體庫，請稍後再試' });
      return;
    }
    setItems((all) => (before ? [...all, ...result.data.items] : result.data.items));
    setNextBefore(result.data.nextBefore);
    setLoaded(true);
    setState({ kind: 'idle' });
  }

  const open = () => {
    dialog.current?.showModal();
    if (!loaded) void load(query);
  };
  const choose = (item: LibraryPick) => {
    dialog.current?.close();
    onPick(item);
  };

  return (
    <>
      <button type="button" className="button" onClick={open} aria-haspopup="dialog">
        {label}
      </button>
      <dialog ref={dialog} className="media-picker" aria-labelledby={headingId}>
        <div className="media-picker-head">
          <h2 id={headingId}>從圖庫選擇{kindWords[kind]}</h2>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            關閉
          </button>
        </div>
        <form
          role="search"
          className="media-picker-search"
          onSubmit={(e) => {
            e.preventDefault();
            void load(query);
          }}
        >
          <label htmlFor={searchId}>搜尋媒體庫</label>
          <input id={searchId} type="search" value={query} maxLength={100} onChange={(e) => setQuery(e.target.value)} placeholder="圖片說明、替代文字、來源或檔名" />
          <button type="submit" className="button">
            搜尋
          </button>
        </form>
        {state.kind === 'failed' ? (
          <p role="alert" className="form-error">
            {state.message}
          </p>
        ) : null}
        {loaded && !items.length && state.kind === 'idle' ? <p className="muted">沒有符合的{kindWords[kind]}。</p> : null}
        <ul className="media-picker-items" aria-label={`媒體庫中的${kindWords[kind]}`} aria-busy={state.kind === 'loading'}>
          {items.map((item) => {
            const thumb = thumbnail(item);
            return (
              <li key={item.id}>
                <button type="button" className="media-picker-item" onClick={() => choose(item)} aria-label={`選擇${kindWords[kind]}：${describe(item)}`}>
                  {thumb ? (
                    // eslint-disable-next-line @next/next/no-img-element -- a thumbnail of our own media
                    <img src={thumb} alt="" width={160} height={item.width && item.height && item.kind === 'image' ? Math.round((160 * item.height) / item.width) : 90} loading="lazy" />
                  ) : (
                    <span className="media-picker-noposter">影片</span>
                  )}
                  <span className="media-picker-caption">{describe(item)}</span>
                </button>
              </li>
            );
          })}
        </ul>
        <p className="media-picker-foot">
          {state.kind === 'loading' ? <span role="status">讀取中…</span> : null}
          {nextBefore && state.kind !== 'loading' ? (
            <button type="button" className="button" onClick={() => void load(query, nextBefore)}>
              更多
            </button>
          ) : null}
        </p>
      </dialog>
    </>
  );
}
