'use client';

import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import { LimitedText } from '@/components/ui/limited-text';
import { FIGURE_TEXT_LIMITS } from '@/lib/rich-text/document';
import { PhotoFigure, VideoFigure } from '@/lib/rich-text/figure-nodes';
import { mediaPreviewUrl, mediaUrl } from '@/lib/media/variants';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The figure's texts; a photo's are labelled as in the gallery, a video's name the video. */
function FigureFields({ node, updateAttributes, photo }: Pick<ReactNodeViewProps, 'node' | 'updateAttributes'> & { photo: boolean }) {
  const alt = text(node.attrs.alt);
  const word = photo ? '圖片' : '影片';
  return (
    <div className="rte-figure-fields">
      <LimitedText label={`${word}說明`} rows={2} max={FIGURE_TEXT_LIMITS.caption} value={text(node.attrs.caption)} onChange={(caption) => updateAttributes({ caption })} />
      {photo ? <LimitedText label="替代文字" max={FIGURE_TEXT_LIMITS.alt} value={alt} invalid={!alt.trim()} onChange={(value) => updateAttributes({ alt: value })} /> : null}
      <LimitedText label={`${word}來源`} max={FIGURE_TEXT_LIMITS.credit} value={text(node.attrs.credit)} onChange={(credit) => updateAttributes({ credit })} />
    </div>
  );
}

function PhotoFigureView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const key = text(node.attrs.fileKey);
  const label = text(node.attrs.caption) || text(node.attrs.alt) || '未命名';
  return (
    <NodeViewWrapper as="figure" className={`rte-figure${selected ? ' is-selected' : ''}`} role="group" aria-label={`正文圖片：${label}`}>
      {/* eslint-disable-next-line @next/next/no-img-element -- a preview of our own media */}
      <img src={mediaPreviewUrl(key, 640)} alt={text(node.attrs.alt)} draggable={false} />
      <FigureFields node={node} updateAttributes={updateAttributes} photo />
      <button type="button" className="button" onClick={deleteNode}>
        從正文移除這張圖片
      </button>
    </NodeViewWrapper>
  );
}

function VideoFigureView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const label = text(node.attrs.caption) || '未命名';
  return (
    <NodeViewWrapper as="figure" className={`rte-figure${selected ? ' is-selected' : ''}`} role="group" aria-label={`正文影片：${label}`}>
      <video src={mediaUrl(text(node.attrs.fileKey))} controls preload="metadata" />
      <FigureFields node={node} updateAttributes={updateAttributes} photo={false} />
      <button type="button" className="button" onClick={deleteNode}>
        從正文移除這段影片
      </button>
    </NodeViewWrapper>
  );
}

/** The figure nodes with their editing views: the picture and fields for its texts. */
export const EditorPhotoFigure = PhotoFigure.extend({
  draggable: false,
  addNodeView() {
    return ReactNodeViewRenderer(PhotoFigureView);
  },
});

export const EditorVideoFigure = VideoFigure.extend({
  draggable: false,
  addNodeView() {
    return ReactNodeViewRenderer(VideoFigureView);
  },
});
