import { articlePath } from '@/lib/reader/article-path';
import { loadNewsSitemap } from '@/lib/reader/loaders';
import { siteOrigin } from '@/lib/reader/request';
import { renderNewsSitemap, xmlHeaders } from '@/lib/reader/sitemaps';

export const dynamic = 'force-dynamic';

export async function GET() {
  const [data, origin] = await Promise.all([loadNewsSitemap(), siteOrigin()]);
  const xml = renderNewsSitemap(
    data.siteName,
    data.items.filter((i) => i.publishedAt).map((i) => ({ loc: `${origin}${articlePath(i.id, i.slug)}`, title: i.title, publishedAt: i.publishedAt! })),
  );
  return new Response(xml, { headers: xmlHeaders });
}
