// Clipboard HTML from Word or a web page, reshaped before the editor parses it. The editor has
// two heading levels, lists, no tables and no images of its own: left alone, h1 and h4 would
// become plain text, Word's lists (paragraphs with a typed-in marker) flat lines, a table's
// cells one run-on line and every photo would vanish without a word.

interface PasteResult {
  html: string;
  /** Pictures that were in the clipboard but cannot come along: they must be uploaded. */
  droppedImages: number;
}

const blank = /^[\s\u00a0\u3000\u200b]*$/;
const orderedMarker = /^[\s\u00a0]*(\(?[0-9０-９]+[.)、．）]|\(?[a-zA-Z][.)]|\(?[ivxIVX]+[.)]|[一二三四五六七八九十]+[、.．])/;

function isWordListParagraph(el: Element): boolean {
  return el.tagName === 'P' && (/MsoListParagraph/i.test(el.className) || /mso-list\s*:\s*l\d/i.test(el.getAttribute('style') ?? ''));
}

function rename(el: Element, tag: string): Element {
  const next = el.ownerDocument.createElement(tag);
  while (el.firstChild) next.appendChild(el.firstChild);
  el.replaceWith(next);
  return next;
}

/** A Word list paragraph's depth, from `mso-list:l0 level2 lfo1` (1 when unsaid). */
function wordListLevel(p: Element): number {
  const level = /mso-list\s*:[^;]*\blevel(\d+)/i.exec(p.getAttribute('style') ?? '');
  return level ? Number(level[1]) : 1;
}

/**
 * Word writes a list as paragraphs, each with its marker in a span ignored by Word itself and its
 * depth in the style (`level2`). Deeper items go into a list inside the item before them, so a
 * nested list stays nested instead of arriving flat.
 */
function rebuildWordLists(body: HTMLElement) {
  const items = Array.from(body.querySelectorAll('p')).filter(isWordListParagraph);
  // The open lists, outermost first, each with the Word level it holds.
  let open: { list: Element; level: number }[] = [];
  for (const p of items) {
    const doc = p.ownerDocument;
    const marker = p.querySelector('span[style*="mso-list:Ignore" i], span[style*="mso-list: Ignore" i]');
    const markerText = marker?.textContent ?? '';
    marker?.remove();
    const tag = orderedMarker.test(markerText) ? 'OL' : 'UL';
    const level = wordListLevel(p);
    // Anything between this paragraph and the last list (text, a table) ends that list.
    if (open[0] && p.previousElementSibling !== open[0].list) open = [];
    while (open.length && open[open.length - 1]!.level > level) open.pop();
    // The same depth with another kind of marker starts a new list beside the old one.
    if (open.length && open[open.length - 1]!.level === level && open[open.length - 1]!.list.tagName !== tag) open.pop();
    const top = open[open.length - 1];
    if (!top || top.level < level) {
      const list = doc.createElement(tag);
      const parentItem = top?.list.lastElementChild;
      if (parentItem) parentItem.appendChild(list);
      else p.before(list);
      open = parentItem ? [...open, { list, level }] : [{ list, level }];
    }
    const li = doc.createElement('li');
    const para = doc.createElement('p');
    while (p.firstChild) para.appendChild(p.firstChild);
    li.appendChild(para);
    open[open.length - 1]!.list.appendChild(li);
    p.remove();
  }
}

/** A table becomes one paragraph per row, its cells set apart by a full-width space. */
function flattenTables(body: HTMLElement) {
  const outer = Array.from(body.querySelectorAll('table')).filter((t) => !t.parentElement?.closest('table'));
  for (const table of outer) {
    const doc = table.ownerDocument;
    const rows = Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
    const lines = rows
      .map((tr) =>
        Array.from(tr.children)
          .filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH')
          .map((cell) => (cell.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim())
          .filter(Boolean)
          .join('　'),
      )
      .filter(Boolean);
    const caption = table.querySelector('caption')?.textContent?.trim();
    const fragment = doc.createDocumentFragment();
    for (const text of caption ? [caption, ...lines] : lines) {
      const p = doc.createElement('p');
      p.textContent = text;
      fragment.appendChild(p);
    }
    table.replaceWith(fragment);
  }
}

/** h1 and h2 become 小標題 (h2); h3 to h6 become 次標題 (h3). */
function mapHeadings(body: HTMLElement) {
  for (const h of Array.from(body.querySelectorAll('h1, h4, h5, h6'))) rename(h, h.tagName === 'H1' ? 'h2' : 'h3');
}

function removeImages(body: HTMLElement): number {
  const images = Array.from(body.querySelectorAll('img, picture'));
  let count = 0;
  for (const img of images) {
    if (img.tagName === 'IMG' && img.closest('picture')) continue; // counted once, with its picture
    count += 1;
    img.remove();
  }
  return count;
}

/** Paragraphs and headings with nothing in them but spaces or line breaks. */
function removeEmptyBlocks(body: HTMLElement) {
  for (const el of Array.from(body.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, div, blockquote, figure')).reverse()) {
    if (blank.test(el.textContent ?? '') && !el.querySelector('img, video, iframe, hr')) el.remove();
  }
}

/**
 * The pasted HTML the editor can take in as the writer meant it, and how many pictures were
 * left out. A copy from the editor itself (ProseMirror marks it data-pm-slice) is left alone.
 */
export function reshapePastedHtml(html: string, parse: (html: string) => Document): PasteResult {
  if (/data-pm-slice/.test(html)) return { html, droppedImages: 0 };
  const doc = parse(html);
  const body = doc.body;
  for (const junk of Array.from(body.querySelectorAll('style, script, meta, link, title'))) junk.remove();
  const droppedImages = removeImages(body);
  rebuildWordLists(body);
  flattenTables(body);
  mapHeadings(body);
  removeEmptyBlocks(body);
  return { html: body.innerHTML, droppedImages };
}
