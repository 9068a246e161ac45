'use client';

import { useRef, useState } from 'react';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { CharacterCount, Placeholder } from '@tiptap/extensions';
import { reshapePastedHtml } from '@/lib/rich-text/paste';
import { FigureInsert } from './figure-insert';
import { EditorPhotoFigure, EditorVideoFigure } from './figure-views';

/** Counts what a Chinese newsroom counts: every character that is not white space. */
function countCharacters(text: string): number {
  return text.replace(/\s+/g, '').length;
}

const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    codeBlock: false,
    code: false,
    underline: false,
    link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'], HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null } },
  }),
  Placeholder.configure({ placeholder: '在這裡寫正文……' }),
  CharacterCount,
  EditorPhotoFigure,
  EditorVideoFigure,
];

export function RichTextEditor({ initial, onChange }: { initial: unknown; onChange: (doc: unknown) => void }) {
  const [count, setCount] = useState(0);
  const [leftOut, setLeftOut] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const editor = useEditor({
    extensions,
    content: initial as object,
    immediatelyRender: false,
    editorProps: {
      attributes: { 'aria-label': '正文', 'aria-multiline': 'true', role: 'textbox', class: 'rte-content' },
      // Word and web pages: headings, lists and tables kept readable, pictures counted (lib/rich-text/paste.ts).
      transformPastedHTML: (html) => {
        const result = reshapePastedHtml(html, (text) => new DOMParser().parseFromString(text, 'text/html'));
        setLeftOut(result.droppedImages);
        return result.html;
      },
    },
    onCreate: ({ editor: e }) => setCount(countCharacters(e.getText())),
    onUpdate: ({ editor: e }) => {
      setCount(countCharacters(e.getText()));
      onChange(e.getJSON());
    },
  });
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e
        ? {
            h2: e.isActive('heading', { level: 2 }),
            h3: e.isActive('heading', { level: 3 }),
            bold: e.isActive('bold'),
            italic: e.isActive('italic'),
            bullet: e.isActive('bulletList'),
            ordered: e.isActive('orderedList'),
            quote: e.isActive('blockquote'),
            link: e.isActive('link'),
          }
        : null,
  });

  const setLink = () => {
    if (!editor) return;
    const previous = (editor.getAttributes('link').href as string | undefined) ?? '';
    const href = window.prompt('連結網址（http、https 或 mailto）', previous);
    if (href === null) return;
    if (href.trim() === '') editor.chain().focus().extendMarkRange('link').unsetLink().run();
    else if (/^(https?:|mailto:|\/)/i.test(href.trim())) editor.chain().focus().extendMarkRange('link').setLink({ href: href.trim() }).run();
    else window.alert('連結網址必須以 http://、https://、mailto: 或 / 開頭');
  };

  const button = (label: string, active: boolean | undefined, run: () => void) => (
    <button type="button" className="rte-button" aria-pressed={active ? 'true' : 'false'} onClick={run} disabled={!editor}>
      {label}
    </button>
  );

  return (
    <div className="rte" ref={root}>
      <div className="rte-toolbar" role="toolbar" aria-label="格式工具列">
        {button('小標題', state?.h2, () => editor?.chain().focus().toggleHeading({ level: 2 }).run())}
        {button('次標題', state?.h3, () => editor?.chain().focus().toggleHeading({ level: 3 }).run())}
        {button('粗體', state?.bold, () => editor?.chain().focus().toggleBold().run())}
        {button('斜體', state?.italic, () => editor?.chain().focus().toggleItalic().run())}
        {button('連結', state?.link, setLink)}
        {button('項目清單', state?.bullet, () => editor?.chain().focus().toggleBulletList().run())}
        {button('編號清單', state?.ordered, () => editor?.chain().focus().toggleOrderedList().run())}
        {button('引言', state?.quote, () => editor?.chain().focus().toggleBlockquote().run())}
        {button('分隔線', false, () => editor?.chain().focus().setHorizontalRule().run())}
        {button('復原', false, () => editor?.chain().focus().undo().run())}
        {button('重做', false, () => editor?.chain().focus().redo().run())}
      </div>
      <FigureInsert editor={editor} />
      {leftOut ? (
        <p className="rte-paste-note" role="status">
          貼上的內容有 {leftOut} 張圖片沒有帶入正文，請上傳後再插入。
          <button type="button" className="button" onClick={() => root.current?.querySelector<HTMLInputElement>('.rte-insert input[type="file"][accept^="image"]')?.click()}>
            上傳圖片補上
          </button>
          <button type="button" className="button" onClick={() => setLeftOut(0)}>
            知道了
          </button>
        </p>
      ) : null}
      <EditorContent editor={editor} />
      <p className="rte-count" aria-live="polite">
        正文字數：{count}
      </p>
    </div>
  );
}
