import 'server-only';
import { revalidateTag } from 'next/cache';
import { chromeTag, storiesTag, storyTag, topicTag, topicsTag } from './cache-tags';
import { refreshFrontCache, storyPaths } from './front-cache';

// What a change readers can see must invalidate, called by the action in the same request.
// `expire: 0`: the next reader gets fresh data (a published story is on the front page at once),
// never a stale copy while it refreshes.
const now = { expire: 0 };

/** A story was published, changed while published, unpublished or deleted. */
export function revalidateStory(storyId: number): void {
  revalidateTag(storyTag(storyId), now);
  // Lists, feeds, sitemaps, related stories and topic pages show it too.
  revalidateTag(storiesTag, now);
  refreshFrontCache(storyPaths(storyId));
}

/** Site settings or the channel bar changed: every reader page shows them. */
export function revalidateSiteChrome(): void {
  revalidateTag(chromeTag, now);
}

/** A topic changed (its stories, order, cover or visibility). */
export function revalidateTopic(slug: string): void {
  revalidateTag(topicTag(slug), now);
  revalidateTag(topicsTag, now);
}
