import type { EditableStory } from '@/db/queries/story-editing';
import { snapshotOf, workingSnapshot } from '@/lib/story-snapshot';
import { isLive } from '@/lib/workflow';
import type { StoryFields } from '@/lib/schemas/story';

/** The choices the story form offers: channels, editors who may be 責編, topics. */
export interface EditorOptions {
  channels: { id: number; name: string; parentName: string | null }[];
  editors: { id: number; name: string }[];
  topics: { id: number; title: string }[];
}

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
  /** What the editor works on: a live story's pending version, or the story. */
  fields: StoryFields;
  /** A published or scheduled story: the version readers see (or will see), to compare against. */
  live: StoryFields | null;
  /** A live story has 未發佈的修改 saved. */
  hasPending: boolean;
  /** Per photo, what the gallery panel shows besides the editable texts. */
  photos: Record<number, { fileKey: string; width: number | null; height: number | null; focalX: number; focalY: number }>;
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
    updatedAt: (story.pendingAt && story.pendingAt > story.updatedAt ? story.pendingAt : story.updatedAt).toISOString(),
    fields: workingSnapshot(story),
    live: isLive(story.state) ? snapshotOf(story) : null,
    hasPending: story.pending !== null,
    photos: Object.fromEntries(story.gallery.map((g) => [g.mediaId, { fileKey: g.fileKey, width: g.width, height: g.height, focalX: g.focalX, focalY: g.focalY }])),
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
    slug: null,
    summary: null,
    topicIds: [],
    gallery: [],
  };
}
