/**
 * Stored story bodies are tiptap JSON. Everything that reaches a reader passes through
 * `sanitizeDocument`, which rebuilds the tree from an allow-list of node types, mark types,
 * attributes and URL schemes; anything else is dropped and reported.
 */
interface RichMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface RichNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichNode[];
  marks?: RichMark[];
  text?: string;
}

declare const checked: unique symbol;

/**
 * A story body that came out of `sanitizeDocument` (or was built from allowed parts only): the
 * only type the save path, the renderer and the stored column accept. Made nowhere else, so a
 * value of this type has been checked once, at the boundary.
 */
export type StoryDocument = RichNode & { readonly [checked]: true };

/** A photo or video from the media library inside the body (tiptap nodes in figure-nodes.ts). */
export const PHOTO_FIGURE = 'photoFigure';
export const VIDEO_FIGURE = 'videoFigure';
export const FIGURE_TEXT_LIMITS = { caption: 500, alt: 300, credit: 100 } as const;
/** An original's key in the media store: 24 random characters and the file's extension. */
export const PHOTO_KEY = /^[a-z0-9]{24}\.(jpg|png|webp|avif|gif)$/;
export const VIDEO_KEY = /^[a-z0-9]{24}\.(mp4|webm)$/;

const MAX_DEPTH = 12;
const MAX_NODES = 20_000;

const blockContainers = new Set(['doc', 'blockquote', 'listItem']);
const leafBlocks = new Set(['paragraph', 'heading']);
const lists = new Set(['bulletList', 'orderedList']);
const atoms = new Set(['horizontalRule', 'hardBreak']);
const markTypes = new Set(['bold', 'italic', 'strike', 'code', 'link']);

/** http, https, mailto, or a path on this site; never javascript:, data: or protocol-relative. */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string' || href.length === 0 || href.length > 2000) return false;
  const trimmed = href.trim();
  if (trimmed.startsWith('/')) return !trimmed.startsWith('//') && !trimmed.startsWith('/\\');
  if (trimmed.startsWith('#')) return true;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:';
  } catch {
    return false;
  }
}

function cleanMarks(marks: unknown, problems: string[]): RichMark[] | undefined {
  if (!Array.isArray(marks)) return undefined;
  const out: RichMark[] = [];
  for (const mark of marks) {
    const type = (mark as RichMark)?.type;
    if (typeof type !== 'string' || !markTypes.has(type)) {
      problems.push(`不支援的格式：${String(type).slice(0, 40)}`);
      continue;
    }
    if (type === 'link') {
      const href = (mark as RichMark).attrs?.href;
      if (!isSafeHref(href)) {
        problems.push('連結網址不安全或無效');
        continue;
      }
      out.push({ type, attrs: { href: href.trim() } });
    } else {
      out.push({ type });
    }
  }
  return out.length ? out : undefined;
}

/** A figure keeps its media key (checked for form here, for existence on save) and capped texts. */
function cleanFigure(type: typeof PHOTO_FIGURE | typeof VIDEO_FIGURE, attrs: Record<string, unknown> | undefined, problems: string[]): RichNode | null {
  const photo = type === PHOTO_FIGURE;
  const fileKey = attrs?.fileKey;
  if (typeof fileKey !== 'string' || !(photo ? PHOTO_KEY : VIDEO_KEY).test(fileKey)) {
    problems.push(photo ? '正文中的圖片無效，請從圖庫重新插入' : '正文中的影片無效，請從圖庫重新插入');
    return null;
  }
  const textOf = (name: keyof typeof FIGURE_TEXT_LIMITS, label: string) => {
    const value = attrs?.[name];
    const text = typeof value === 'string' ? value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim() : '';
    const limit = FIGURE_TEXT_LIMITS[name];
    if ([...text].length > limit) {
      problems.push(`正文圖片的${label}不可超過 ${limit} 個字`);
      return [...text].slice(0, limit).join('');
    }
    return text;
  };
  const caption = textOf('caption', '圖片說明');
  const credit = textOf('credit', '圖片來源');
  return photo ? { type, attrs: { fileKey, caption, alt: textOf('alt', '替代文字'), credit } } : { type, attrs: { fileKey, caption, credit } };
}

