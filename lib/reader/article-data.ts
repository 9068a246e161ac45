import type { StoryTeaser } from '@/db/queries/stories';

// The shapes reader components draw, declared apart from the loaders so a component (and the
// browser bundle) never reaches the query layer for a type.

/** A story card as reader pages list it, already in the reader's script. */
export type Teaser = Omit<StoryTeaser, 'channelId' | 'sourceName' | 'isOriginal'>;

export interface GalleryPhoto {
  position: number;
  fileKey: string;
  caption: string;
  alt: string;
  credit: string;
  width: number | null;
  height: number | null;
  /** A tiny blurred preview (data URL) shown while the photo loads. */
  placeholder?: string | null;
}

/** Everything an article page shows about a story, as plain data (a draft preview uses it too). */
export interface ArticleViewData {
  title: string;
  subtitle: string | null;
  channel: { slug: string; name: string } | null;
  publishedAt: Date | null;
  sourceName: string;
  isOriginal: boolean;
  editorName: string | null;
  gallery: GalleryPhoto[];
  editorsNote: string | null;
  /** Safe HTML rendered on save by lib/rich-text (allow-list, escaped): never raw stored input. */
  bodyHtml: string;
  writerCredit: string | null;
  photosCredit: string | null;
  photographerCredit: string | null;
  correction: string | null;
  videoUrl: string | null;
}
