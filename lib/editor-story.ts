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
    // The last save of any kind, 未發佈的修改 included: what 已儲存 in the editor reports.
    updatedAt: story.editedAt.toISOString(),
    fields: workingSnapshot(story),
    live: isLive(story.state) ? snapshotOf(story) : null,
    hasPending: story.pending !== null,
    photos: Object.fromEntries(story.gallery.map((g) => [g.mediaId, { fileKey: g.fileKey, width: g.width, height: g.height, focalX: g.focalX, focalY: g.focalY }])),
  };
}

/**
 * The 責編 choices for this story: the active editors, and the story's own 責編 if they have
 * since left, marked so, so the form shows who answers for the story rather than （未指定）.
 */
export function editorChoices(options: EditorOptions, story: Pick<EditorStory, 'fields' | 'editorName'> | null): EditorOptions['editors'] {
  const current = story?.fields.editorId ?? null;
  if (current === null || options.editors.some((e) => e.id === current)) return options.editors;
  return [...options.editors, { id: current, name: `${story?.editorName ?? `#${current}`}（已停用）` }];
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
