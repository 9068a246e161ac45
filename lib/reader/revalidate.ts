import 'server-only';
import { revalidatePath } from 'next/cache';

// What a change readers can see must invalidate, called by the action in the same request.
// Reader pages render per request for now, so these clear everything; the reader issue
// narrows them to cache tags.

/** A story was published, changed while published, unpublished or deleted. */
export function revalidateStory(storyId: number): void {
  void storyId;
  revalidatePath('/', 'layout');
}

/** Site settings or the channel bar changed: every reader page shows them. */
export function revalidateSiteChrome(): void {
  revalidatePath('/', 'layout');
}

/** A topic changed (its stories, order, cover or visibility). */
export function revalidateTopic(slug: string): void {
  void slug;
  revalidatePath('/', 'layout');
}
