import type { ArticleViewData } from '@/lib/reader/article-data';
import type { EditableStory } from '@/db/queries/story-editing';

/** A story in any state as the article page would show it, for 預覽 and share links. */
export function previewData(story: EditableStory): ArticleViewData {
  return {
    title: story.title || '（無標題）',
    subtitle: story.subtitle,
    channel: story.channelSlug && story.channelName ? { slug: story.channelSlug, name: story.channelName } : null,
    publishedAt: story.publishedAt,
    sourceName: story.sourceName,
    isOriginal: story.isOriginal,
    editorName: story.editorName,
    gallery: story.gallery.map((g) => ({ position: g.position, fileKey: g.fileKey, caption: g.caption, alt: g.alt, credit: g.credit, width: g.width, height: g.height })),
    editorsNote: story.editorsNote,
    bodyHtml: story.bodyHtml,
    writerCredit: story.writerCredit,
    photosCredit: story.photosCredit,
    photographerCredit: story.photographerCredit,
    correction: story.correction,
    videoUrl: story.videoUrl,
  };
}
