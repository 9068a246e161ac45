import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import StarterKit from '@tiptap/starter-kit';
import type { StoryDocument } from './document';
import { PhotoFigure, VideoFigure } from './figure-nodes';
import { type FigureMedia, type FigureMediaMap, photoFigureHtml, videoFigureHtml } from './figure-html';

export type { FigureMedia, FigureMediaMap };

const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    codeBlock: false,
    underline: false,
    trailingNode: false,
    link: { HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null } },
  }),
  PhotoFigure,
  VideoFigure,
];

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * Safe HTML for readers from a checked body (see `StoryDocument`), escaped by the renderer.
 * Figures are drawn from `media` (the library rows their keys name, looked up by the caller); a
 * figure whose media is missing, or of the wrong kind, is left out.
 */
export function renderDocumentHtml(doc: StoryDocument, media: FigureMediaMap = new Map()): string {
  return renderToHTMLString({
    extensions,
    content: doc,
    options: {
      nodeMapping: {
        photoFigure: ({ node }) => {
          const item = media.get(text(node.attrs.fileKey));
          return item?.kind === 'image'
            ? photoFigureHtml(text(node.attrs.fileKey), item, { caption: text(node.attrs.caption), alt: text(node.attrs.alt), credit: text(node.attrs.credit) })
            : '';
        },
        videoFigure: ({ node }) => {
          const item = media.get(text(node.attrs.fileKey));
          return item?.kind === 'video' ? videoFigureHtml(text(node.attrs.fileKey), item, { caption: text(node.attrs.caption), credit: text(node.attrs.credit) }) : '';
        },
      },
    },
  });
}
