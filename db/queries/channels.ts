import { and, asc, count, eq, isNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '@/lib/permissions';
import { RuleError } from '@/lib/errors';
import type { Db } from '../client';
import { type Channel, channelSlugRedirects, channels, stories } from '../schema';
import { recordAudit } from './audit';
import { readableBy } from './story-access';

const countedStory = alias(stories, 's');

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

/** Where an old slug points now: the visible channel's current slug, or undefined. */
export async function findChannelRedirect(db: Db, oldSlug: string): Promise<string | undefined> {
  const [row] = await db
    .select({ slug: channels.slug })
    .from(channelSlugRedirects)
    .innerJoin(channels, eq(channels.id, channelSlugRedirects.channelId))
    .where(and(eq(channelSlugRedirects.oldSlug, oldSlug), eq(channels.visible, true)));
  return row?.slug;
}

// Administration: every change below runs in one transaction with its audit entry.


export type AdminChannel = Channel & { storyCount: number };
type AdminChannelTree = AdminChannel & { children: AdminChannel[] };

/** Every channel, hidden ones too, in bar order with its sub-channels and how many stories `actor` may read in each. */
export async function listChannelsForAdmin(db: Db, actor: Actor): Promise<AdminChannelTree[]> {
  const rows = await db
    .select({
      id: channels.id,
      slug: channels.slug,
      name: channels.name,
      kind: channels.kind,
      position: channels.position,
      visible: channels.visible,
      parentId: channels.parentId,
      createdAt: channels.createdAt,
      // Columns inside sql`` render unqualified here, so the outer table is named explicitly.
      storyCount: sql<number>`(select count(*)::int from ${stories} s where s.channel_id = ${channels}.id and s.deleted_at is null and ${readableBy(actor, countedStory)})`,
    })
    .from(channels)
    .orderBy(asc(channels.position), asc(channels.id));
  return rows.filter((c) => c.parentId === null).map((c) => ({ ...c, children: rows.filter((r) => r.parentId === c.id) }));
}

async function lockChannel(tx: Db, channelId: number): Promise<Channel> {
  const [row] = await tx.select().from(channels).where(eq(channels.id, channelId)).for('update');
  if (!row) throw new RuleError('not_found', 'not_found', '找不到這個頻道');
  return row;
}

async function assertSlugFree(tx: Db, slug: string, exceptId?: number): Promise<void> {
  const [taken] = await tx
    .select({ id: channels.id })
    .from(channels)
    .where(and(eq(channels.slug, slug), exceptId ? ne(channels.id, exceptId) : undefined));
  if (taken) throw new RuleError('conflict', 'slug_taken', '這個網址代稱已被其他頻道使用', { field: 'slug' });
  // A slug that used to redirect now belongs to a real channel, which wins.
  await tx.delete(channelSlugRedirects).where(eq(channelSlugRedirects.oldSlug, slug));
}

/** Sub-channels nest one level deep: a parent must be a top-level channel other than itself. */
async function assertParent(tx: Db, parentId: number | null, channelId?: number): Promise<void> {
  if (parentId === null) return;
  if (parentId === channelId) throw new RuleError('conflict', 'bad_parent', '頻道不能放在自己底下', { field: 'parentId' });
  const [parent] = await tx.select().from(channels).where(eq(channels.id, parentId));
  if (!parent) throw new RuleError('conflict', 'bad_parent', '找不到上層頻道', { field: 'parentId' });
  if (parent.parentId !== null) throw new RuleError('conflict', 'bad_parent', '子頻道底下不能再分層', { field: 'parentId' });
}

async function nextPosition(tx: Db, parentId: number | null): Promise<number> {
  const [row] = await tx
    .select({ max: sql<number | null>`max(${channels.position})` })
    .from(channels)
    .where(parentId === null ? isNull(channels.parentId) : eq(channels.parentId, parentId));
  return row?.max == null ? 0 : row.max + 1;
}

interface ChannelFields {
  name: string;
  slug: string;
  kind: Channel['kind'];
  parentId: number | null;
}

/** A new channel goes to the end of the bar (or of its parent's sub-channels). */
export async function addChannel(db: Db, input: ChannelFields, actorId: number): Promise<Channel> {
  return db.transaction(async (tx) => {
    await assertSlugFree(tx, input.slug);
    await assertParent(tx, input.parentId);
    const [row] = await tx
      .insert(channels)
      .values({ ...input, position: await nextPosition(tx, input.parentId) })
      .returning();
    await recordAudit(tx, { actorId, action: 'channel.create', subjectType: 'channel', subjectId: row!.id, after: input });
    return row!;
  });
}

/** Renames, re-slugs (the old slug keeps redirecting) or re-parents a channel. */
export async function updateChannel(db: Db, input: ChannelFields & { channelId: number }, actorId: number): Promise<Channel> {
  return db.transaction(async (tx) => {
    const before = await lockChannel(tx, input.channelId);
    const { channelId, ...fields } = input;
    if (fields.slug !== before.slug) await assertSlugFree(tx, fields.slug, channelId);
    if (fields.parentId !== before.parentId) {
      await assertParent(tx, fields.parentId, channelId);
      const [child] = await tx.select({ id: channels.id }).from(channels).where(eq(channels.parentId, channelId)).limit(1);
      if (child && fields.parentId !== null) throw new RuleError('conflict', 'has_children', '有子頻道的頻道不能放到其他頻道底下', { field: 'parentId' });
    }
    const position = fields.parentId !== before.parentId ? await nextPosition(tx, fields.parentId) : before.position;
    const [row] = await tx
      .update(channels)
      .set({ ...fields, position })
      .where(eq(channels.id, channelId))
      .returning();
    if (fields.slug !== before.slug) {
      await tx
        .insert(channelSlugRedirects)
        .values({ oldSlug: before.slug, channelId })
        .onConflictDoUpdate({ target: channelSlugRedirects.oldSlug, set: { channelId } });
    }
    const changed = (Object.keys(fields) as (keyof ChannelFields)[]).filter((k) => fields[k] !== before[k]);
    if (changed.length) {
      await recordAudit(tx, {
        actorId,
        action: 'channel.update',
        subjectType: 'channel',
        subjectId: channelId,
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, fields[k]])),
      });
    }
    return row!;
  });
}

