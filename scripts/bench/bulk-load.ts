import { asc, eq, sql } from 'drizzle-orm';
import { generateStory, seededRandom } from './story-text';
import { foldForSearch } from '@/lib/chinese/convert';
import { documentFromBlocks } from '@/lib/rich-text/document';
import type { Db } from '@/db/client';
import { channels, media, staff, stories, storyMedia } from '@/db/schema';
import { derivedStoryFields } from '@/lib/story-body';

interface BulkLoadOptions {
  /** How many published stories to add. */
  count: number;
  /** Drafts to add as well, ready for an editor to publish (the benchmark times those). */
  drafts?: number;
  seed?: number;
  now?: Date;
  /** Published times reach this far back, newest first. */
  spanDays?: number;
  batchSize?: number;
  onProgress?: (loaded: number) => void;
}

interface BulkLoadResult {
  published: number;
  draftIds: number[];
  /** One loaded story in the middle of the range, with a word from its text. */
  sample: { id: number; place: string };
}

/**
 * Loads generated stories straight into the tables for the benchmark and load tests: many rows
 * per statement and no revisions or audit entries (it is an import, not editing). Every field a
 * reader page or search reads is derived exactly as a save derives it. Needs the demo newsroom
 * (channels, staff, photos) to be there first.
 */
export async function bulkLoadStories(db: Db, options: BulkLoadOptions): Promise<BulkLoadResult> {
  const { count, drafts = 0, seed = 7, now = new Date(), spanDays = 730, batchSize = 500 } = options;
  const random = seededRandom(seed);
  const channelRows = await db.select({ id: channels.id }).from(channels).where(eq(channels.visible, true)).orderBy(asc(channels.id));
  const people = await db.select({ id: staff.id, role: staff.role }).from(staff).where(eq(staff.active, true)).orderBy(asc(staff.id));
  const photos = await db
    .select({ id: media.id, alt: media.alt, caption: media.caption, credit: media.credit })
    .from(media)
    .where(eq(media.kind, 'image'))
    .orderBy(asc(media.id));
  if (!channelRows.length || !people.length) throw new Error('bulk load needs channels and staff: seed the demo newsroom first');
  const authorId = (people.find((p) => p.role === 'reporter') ?? people[0]!).id;
  const editorId = (people.find((p) => p.role === 'editor') ?? people.find((p) => p.role === 'admin') ?? people[0]!).id;

  // Rendering a body is the slow part; a pool of bodies, each reused by many stories, keeps a
  // 100,000-story load to minutes while headlines, times and channels stay unique per story.
  const pool = Array.from({ length: 400 }, (_, i) => {
    const text = generateStory(random, i);
    const body = documentFromBlocks(text.paragraphs.map((p) => ({ type: 'p' as const, text: p })));
    return { text, derived: derivedStoryFields({ title: '', body }, new Map()) };
  });

  const span = spanDays * 24 * 60 * 60 * 1000;
  const middle = Math.ceil(count / 2);
  let loaded = 0;
  let sample: BulkLoadResult['sample'] = { id: 0, place: '' };
  while (loaded < count) {
    const size = Math.min(batchSize, count - loaded);
    const rows: (typeof stories.$inferInsert)[] = [];
    const galleries: { index: number; photos: number }[] = [];
    for (let i = 0; i < size; i++) {
      const serial = loaded + i + 1;
      const { derived } = pool[Math.floor(random() * pool.length)]!;
      const fresh = generateStory(random, serial);
      // Newest last, so ids grow with time as they do in a real newsroom.
      const publishedAt = new Date(now.getTime() - span + Math.floor((span * serial) / (count + 1)) - 60_000);
      rows.push({
        title: fresh.title,
        subtitle: fresh.subtitle,
        channelId: channelRows[Math.floor(random() * channelRows.length)]!.id,
        sourceName: random() < 0.8 ? '' : '松花江晚報',
        isOriginal: random() < 0.8,
        editorId,
        authorId,
        writerCredit: '本報記者',
        editorsNote: fresh.summaryNote,
        body: derived.body,
        bodyHtml: derived.bodyHtml,
        bodyText: derived.bodyText,
        searchText: [foldForSearch([fresh.title, fresh.subtitle, fresh.summaryNote].filter(Boolean).join('\n')), derived.searchText].join('\n'),
        state: 'published' as const,
        publishedAt,
        createdAt: publishedAt,
        updatedAt: publishedAt,
      });
      if (photos.length && random() < 0.4) galleries.push({ index: i, photos: 1 + Math.floor(random() * 3) });
      if (serial === middle) sample = { id: i, place: fresh.place };
    }
    await db.transaction(async (tx) => {
      const inserted = await tx.insert(stories).values(rows).returning({ id: stories.id });
      const mediaRows = galleries.flatMap((g) =>
        Array.from({ length: g.photos }, (_, position) => {
          const photo = photos[(g.index + position) % photos.length]!;
          return { storyId: inserted[g.index]!.id, position, mediaId: photo.id, caption: photo.caption, alt: photo.alt || '新聞圖片', credit: photo.credit };
        }),
      );
      if (mediaRows.length) await tx.insert(storyMedia).values(mediaRows);
      if (loaded < middle && middle <= loaded + size) sample = { id: inserted[sample.id]!.id, place: sample.place };
    });
    loaded += size;
    options.onProgress?.(loaded);
  }

  const draftIds: number[] = [];
  for (let i = 0; i < drafts; i++) {
    const text = generateStory(random, count + i + 1);
    const body = documentFromBlocks(text.paragraphs.map((p) => ({ type: 'p' as const, text: p })));
    const [row] = await db
      .insert(stories)
      .values({
        title: `待發佈稿件 ${i + 1}：${text.title}`,
        channelId: channelRows[0]!.id,
        sourceName: '',
        isOriginal: true,
        authorId,
        ...derivedStoryFields({ title: text.title, body }, new Map()),
        state: 'draft',
      })
      .returning({ id: stories.id });
    draftIds.push(row!.id);
  }
  // What autovacuum would do on a live server before long: fresh statistics, and the trigram
  // indexes' pending entries (written in bulk) merged, so plans and timings match production.
  await db.execute(sql`vacuum analyze stories`);
  await db.execute(sql`vacuum analyze story_media`);
  return { published: count, draftIds, sample };
}
