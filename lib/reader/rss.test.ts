import { describe, expect, it } from 'vitest';
import type { FeedItem } from '@/db/queries/feeds';
import { renderRss, xmlEscape } from './rss';
import { renderNewsSitemap } from './sitemaps';

const item: FeedItem = {
  id: 7,
  slug: null,
  title: '冰雪節 <開幕> & "夜市"',
  subtitle: null,
  publishedAt: new Date('2026-01-02T03:04:05Z'),
  updatedAt: new Date('2026-01-02T03:04:05Z'),
  bodyHtml: '<p>正文]]>還在</p>',
  summary: '摘要\u0001',
  sourceName: '本網',
  writerCredit: '李文博',
  editorName: '周敏華',
  channelName: '要聞',
  leadFileKey: 'abc.jpg',
  leadMimeType: 'image/jpeg',
  leadSize: 1234,
};

describe('renderRss', () => {
  const xml = renderRss({ title: '北國新聞網', link: 'https://news.example/', selfLink: 'https://news.example/feed.xml', description: '最新' }, [item], 'https://news.example', (k) => `/media/${k}`);

  it('escapes text and keeps a CDATA body whole', () => {
    expect(xml).toContain('<title>冰雪節 &lt;開幕&gt; &amp; &quot;夜市&quot;</title>');
    expect(xml).toContain('<content:encoded><![CDATA[<p>正文]]]]><![CDATA[>還在</p>]]></content:encoded>');
    expect(xml).toContain('<description>摘要</description>');
  });

  it('links the story, its date in RFC 822 and the lead photo as an enclosure', () => {
    expect(xml).toContain('<link>https://news.example/articles/7</link>');
    expect(xml).toContain('<pubDate>Fri, 02 Jan 2026 03:04:05 GMT</pubDate>');
    expect(xml).toContain('<enclosure url="https://news.example/media/abc.jpg" length="1234" type="image/jpeg"/>');
  });
});

describe('renderRss with figures in the body', () => {
  it('gives body media absolute addresses and leaves text alone', () => {
    const body =
      '<p>見 /media/ 說明</p><figure><picture><source type="image/webp" srcset="/media/a_320.webp 320w, /media/a_640.webp 640w"><img alt="/media/x" src="/media/a_960.jpg"></picture></figure><video poster="/media/p_960.jpg" src="/media/v.mp4"></video>';
    const xml = renderRss({ title: 't', link: 'https://news.example/', selfLink: 'https://news.example/feed.xml', description: 'd' }, [{ ...item, bodyHtml: body }], 'https://news.example', (k) => `/media/${k}`);
    expect(xml).toContain(
      '<p>見 /media/ 說明</p><figure><picture><source type="image/webp" srcset="https://news.example/media/a_320.webp 320w, https://news.example/media/a_640.webp 640w"><img alt="/media/x" src="https://news.example/media/a_960.jpg"></picture></figure><video poster="https://news.example/media/p_960.jpg" src="https://news.example/media/v.mp4"></video>',
    );
  });
});

describe('xml text', () => {
  it('drops characters XML cannot hold', () => expect(xmlEscape('a\u0000b\u000Bc')).toBe('abc'));

  it('puts each story in the news sitemap with its publication', () => {
    const xml = renderNewsSitemap('北國&新聞', [{ loc: 'https://news.example/articles/1', title: '標題', publishedAt: new Date('2026-01-01T00:00:00Z') }]);
    expect(xml).toContain('<news:name>北國&amp;新聞</news:name>');
    expect(xml).toContain('<news:publication_date>2026-01-01T00:00:00.000Z</news:publication_date>');
  });
});
