import type { CheckedStoryFields } from '@/lib/schemas/story';

/** The snapshot kept in a revision and compared in the history: the editable fields. */
export type StorySnapshot = CheckedStoryFields;

/** The editable fields of a loaded story and nothing else (its gallery rows may carry more): what a revision keeps. */
export function snapshotOf(story: StorySnapshot): StorySnapshot {
  return {
    title: story.title,
    subtitle: story.subtitle,
    channelId: story.channelId,
    sourceName: story.sourceName,
    isOriginal: story.isOriginal,
    editorId: story.editorId,
    writerCredit: story.writerCredit,
    photosCredit: story.photosCredit,
    photographerCredit: story.photographerCredit,
    editorsNote: story.editorsNote,
    body: story.body,
    videoUrl: story.videoUrl,
    correction: story.correction,
    slug: story.slug ?? null,
    summary: story.summary ?? null,
    topicIds: story.topicIds,
    gallery: story.gallery.map(({ mediaId, caption, alt, credit }) => ({ mediaId, caption, alt, credit })),
  };
}

/** What the editor works on: a live story's pending version when it has one (with the live 責編), else the story. */
export function workingSnapshot(story: StorySnapshot & { pending: CheckedStoryFields | null }): StorySnapshot {
  // A pending version saved before 網址代稱 and 摘要 existed lacks them.
  return story.pending ? { slug: null, summary: null, ...story.pending, editorId: story.editorId } : snapshotOf(story);
}
