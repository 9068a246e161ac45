import { type SQL, and, desc, eq, ilike, inArray, lt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '@/lib/permissions';
import type { FigureMedia } from '@/lib/rich-text/figure-html';
import { RuleError } from '@/lib/errors';
import type { Db } from '../client';
import { type Media, type StoryState, media, staff, stories, storyMedia, topics } from '../schema';
import { recordAudit } from './audit';
import { readableBy } from './story-access';

export type NewMedia = typeof media.$inferInsert;

const originalExtensions = ['jpg', 'png', 'webp', 'avif', 'gif', 'mp4', 'webm'];

/**
 * Stores a media row with its audit entry; the same bytes (hash) are stored once: when they
 * are already here (even if another upload won a race a moment ago) the existing row is returned.
 */
export async function createMedia(db: Db, input: NewMedia): Promise<{ item: Media; duplicate: boolean }> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(media).values(input).onConflictDoNothing({ target: media.hash }).returning();
    if (!row) {
      const [existing] = await tx.select().from(media).where(eq(media.hash, input.hash));
      if (!existing) throw new Error(`media with hash ${input.hash} vanished during insert`);
      return { item: existing, duplicate: true };
    }
    await recordAudit(tx, {
      actorId: row.uploadedBy,
      action: 'media.upload',
      subjectType: 'media',
      subjectId: row.id,
      after: { fileKey: row.fileKey, kind: row.kind, mimeType: row.mimeType, size: row.size, originalName: row.originalName },
    });
    return { item: row, duplicate: false };
  });
}

export async function findMediaByHash(db: Db, hash: string): Promise<Media | undefined> {
  const [row] = await db.select().from(media).where(eq(media.hash, hash));
  return row;
}

export async function getMediaByKey(db: Db, fileKey: string): Promise<Media | undefined> {
  const [row] = await db.select().from(media).where(eq(media.fileKey, fileKey));
  return row;
}

/** The original whose key starts with `stem` (the random part shared by its renditions). */
export async function getMediaByStem(db: Db, stem: string): Promise<Media | undefined> {
  const [row] = await db
    .select()
    .from(media)
    .where(inArray(media.fileKey, originalExtensions.map((ext) => `${stem}.${ext}`)));
  return row;
}

export async function getMediaById(db: Db, id: number) {
  const [row] = await db
    .select({ item: media, uploaderName: staff.name })
    .from(media)
    .leftJoin(staff, eq(staff.id, media.uploadedBy))
    .where(eq(media.id, id));
  return row ? { ...row.item, uploaderName: row.uploaderName } : undefined;
}

