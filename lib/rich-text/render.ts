import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import StarterKit from '@tiptap/starter-kit';
import { type RichNode, sanitizeDocument } from './document';

const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    codeBlock: false,
    underline: false,
    trailingNode: false,
    link: { HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null } },
  }),
];

/** Safe HTML for readers from stored (untrusted) JSON: sanitised first, escaped by the renderer. */
export function renderDocumentHtml(stored: unknown): string {
  const { doc } = sanitizeDocument(stored);
  return renderToHTMLString({ extensions, content: doc as RichNode as never });
}
