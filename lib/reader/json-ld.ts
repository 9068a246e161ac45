import type { ArticleData } from './loaders';

/** A NewsArticle description of a story for search engines (schema.org). */
export function newsArticleJsonLd(story: ArticleData, site: { origin: string; siteName: string; url: string; imageUrls: string[]; logoUrl: string }) {
  const person = (name: string | null) => (name ? { '@type': 'Person', name } : undefined);
  const contributors = [...new Set([story.photosCredit, story.photographerCredit].filter((n): n is string => Boolean(n && n !== story.writerCredit)))];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.title,
    ...(story.subtitle ? { alternativeHeadline: story.subtitle } : {}),
    description: story.summary,
    datePublished: story.publishedAt.toISOString(),
    dateModified: story.updatedAt.toISOString(),
    mainEntityOfPage: site.url,
    url: site.url,
    image: site.imageUrls,
    ...(story.writerCredit ? { author: person(story.writerCredit) } : { author: { '@type': 'Organization', name: story.sourceName || site.siteName } }),
    ...(contributors.length ? { contributor: contributors.map(person) } : {}),
    ...(story.editorName ? { editor: person(story.editorName) } : {}),
    ...(!story.isOriginal && story.sourceName ? { sourceOrganization: { '@type': 'Organization', name: story.sourceName } } : {}),
    ...(story.channel ? { articleSection: story.channel.name } : {}),
    publisher: {
      '@type': 'Organization',
      name: site.siteName,
      url: site.origin,
      logo: { '@type': 'ImageObject', url: new URL(site.logoUrl, `${site.origin}/`).toString() },
    },
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so text can never close the tag. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
