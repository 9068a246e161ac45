import type { MetadataRoute } from 'next';
import { siteOrigin } from '@/lib/reader/request';

// The origin comes from the request (or PUBLIC_URL), so this is answered per request.
export const dynamic = 'force-dynamic';

export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await siteOrigin();
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/dashboard', '/login', '/change-password', '/api/', '/search'] },
    sitemap: [`${origin}/sitemap.xml`, `${origin}/news-sitemap.xml`],
  };
}
