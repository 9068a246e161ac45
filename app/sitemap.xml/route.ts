import { articlePath } from '@/lib/reader/article-path';
import { loadSitemap } from '@/lib/reader/loaders';
import { siteOrigin } from '@/lib/reader/request';
import { renderSitemap, xmlHeaders } from '@/lib/reader/sitemaps';

export const dynamic = 'force-dynamic';

export async function GET() {
  const [data, origin] = await Promise.all([loadSitemap(), siteOrigin()]);
  const xml = renderSitemap([
    { loc: `${origin}/` },
    ...data.channels.map((slug) => ({ loc: `${origin}/channels/${slug}` })),
    { loc: `${origin}/topics` },
    ...data.topics.map((slug) => ({ loc: `${origin}/topics/${slug}` })),
    ...data.stories.map((s) => ({ loc: `${origin}${articlePath(s.id, s.slug)}`, lastModified: s.updatedAt > (s.publishedAt ?? s.updatedAt) ? s.updatedAt : s.publishedAt })),
  ]);
  return new Response(xml, { headers: xmlHeaders });
}
