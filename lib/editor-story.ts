import { type EditableStory, snapshotOf } from '@/db/queries/story-editing';
import type { StoryFields } from '@/lib/schemas/story';

/** What the story editor holds: plain, serialisable data sent between server and browser. */
export interface EditorStory {
  id: number;
  version: number;
  state: EditableStory['state'];
  authorId: number;
  authorName: string;
  editorName: string | null;
  publishedAt: string | null;
  updatedAt: string;
  fields: StoryFields;
  /** Per photo, what the gallery panel shows besides the editable texts. */
  photos: Record<number, { fileKey: string; width: number | null; height: number | null }>;
}

export function toEditorStory(story: EditableStory): EditorStory {
  return {
    id: story.id,
    version: story.version,
    state: story.state,
    authorId: story.authorId,
    authorName: story.authorName,
    editorName: story.editorName,
    publishedAt: story.publishedAt?.toISOString() ?? null,
    updatedAt: story.updatedAt.toISOString(),
    fields: snapshotOf(story),
    photos: Object.fromEntries(story.gallery.map((g) => [g.mediaId, { fileKey: g.fileKey, width: g.width, height: g.height }])),
  };
}

export function emptyStoryFields(sourceName: string): StoryFields {
  return {
    title: '',
    subtitle: null,
    channelId: null,
    sourceName,
    isOriginal: true,
    editorId: null,
    writerCredit: null,
    photosCredit: null,
    photographerCredit: null,
    editorsNote: null,
    body: { type: 'doc', content: [{ type: 'paragraph' }] },
    videoUrl: null,
    correction: null,
    topicIds: [],
    gallery: [],
  };
}
