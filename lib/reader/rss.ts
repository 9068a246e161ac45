import type { FeedItem } from '@/db/queries/feeds';
import { articlePath } from './article-path';
import { summaryOf } from './summary';

/** Text safe inside an XML element or attribute. */
export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Characters XML 1.0 does not allow at all.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** A CDATA section; a `]]>` inside the text is split so it cannot end the section early. */
function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

interface FeedChannel {
  title: string;
  link: string;
  selfLink: string;
  description: string;
}

/** Feed readers do not resolve our media paths: body photos and videos get absolute addresses. */
function absoluteMedia(html: string, origin: string): string {
  return html.replace(/ (src|srcset|poster)="([^"]*)"/g, (_m, name: string, value: string) => ` ${name}="${value.replace(/(^|, )\/media\//g, `$1${origin}/media/`)}"`);
}

/** RSS 2.0 with the full text (content:encoded), a summary, the lead photo and the 責編. */
export function renderRss(channel: FeedChannel, items: FeedItem[], origin: string, mediaPath: (fileKey: string) => string): string {
  const lastBuild = items[0]?.publishedAt ?? new Date(0);
  const entries = items.map((item) => {
    const link = `${origin}${articlePath(item.id, item.slug)}`;
    const title = item.subtitle ? `${item.title}——${item.subtitle}` : item.title;
    const image = item.leadFileKey
      ? `\n      <enclosure url="${xmlEscape(origin + mediaPath(item.leadFileKey))}" length="${item.leadSize ?? 0}" type="${xmlEscape(item.leadMimeType ?? 'image/jpeg')}"/>`
      : '';
    return `    <item>
      <title>${xmlEscape(title)}</title>
      <link>${xmlEscape(link)}</link>
      <guid isPermaLink="true">${xmlEscape(link)}</guid>
      <pubDate>${(item.publishedAt ?? new Date(0)).toUTCString()}</pubDate>${item.channelName ? `\n      <category>${xmlEscape(item.channelName)}</category>` : ''}${item.writerCredit ? `\n      <dc:creator>${xmlEscape(item.writerCredit)}</dc:creator>` : ''}
      <description>${xmlEscape(summaryOf(item.summary, 160))}</description>
      <content:encoded>${cdata(absoluteMedia(item.bodyHtml, origin))}</content:encoded>${image}
    </item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${xmlEscape(channel.title)}</title>
    <link>${xmlEscape(channel.link)}</link>
    <description>${xmlEscape(channel.description)}</description>
    <language>zh-Hant</language>
    <lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>
    <atom:link href="${xmlEscape(channel.selfLink)}" rel="self" type="application/rss+xml"/>
${entries.join('\n')}
  </channel>
</rss>
`;
}