interface MediaFilter {
  q?: string;
  kind?: 'image' | 'video';
  uploaderId?: number;
  /** Show items older than this id (the last one on the previous page). */
  before?: number;
  limit: number;
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The library, newest first, keyset-paged on id (ids only grow, so they order like the upload
 * time without the timestamp's precision troubles); searched in caption, alt, credit and file name.
 */
export async function listMedia(db: Db, filter: MediaFilter) {
  const q = filter.q?.trim();
  const pattern = q ? likePattern(q) : undefined;
  const rows = await db
    .select({
      id: media.id,
      fileKey: media.fileKey,
      kind: media.kind,
      mimeType: media.mimeType,
      width: media.width,
      height: media.height,
      alt: media.alt,
      caption: media.caption,
      credit: media.credit,
      originalName: media.originalName,
      placeholder: media.placeholder,
      posterKey: sql<string | null>`(select p.file_key from ${media} p where p.id = ${media.posterId})`,
      uploaderName: staff.name,
      createdAt: media.createdAt,
    })
    .from(media)
    .leftJoin(staff, eq(staff.id, media.uploadedBy))
    .where(
      and(
        pattern
          ? or(ilike(media.caption, pattern), ilike(media.alt, pattern), ilike(media.credit, pattern), ilike(media.originalName, pattern))
          : undefined,
        filter.kind ? eq(media.kind, filter.kind) : undefined,
        filter.uploaderId ? eq(media.uploadedBy, filter.uploaderId) : undefined,
        filter.before ? lt(media.id, filter.before) : undefined,
      ),
    )
    .orderBy(desc(media.id))
    .limit(filter.limit + 1);
  const items = rows.slice(0, filter.limit);
  return { items, nextBefore: rows.length > filter.limit ? items.at(-1)?.id : undefined };
}

/** Everyone who has uploaded something, for the library's uploader filter. */
export function listUploaders(db: Db) {
  return db
    .selectDistinct({ id: staff.id, name: staff.name })
    .from(staff)
    .innerJoin(media, eq(media.uploadedBy, staff.id))
    .orderBy(staff.name);
}

/**
 * The library rows that figures in a story body name, keyed by file key, with what the reader
 * page needs (size, renditions, a video's poster). Keys not in the library are simply absent.
 */
export async function getFigureMedia(db: Db, fileKeys: string[]): Promise<Map<string, FigureMedia>> {
  const keys = [...new Set(fileKeys)];
  if (!keys.length) return new Map();
  const poster = alias(media, 'poster');
  const rows = await db
    .select({
      fileKey: media.fileKey,
      kind: media.kind,
      width: media.width,
      height: media.height,
      variants: media.variants,
      placeholder: media.placeholder,
      posterKey: poster.fileKey,
      posterWidth: poster.width,
    })
    .from(media)
    .leftJoin(poster, eq(poster.id, media.posterId))
    .where(inArray(media.fileKey, keys));
  return new Map(rows.map(({ fileKey, ...item }) => [fileKey, item]));
}

interface MediaUses {
  /** The stories using the item that the asking person may read. */
  stories: { id: number; title: string; state: StoryState }[];
  /** How many other stories use it: counted, never named (another reporter's drafts). */
  hiddenStories: number;
  topics: { id: number; title: string }[];
  videos: { id: number; originalName: string }[];
}

/**
 * Where an item appears: story galleries, figures in story bodies (the current text of each
 * story and a live story's pending changes; older revisions are not searched), topic covers, and
 * videos using it as their poster. Stories `actor` may not read are only counted.
 */
/**
 * The stories that use a library item: in the gallery or as a figure in the body, in the
 * published columns or in a live story's pending changes (更新已發佈稿件 would publish them).
 * A condition on `stories`, for the media page's list and the story list's photo filter.
 */
export function storyUsesMedia(mediaId: number): SQL {
  // Only sanitised figures carry a fileKey attribute, so any such value in the body is a figure.
  const key = sql`jsonb_build_object('key', (select m.file_key from ${media} m where m.id = ${mediaId}))`;
  return sql`(exists (select 1 from ${storyMedia} sm where sm.story_id = ${stories.id} and sm.media_id = ${mediaId})
    or jsonb_path_exists(${stories.body}, 'strict $.**.fileKey ? (@ == $key)', ${key})
    or coalesce(jsonb_path_exists(${stories.pending}, 'strict $.body.**.fileKey ? (@ == $key)', ${key}), false)
    or coalesce(jsonb_path_exists(${stories.pending}, 'strict $.gallery[*].mediaId ? (@ == $id)', jsonb_build_object('id', ${mediaId}::int)), false))`;
}

/** Published stories using the item, whoever may edit them: their reader pages show it. */
export async function listPublishedStoryIdsUsingMedia(db: Db, mediaId: number): Promise<number[]> {
  const rows = await db.select({ id: stories.id }).from(stories).where(and(eq(stories.state, 'published'), storyUsesMedia(mediaId)));
  return rows.map((r) => r.id);
}

/** 焦點: where a photo is cropped around, in percent from the left and the top; audited. */
export async function setMediaFocus(db: Db, input: { id: number; focalX: number; focalY: number; actorId: number }): Promise<Media | undefined> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(media).where(eq(media.id, input.id)).for('update');
    if (!before) return undefined;
    if (before.kind !== 'image') throw new RuleError('invalid', 'not_an_image', '只有圖片可以設定焦點');
    const [row] = await tx.update(media).set({ focalX: input.focalX, focalY: input.focalY }).where(eq(media.id, input.id)).returning();
    await recordAudit(tx, {
      actorId: input.actorId,
      action: 'media.focus',
      subjectType: 'media',
      subjectId: input.id,
      before: { focalX: before.focalX, focalY: before.focalY },
      after: { focalX: input.focalX, focalY: input.focalY },
    });
    return row;
  });
}

export async function listMediaUses(db: Db, input: { mediaId: number; actor: Actor }): Promise<MediaUses> {
  const { mediaId, actor } = input;
  const storyColumns = { id: stories.id, title: stories.title, state: stories.state, readable: sql<boolean>`(${readableBy(actor)})` };
  const [storyRows, topicRows, videoRows] = await Promise.all([
    db.select(storyColumns).from(stories).where(storyUsesMedia(mediaId)),
    db.select({ id: topics.id, title: topics.title }).from(topics).where(eq(topics.coverMediaId, mediaId)),
    db.select({ id: media.id, originalName: media.originalName }).from(media).where(eq(media.posterId, mediaId)),
  ]);
  const all = storyRows.sort((a, b) => b.id - a.id);
  return {
    stories: all.filter((s) => s.readable).map(({ id, title, state }) => ({ id, title, state })),
    hiddenStories: all.filter((s) => !s.readable).length,
    topics: topicRows,
    videos: videoRows,
  };
}

