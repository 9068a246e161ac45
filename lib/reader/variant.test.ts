import { describe, expect, it } from 'vitest';
import { htmlInScript, inScript } from './in-script';
import { alternatesFor, hrefIn, splitVariantPath } from './variant';

describe('splitVariantPath', () => {
  it.each([
    ['/zh-hans/articles/1', 'hans', '/articles/1'],
    ['/zh-hant', 'hant', '/'],
    ['/zh-hansx/articles/1', null, '/zh-hansx/articles/1'],
    ['/articles/1', null, '/articles/1'],
  ])('%s', (path, variant, rest) => expect(splitVariantPath(path)).toEqual({ variant, path: rest }));
});

describe('links and alternates', () => {
  it('keeps an explicit prefix on links, none on the default address', () => {
    expect(hrefIn({ variant: 'hans', explicit: true }, '/channels/a')).toBe('/zh-hans/channels/a');
    expect(hrefIn({ variant: 'hans', explicit: true }, '/')).toBe('/zh-hans');
    expect(hrefIn({ variant: 'hant', explicit: false }, '/channels/a')).toBe('/channels/a');
  });

  it('joins both scripts with hreflang; the default script is canonical without a prefix', () => {
    expect(alternatesFor({ variant: 'hans', explicit: true, defaultVariant: 'hant' }, '/articles/1')).toEqual({
      canonical: '/zh-hans/articles/1',
      languages: { 'zh-Hant': '/articles/1', 'zh-Hans': '/zh-hans/articles/1', 'x-default': '/articles/1' },
    });
    expect(alternatesFor({ variant: 'hant', explicit: true, defaultVariant: 'hant' }, '/').canonical).toBe('/');
  });
});

describe('conversion to 简体', () => {
  it('converts text and leaves 繁體 alone', () => {
    expect(inScript('hans', '長春國際汽車城')).toBe('长春国际汽车城');
    expect(inScript('hant', '長春')).toBe('長春');
    expect(inScript('hans', null)).toBeNull();
  });

  it('converts only the text of HTML, never tags, attributes or URLs', () => {
    const html = '<p>走進<a href="https://example.org/長春?q=國際" rel="noopener">長春國際</a>汽車城</p><h2 title="標題">記憶體</h2>';
    expect(htmlInScript('hans', html)).toBe('<p>走进<a href="https://example.org/長春?q=國際" rel="noopener">长春国际</a>汽车城</p><h2 title="標題">内存</h2>');
    expect(htmlInScript('hans', '<p>&lt;長&gt; &amp; 春</p>')).toBe('<p>&lt;长&gt; &amp; 春</p>');
    expect(htmlInScript('hant', html)).toBe(html);
  });

  it('converts the alt text of photos in the body, not their addresses', () => {
    const html = '<figure class="body-figure"><img alt="長春&quot;國際&quot;" src="/media/abc_960.jpg" title="長春"><figcaption>長春</figcaption></figure>';
    expect(htmlInScript('hans', html)).toBe('<figure class="body-figure"><img alt="长春&quot;国际&quot;" src="/media/abc_960.jpg" title="長春"><figcaption>长春</figcaption></figure>');
  });
});
