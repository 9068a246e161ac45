import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { type Channel, channelSlugRedirects, channels } from '../schema';

export type ChannelWithChildren = Channel & { children: Channel[] };

/** The reader's channel bar: visible top-level channels in order, each with its visible children. */
export async function listChannelBar(db: Db): Promise<ChannelWithChildren[]> {
  const rows = await db
    .select()
    .from(channels)
    .where(eq(channels.visible, true))
    .orderBy(asc(channels.position), asc(channels.id));
  const top = rows.filter((c) => c.parentId === null);
  return top.map((c) => ({ ...c, children: rows.filter((r) => r.parentId === c.id) }));
}

export async function getVisibleChannelBySlug(db: Db, slug: string): Promise<Channel | undefined> {
  const [row] = await db
    .select()
    .from(channels)
    .where(and(eq(channels.slug, slug), eq(channels.visible, true)));
  return row;
}

export async function listChildChannels(db: Db, parentId: number): Promise<Channel[]> {
  return db
    .select()
    .from(channels)
    .where(and(eq(channels.parentId, parentId), eq(channels.visible, true)))
    .orderBy(asc(channels.position), asc(channels.id));
}

export async function countChannels(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(channels);
  return row?.n ?? 0;
}

export async function createChannel(
  db: Db,
  input: { slug: string; name: string; kind?: Channel['kind']; position: number; parentId?: number | null },
): Promise<Channel> {
  const [row] = await db
    .insert(channels)
    .values({ ...input, parentId: input.parentId ?? null })
    .returning();
  return row!;
}

export function listTopLevelChannels(db: Db) {
  return db.select().from(channels).where(isNull(channels.parentId)).orderBy(asc(channels.position));
}

// ---- Reader (issue 4) ----

/** The current slug of a visible channel that was once at `oldSlug`, if any. */
export async function findRenamedChannelSlug(db: Db, oldSlug: string): Promise<string | undefined> {
  const [row] = await db
    .select({ slug: channels.slug })
    .from(channelSlugRedirects)
    .innerJoin(channels, eq(channels.id, channelSlugRedirects.channelId))
    .where(and(eq(channelSlugRedirects.oldSlug, oldSlug), eq(channels.visible, true)));
  return row?.slug;
}
