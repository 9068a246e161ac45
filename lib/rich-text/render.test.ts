import { describe, expect, it } from 'vitest';
import { documentFromBlocks, documentText, isSafeHref, sanitizeDocument } from './document';
import { renderDocumentHtml } from './render';

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