export async function setChannelVisible(db: Db, input: { channelId: number; visible: boolean }, actorId: number): Promise<Channel> {
  return db.transaction(async (tx) => {
    const before = await lockChannel(tx, input.channelId);
    if (before.visible === input.visible) return before;
    const [row] = await tx.update(channels).set({ visible: input.visible }).where(eq(channels.id, input.channelId)).returning();
    await recordAudit(tx, {
      actorId,
      action: input.visible ? 'channel.show' : 'channel.hide',
      subjectType: 'channel',
      subjectId: input.channelId,
      before: { visible: before.visible },
      after: { visible: input.visible },
    });
    return row!;
  });
}

/** Swaps a channel with its neighbour among its siblings; false when it is already at that end. */
export async function moveChannel(db: Db, input: { channelId: number; direction: 'up' | 'down' }, actorId: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const target = await lockChannel(tx, input.channelId);
    const siblings = await tx
      .select()
      .from(channels)
      .where(target.parentId === null ? isNull(channels.parentId) : eq(channels.parentId, target.parentId))
      .orderBy(asc(channels.position), asc(channels.id))
      .for('update');
    const from = siblings.findIndex((c) => c.id === target.id);
    const to = input.direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= siblings.length) return false;
    [siblings[from], siblings[to]] = [siblings[to]!, siblings[from]!];
    // Renumbering every sibling repairs duplicate or sparse positions as it goes.
    for (const [position, c] of siblings.entries()) {
      if (c.position !== position) await tx.update(channels).set({ position }).where(eq(channels.id, c.id));
    }
    await recordAudit(tx, {
      actorId,
      action: 'channel.move',
      subjectType: 'channel',
      subjectId: target.id,
      before: { order: from + 1 },
      after: { order: to + 1 },
    });
    return true;
  });
}

