'use client';

import { NodeSelection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
import { MediaPicker } from '@/components/media/media-picker';
import { MediaUploader } from '@/components/media/media-uploader';
import { PHOTO_FIGURE, VIDEO_FIGURE } from '@/lib/rich-text/document';

interface Chosen {
  fileKey: string;
  kind: 'image' | 'video';
  caption: string;
  alt: string;
  credit: string;
}

/**
 * Places a photo or a video in the body at the cursor, uploaded here or chosen from the library.
 * The figure starts with the library's texts, which the writer then adapts to this story.
 */
export function FigureInsert({ editor }: { editor: Editor | null }) {
  const insert = (media: Chosen) => {
    if (!editor) return;
    const attrs =
      media.kind === 'image'
        ? { fileKey: media.fileKey, caption: media.caption, alt: media.alt, credit: media.credit }
        : { fileKey: media.fileKey, caption: media.caption, credit: media.credit };
    const { selection } = editor.state;
    // With a figure selected, the new one goes after it rather than replacing it.
    const at = selection instanceof NodeSelection ? selection.to : { from: selection.from, to: selection.to };
    editor
      .chain()
      .focus()
      .insertContentAt(at, { type: media.kind === 'image' ? PHOTO_FIGURE : VIDEO_FIGURE, attrs })
      .run();
  };
  return (
    <div className="rte-insert" role="group" aria-label="在正文插入圖片或影片">
      <div className="rte-insert-kind">
        <span className="rte-insert-title">圖片</span>
        <MediaUploader accept="image" multiple={false} label="上傳並插入圖片" onUploaded={insert} />
        <MediaPicker kind="image" onPick={insert} />
      </div>
      <div className="rte-insert-kind">
        <span className="rte-insert-title">影片</span>
        <MediaUploader accept="video" multiple={false} label="上傳並插入影片" onUploaded={insert} />
        <MediaPicker kind="video" onPick={insert} label="從圖庫選擇影片" />
      </div>
    </div>
  );
}
