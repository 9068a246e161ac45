import { describe, expect, it } from 'vitest';
import { documentFigures, documentFromBlocks, documentText, isSafeHref, sanitizeDocument } from './document';
import { type FigureMedia, type FigureMediaMap, renderDocumentHtml as renderChecked } from './render';

// As on save: whatever arrives is checked at the boundary, then rendered.
const renderDocumentHtml = (input: unknown, media?: FigureMediaMap) => renderChecked(sanitizeDocument(input).doc, media);

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });

describe('renderDocumentHtml', () => {
  it('renders headings, paragraphs, quotes and lists', () => {
    const html = renderDocumentHtml(
      documentFromBlocks([
        { type: 'h2', text: '小標題' },
        { type: 'p', text: '第一段。' },
        { type: 'quote', text: '引言' },
        { type: 'list', items: ['甲', '乙'] },
      ]),
    );
    expect(html).toBe('<h2>小標題</h2><p>第一段。</p><blockquote><p>引言</p></blockquote><ul><li><p>甲</p></li><li><p>乙</p></li></ul>');
  });

  it('escapes a <script> typed as text', () => {
    const html = renderDocumentHtml(doc(p({ type: 'text', text: '<script>alert(1)</script>' })));
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('drops a javascript: link but keeps its text', () => {
    const html = renderDocumentHtml(doc(p({ type: 'text', text: '點我', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] })));
    expect(html).toBe('<p>點我</p>');
  });

  it('renders a safe link with rel="noopener"', () => {
    const html = renderDocumentHtml(doc(p({ type: 'text', text: '官網', marks: [{ type: 'link', attrs: { href: 'https://example.org/a?b=1&c="2"' } }] })));
    expect(html).toContain('href="https://example.org/a?b=1&amp;c=&quot;2&quot;"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
  });

  it('drops unknown nodes and attributes that could carry script', () => {
    const html = renderDocumentHtml(
      doc({ type: 'iframe', attrs: { src: 'https://evil.example' } }, { type: 'paragraph', attrs: { onclick: 'x()', style: 'x' }, content: [{ type: 'text', text: '安全' }] }),
    );
    expect(html).toBe('<p>安全</p>');
  });

  it('renders an empty page for something that is not a document', () => {
    expect(renderDocumentHtml('<b>not json</b>')).toBe('<p></p>');
    expect(renderDocumentHtml(null)).toBe('<p></p>');
  });
});

describe('sanitizeDocument', () => {
  it('reports what it dropped', () => {
    const { problems } = sanitizeDocument(doc({ type: 'rawHtml', attrs: { html: '<img onerror>' } }));
    expect(problems).toEqual(['不支援的內容：rawHtml']);
  });

  it('refuses documents nested too deep', () => {
    let node: unknown = p({ type: 'text', text: '深' });
    for (let i = 0; i < 20; i++) node = { type: 'blockquote', content: [node] };
    expect(sanitizeDocument(doc(node)).problems).toContain('內容結構過大或過深');
  });
});

describe('isSafeHref', () => {
  it.each([
    ['https://news.example/a', true],
    ['mailto:desk@news.example', true],
    ['/articles/1', true],
    ['//evil.example', false],
    ['javascript:alert(1)', false],
    [' JavaScript:alert(1)', false],
    ['data:text/html,x', false],
  ])('%s → %s', (href, ok) => expect(isSafeHref(href)).toBe(ok));
});

describe('documentText', () => {
  it('joins blocks with newlines', () => {
    expect(documentText(documentFromBlocks([{ type: 'h2', text: '標題' }, { type: 'p', text: '內文' }]))).toBe('標題\n內文');
  });
});

const KEY = 'abcdefghij0123456789abcd.jpg';
const VIDEO = 'zyxwvutsrq0123456789zyxw.mp4';
const POSTER = 'pppppppppp0123456789pppp.png';
const photoMedia = (over: Partial<FigureMedia> = {}): FigureMedia => ({
  kind: 'image',
  width: 1200,
  height: 800,
  variants: [],
  placeholder: null,
  posterKey: null,
  posterWidth: null,
  ...over,
});
const photo = (attrs: Record<string, unknown>) => ({ type: 'photoFigure', attrs: { fileKey: KEY, caption: '', alt: '', credit: '', ...attrs } });

describe('inline figures', () => {
  it('renders a photo with AVIF/WebP renditions, its size, lazy loading and its caption', () => {
    const html = renderDocumentHtml(doc(photo({ caption: '河岸清晨', alt: '藍天下的河岸', credit: '記者 林書安' })), new Map([[KEY, photoMedia()]]));
    expect(html).toContain('<figure class="body-figure"><picture><source type="image/avif" srcset="/media/abcdefghij0123456789abcd_320.avif 320w');
    expect(html).toContain('<source type="image/webp"');
    expect(html).toContain('src="/media/abcdefghij0123456789abcd_960.jpg"');
    expect(html).toContain('width="1200" height="800" loading="lazy" decoding="async"');
    expect(html).toContain('alt="藍天下的河岸"');
    expect(html).toContain('<figcaption>河岸清晨<span class="photo-credit">記者 林書安</span></figcaption></figure>');
  });

  it('escapes captions, alt text and credits', () => {
    const html = renderDocumentHtml(
      doc(photo({ caption: '<script>alert(1)</script>', alt: '" onerror="alert(1)', credit: "<img src=x onerror='y'>" })),
      new Map([[KEY, photoMedia()]]),
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('alt="&quot; onerror=&quot;alert(1)"');
    expect(html).toContain('<figcaption>&lt;script&gt;alert(1)&lt;/script&gt;<span class="photo-credit">&lt;img src=x onerror=&#39;y&#39;&gt;</span></figcaption>');
  });

  it('leaves out a figure whose media is not in the library or is of another kind', () => {
    expect(renderDocumentHtml(doc(photo({ caption: '不見了' }), p({ type: 'text', text: '正文' })))).toBe('<p>正文</p>');
    expect(renderDocumentHtml(doc(photo({})), new Map([[KEY, photoMedia({ kind: 'video' })]]))).toBe('');
  });

  it('renders a video with its poster, loading nothing until played', () => {
    const html = renderDocumentHtml(
      doc({ type: 'videoFigure', attrs: { fileKey: VIDEO, caption: '現場<畫面>', credit: '' } }),
      new Map([[VIDEO, photoMedia({ kind: 'video', width: 640, height: 360, posterKey: POSTER, posterWidth: 1280 })]]),
    );
    expect(html).toBe(
      '<figure class="body-figure body-video"><video controls="" preload="none" poster="/media/pppppppppp0123456789pppp_960.jpg" src="/media/zyxwvutsrq0123456789zyxw.mp4" width="640" height="360" playsinline=""></video><figcaption>現場&lt;畫面&gt;</figcaption></figure>',
    );
  });

  it('serves an animated GIF as uploaded', () => {
    const gif = 'abcdefghij0123456789abcd.gif';
    const html = renderDocumentHtml(doc(photo({ fileKey: gif, alt: '動圖' })), new Map([[gif, photoMedia({ width: 300, height: 200 })]]));
    expect(html).toBe('<figure class="body-figure"><img src="/media/abcdefghij0123456789abcd.gif" alt="動圖" width="300" height="200" loading="lazy" decoding="async"></figure>');
  });
});

describe('sanitizeDocument and figures', () => {
  it('keeps a figure with its key and texts only', () => {
    const { doc: clean, problems } = sanitizeDocument(doc(photo({ caption: ' 說明 ', alt: '替代', credit: '來源', src: 'https://evil.example/x.jpg', onclick: 'x()' })));
    expect(problems).toEqual([]);
    expect(clean.content).toEqual([{ type: 'photoFigure', attrs: { fileKey: KEY, caption: '說明', alt: '替代', credit: '來源' } }]);
  });

  it.each([
    ['a URL', 'https://evil.example/a.jpg'],
    ['a path', '../../etc/passwd'],
    ['a rendition key', 'abcdefghij0123456789abcd_320.jpg'],
    ['a video key in a photo', VIDEO],
    ['not a string', 42],
  ])('drops a photo whose key is %s', (_what, fileKey) => {
    const { doc: clean, problems } = sanitizeDocument(doc(photo({ fileKey })));
    expect(clean.content).toEqual([{ type: 'paragraph', content: [] }]);
    expect(problems).toEqual(['正文中的圖片無效，請從圖庫重新插入']);
  });

  it('drops a video whose key names a photo', () => {
    expect(sanitizeDocument(doc({ type: 'videoFigure', attrs: { fileKey: KEY } })).problems).toEqual(['正文中的影片無效，請從圖庫重新插入']);
  });

  it('caps texts and says so', () => {
    const { doc: clean, problems } = sanitizeDocument(doc(photo({ caption: '字'.repeat(501), alt: 7, credit: ['x'] })));
    expect(problems).toEqual(['正文圖片的圖片說明不可超過 500 個字']);
    expect(clean.content?.[0]?.attrs).toEqual({ fileKey: KEY, caption: '字'.repeat(500), alt: '', credit: '' });
  });

  it('lists figures in reading order', () => {
    const { doc: clean } = sanitizeDocument(doc(photo({ alt: '一', caption: '說明' }), { type: 'blockquote', content: [{ type: 'videoFigure', attrs: { fileKey: VIDEO, caption: '影片' } }] }));
    expect(documentFigures(clean)).toEqual([
      { type: 'photoFigure', fileKey: KEY, alt: '一', caption: '說明' },
      { type: 'videoFigure', fileKey: VIDEO, alt: '', caption: '影片' },
    ]);
  });

  it('never turns an image from elsewhere into a figure', () => {
    const { doc: clean } = sanitizeDocument(doc({ type: 'image', attrs: { src: 'file:///C:/photo.jpg' } }, { type: 'figure', attrs: { src: 'https://cdn.example/x.jpg' } }));
    expect(documentFigures(clean)).toEqual([]);
  });
});