async function countChannelStories(tx: Db, channelId: number): Promise<number> {
  // Deleted stories count too: they still belong to the channel and keep its row.
  const [row] = await tx.select({ n: count() }).from(stories).where(eq(stories.channelId, channelId));
  return row?.n ?? 0;
}

async function assertNoChildren(tx: Db, channelId: number, message: string): Promise<void> {
  const [child] = await tx.select({ id: channels.id }).from(channels).where(eq(channels.parentId, channelId)).limit(1);
  if (child) throw new RuleError('conflict', 'has_children', message, { field: 'parentId' });
}

/** Only an empty channel can be deleted; one with stories is hidden or merged instead. */
export async function deleteChannel(db: Db, input: { channelId: number }, actorId: number): Promise<Channel> {
  return db.transaction(async (tx) => {
    const before = await lockChannel(tx, input.channelId);
    if ((await countChannelStories(tx, input.channelId)) > 0) {
      throw new RuleError('conflict', 'has_stories', '這個頻道有新聞，不能刪除；可以隱藏，或合併到其他頻道');
    }
    await assertNoChildren(tx, input.channelId, '請先移走或刪除這個頻道的子頻道');
    await tx.delete(channels).where(eq(channels.id, input.channelId));
    await recordAudit(tx, {
      actorId,
      action: 'channel.delete',
      subjectType: 'channel',
      subjectId: input.channelId,
      before: { name: before.name, slug: before.slug },
    });
    return before;
  });
}

/** Moves every story of a channel into another, keeps its old addresses working, and removes it. */
export async function mergeChannel(db: Db, input: { channelId: number; intoId: number }, actorId: number) {
  if (input.channelId === input.intoId) throw new RuleError('conflict', 'same_channel', '請選擇另一個頻道', { field: 'intoId' });
  return db.transaction(async (tx) => {
    const from = await lockChannel(tx, input.channelId);
    const into = await lockChannel(tx, input.intoId);
    await assertNoChildren(tx, from.id, '請先移走這個頻道的子頻道，再合併');
    const moved = await tx.update(stories).set({ channelId: into.id }).where(eq(stories.channelId, from.id)).returning({ id: stories.id });
    await tx.update(channelSlugRedirects).set({ channelId: into.id }).where(eq(channelSlugRedirects.channelId, from.id));
    await tx.delete(channels).where(eq(channels.id, from.id));
    await tx
      .insert(channelSlugRedirects)
      .values({ oldSlug: from.slug, channelId: into.id })
      .onConflictDoUpdate({ target: channelSlugRedirects.oldSlug, set: { channelId: into.id } });
    await recordAudit(tx, {
      actorId,
      action: 'channel.merge',
      subjectType: 'channel',
      subjectId: from.id,
      before: { name: from.name, slug: from.slug },
      after: { into: { id: into.id, name: into.name }, stories: moved.length },
    });
    return { from, into, moved: moved.length };
  });
}

/** The channel pages a story appears on: its channel and that channel's parent. */
export async function listStoryChannelSlugs(db: Db, storyId: number): Promise<string[]> {
  const parent = alias(channels, 'parent_channel');
  const rows = await db
    .select({ slug: channels.slug, parentSlug: parent.slug })
    .from(stories)
    .innerJoin(channels, eq(channels.id, stories.channelId))
    .leftJoin(parent, eq(parent.id, channels.parentId))
    .where(eq(stories.id, storyId));
  return rows.flatMap((r) => [r.slug, r.parentSlug].filter((s): s is string => Boolean(s)));
}
