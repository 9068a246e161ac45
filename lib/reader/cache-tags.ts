// Cache tags of reader data. A loader declares the tags of what it read; lib/reader/revalidate.ts
// invalidates them when that changes.

/** Any list of stories (front page, channels, feeds, sitemaps, search, related). */
export const storiesTag = 'reader:stories';
/** One story's article page. */
export const storyTag = (id: number) => `reader:story:${id}`;
/** Channel bar and site settings: every reader page shows them. */
export const chromeTag = 'reader:chrome';
/** The topics list and every topic page. */
export const topicsTag = 'reader:topics';
export const topicTag = (slug: string) => `reader:topic:${slug}`;
