import { xmlEscape } from './rss';

/** A sitemap (sitemaps.org) of absolute URLs with optional last-modified times. */
export function renderSitemap(urls: { loc: string; lastModified?: Date | null }[]): string {
  const entries = urls.map(
    (u) => `  <url><loc>${xmlEscape(u.loc)}</loc>${u.lastModified ? `<lastmod>${u.lastModified.toISOString()}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}

/** A Google News sitemap: each story with its publication, language, date and title. */
export function renderNewsSitemap(siteName: string, items: { loc: string; title: string; publishedAt: Date }[]): string {
  const entries = items.map(
    (i) => `  <url>
    <loc>${xmlEscape(i.loc)}</loc>
    <news:news>
      <news:publication><news:name>${xmlEscape(siteName)}</news:name><news:language>zh-tw</news:language></news:publication>
      <news:publication_date>${i.publishedAt.toISOString()}</news:publication_date>
      <news:title>${xmlEscape(i.title)}</news:title>
    </news:news>
  </url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}

export const xmlHeaders = { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' };