export function isUnused(uses: MediaUses): boolean {
  return uses.stories.length === 0 && uses.hiddenStories === 0 && uses.topics.length === 0 && uses.videos.length === 0;
}

interface MediaTextInput {
  id: number;
  alt: string;
  caption: string;
  credit: string;
  actorId: number;
}

/** Changes the default 圖片說明, 替代文字 and 圖片來源 (each story's use keeps its own). */
export async function updateMediaText(db: Db, input: MediaTextInput): Promise<Media | undefined> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(media).where(eq(media.id, input.id)).for('update');
    if (!before) return undefined;
    const [row] = await tx
      .update(media)
      .set({ alt: input.alt, caption: input.caption, credit: input.credit })
      .where(eq(media.id, input.id))
      .returning();
    await recordAudit(tx, {
      actorId: input.actorId,
      action: 'media.edit',
      subjectType: 'media',
      subjectId: input.id,
      before: { alt: before.alt, caption: before.caption, credit: before.credit },
      after: { alt: input.alt, caption: input.caption, credit: input.credit },
    });
    return row;
  });
}

/** Says where an item is used, so the person knows what to change before deleting it. */
function describeUses(uses: MediaUses): string {
  const places = [
    ...uses.stories.map((s) => `稿件「${s.title}」`),
    ...(uses.hiddenStories ? [`${uses.hiddenStories} 篇你無權查看的稿件`] : []),
    ...uses.topics.map((t) => `專題「${t.title}」的封面`),
    ...uses.videos.map((v) => `影片 ${v.originalName || `#${v.id}`} 的封面`),
  ];
  return `這個媒體仍在使用中，不能刪除：${places.join('、')}`;
}

/** Sets (or clears) a video's poster: an image from the library. */
export async function setVideoPoster(db: Db, input: { videoId: number; posterId: number | null; actorId: number }): Promise<Media> {
  return db.transaction(async (tx) => {
    const [video] = await tx.select().from(media).where(eq(media.id, input.videoId)).for('update');
    if (!video) throw new RuleError('not_found', 'not_found', '找不到這個媒體');
    if (video.kind !== 'video') throw new RuleError('invalid', 'not_a_video', '只有影片可以設定封面');
    if (input.posterId !== null) {
      const [poster] = await tx.select({ kind: media.kind }).from(media).where(eq(media.id, input.posterId));
      if (!poster) throw new RuleError('not_found', 'not_found', '找不到封面圖片');
      if (poster.kind !== 'image') throw new RuleError('invalid', 'not_an_image', '封面必須是圖片');
    }
    const [row] = await tx.update(media).set({ posterId: input.posterId }).where(eq(media.id, input.videoId)).returning();
    await recordAudit(tx, {
      actorId: input.actorId,
      action: 'media.poster',
      subjectType: 'media',
      subjectId: input.videoId,
      before: { posterId: video.posterId },
      after: { posterId: input.posterId },
    });
    return row!;
  });
}

/**
 * Deletes an unused item's row (with its audit entry) and returns the keys of its stored
 * files, which the caller removes once the transaction has committed. A used item is refused
 * with the list of places that use it.
 */
export async function deleteMedia(db: Db, input: { id: number; actor: Actor }): Promise<{ keys: string[] }> {
  return db.transaction(async (tx) => {
    const [item] = await tx.select().from(media).where(eq(media.id, input.id)).for('update');
    if (!item) throw new RuleError('not_found', 'not_found', '找不到這個媒體');
    const uses = await listMediaUses(tx, { mediaId: input.id, actor: input.actor });
    if (!isUnused(uses)) throw new RuleError('conflict', 'in_use', describeUses(uses), { detail: uses });
    await tx.delete(media).where(eq(media.id, input.id));
    await recordAudit(tx, {
      actorId: input.actor.id,
      action: 'media.delete',
      subjectType: 'media',
      subjectId: input.id,
      before: { fileKey: item.fileKey, originalName: item.originalName, caption: item.caption },
    });
    return { keys: [item.fileKey, ...item.variants.map((v) => v.key)] };
  });
}
