import { Node, mergeAttributes } from '@tiptap/core';
import { mediaUrl } from '@/lib/media/variants';
import { PHOTO_FIGURE, PHOTO_KEY, VIDEO_FIGURE, VIDEO_KEY } from './document';

/**
 * The body's figures: a photo or a video from the media library, placed between paragraphs.
 * A figure stores only the media's key and its texts; the renderer looks the media up (size,
 * renditions, poster), so nothing a browser sends becomes an address on the reader page.
 * These definitions are shared by the editor (which adds its own view) and the renderer.
 */

const textAttribute = (name: string) => ({
  default: '',
  parseHTML: (element: HTMLElement) => element.getAttribute(`data-${name}`) ?? '',
  renderHTML: (attributes: Record<string, unknown>) => ({ [`data-${name}`]: String(attributes[name] ?? '') }),
});

const keyAttribute = (pattern: RegExp) => ({
  default: null,
  parseHTML: (element: HTMLElement) => {
    const key = element.getAttribute('data-media-key');
    return key && pattern.test(key) ? key : null;
  },
  renderHTML: (attributes: Record<string, unknown>) => ({ 'data-media-key': String(attributes.fileKey ?? '') }),
});

/**
 * A photo with 圖片說明, 替代文字 and 圖片來源. Only our own copied figures parse back (a pasted
 * <img> from elsewhere matches no rule and is dropped); saving checks the key is in the library.
 */
export const PhotoFigure = Node.create({
  name: PHOTO_FIGURE,
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return { fileKey: keyAttribute(PHOTO_KEY), caption: textAttribute('caption'), alt: textAttribute('alt'), credit: textAttribute('credit') };
  },
  parseHTML() {
    return [{ tag: 'figure[data-photo-figure]' }];
  },
  renderHTML({ HTMLAttributes, node }) {
    return [
      'figure',
      mergeAttributes(HTMLAttributes, { 'data-photo-figure': '' }),
      ['img', { src: mediaUrl(String(node.attrs.fileKey ?? '')), alt: String(node.attrs.alt ?? '') }],
      ['figcaption', String(node.attrs.caption ?? '')],
    ];
  },
});

/** A video from the library with its caption; the reader page shows its poster until it plays. */
export const VideoFigure = Node.create({
  name: VIDEO_FIGURE,
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return { fileKey: keyAttribute(VIDEO_KEY), caption: textAttribute('caption'), credit: textAttribute('credit') };
  },
  parseHTML() {
    return [{ tag: 'figure[data-video-figure]' }];
  },
  renderHTML({ HTMLAttributes, node }) {
    return ['figure', mergeAttributes(HTMLAttributes, { 'data-video-figure': '' }), ['figcaption', String(node.attrs.caption ?? '')]];
  },
});