function cleanNode(node: unknown, depth: number, budget: { nodes: number }, problems: string[]): RichNode | null {
  if (typeof node !== 'object' || node === null) return null;
  if (--budget.nodes < 0 || depth > MAX_DEPTH) {
    problems.push('內容結構過大或過深');
    return null;
  }
  const { type, attrs, content, text, marks } = node as RichNode;
  if (type === 'text') {
    if (typeof text !== 'string' || text.length === 0) return null;
    return { type, text, ...(cleanMarks(marks, problems) ? { marks: cleanMarks(marks, []) } : {}) };
  }
  const children = () =>
    (Array.isArray(content) ? content : [])
      .map((child) => cleanNode(child, depth + 1, budget, problems))
      .filter((c): c is RichNode => c !== null);
  if (type === 'heading') {
    const level = Number(attrs?.level);
    return { type, attrs: { level: level === 3 || level === 4 ? level : 2 }, content: children().filter((c) => c.type === 'text' || c.type === 'hardBreak') };
  }
  if (typeof type === 'string' && leafBlocks.has(type)) {
    return { type, content: children().filter((c) => c.type === 'text' || c.type === 'hardBreak') };
  }
  if (typeof type === 'string' && lists.has(type)) {
    const items = children().filter((c) => c.type === 'listItem');
    const start = Number(attrs?.start);
    return type === 'orderedList' && Number.isInteger(start) && start > 1 ? { type, attrs: { start }, content: items } : { type, content: items };
  }
  if (typeof type === 'string' && blockContainers.has(type)) {
    const blocks = children().filter((c) => c.type !== 'text' && c.type !== 'hardBreak' && c.type !== 'listItem');
    return { type, content: blocks.length ? blocks : [{ type: 'paragraph', content: [] }] };
  }
  if (typeof type === 'string' && atoms.has(type)) return { type };
  if (type === PHOTO_FIGURE || type === VIDEO_FIGURE) return cleanFigure(type, attrs, problems);
  problems.push(`不支援的內容：${String(type).slice(0, 40)}`);
  return null;
}

/** Rebuilds a document from allowed parts only; `problems` says what was dropped. */
export function sanitizeDocument(input: unknown): { doc: StoryDocument; problems: string[] } {
  const problems: string[] = [];
  const root = cleanNode(input, 0, { nodes: MAX_NODES }, problems);
  if (!root || root.type !== 'doc') {
    if (!problems.length) problems.push('正文不是有效的文件');
    const empty: RichNode = { type: 'doc', content: [{ type: 'paragraph', content: [] }] };
    return { doc: empty as StoryDocument, problems };
  }
  return { doc: root as StoryDocument, problems };
}

/** Plain text of a document, paragraphs joined by newlines: for search and character counts. */
export function documentText(doc: RichNode): string {
  const parts: string[] = [];
  const walk = (node: RichNode) => {
    if (node.type === 'text') parts.push(node.text ?? '');
    else if (node.type === 'hardBreak') parts.push('\n');
    node.content?.forEach(walk);
    if (leafBlocks.has(node.type)) parts.push('\n');
  };
  walk(doc);
  return parts.join('').replace(/\n{2,}/g, '\n').trim();
}

interface FigureUse {
  type: typeof PHOTO_FIGURE | typeof VIDEO_FIGURE;
  fileKey: string;
  alt: string;
  caption: string;
}

/** The figures in a (sanitised) document, in reading order. */
export function documentFigures(doc: RichNode): FigureUse[] {
  const out: FigureUse[] = [];
  const walk = (node: RichNode) => {
    if ((node.type === PHOTO_FIGURE || node.type === VIDEO_FIGURE) && typeof node.attrs?.fileKey === 'string') {
      const text = (name: string) => (typeof node.attrs?.[name] === 'string' ? node.attrs[name] : '');
      out.push({ type: node.type, fileKey: node.attrs.fileKey, alt: text('alt'), caption: text('caption') });
    }
    node.content?.forEach(walk);
  };
  walk(doc);
  return out;
}

type SimpleBlock =
  | { type: 'p' | 'h2' | 'h3' | 'quote'; text: string }
  | { type: 'list'; items: string[] };

/** Builds a document from simple blocks (demo content, tests): allowed parts only, so already checked. */
export function documentFromBlocks(blocks: SimpleBlock[]): StoryDocument {
  const paragraph = (text: string): RichNode => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] });
  return {
    type: 'doc',
    content: blocks.map((b): RichNode => {
      switch (b.type) {
        case 'p':
          return paragraph(b.text);
        case 'h2':
        case 'h3':
          return { type: 'heading', attrs: { level: b.type === 'h2' ? 2 : 3 }, content: [{ type: 'text', text: b.text }] };
        case 'quote':
          return { type: 'blockquote', content: [paragraph(b.text)] };
        case 'list':
          return { type: 'bulletList', content: b.items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })) };
      }
    }),
  } as StoryDocument;
}
