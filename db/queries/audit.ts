import { and, asc, desc, eq, exists, gte, inArray, like, lt, not, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '@/lib/permissions';
import type { LastMove } from '@/lib/workflow';
import type { Db } from '../client';
import { type StoryState, auditLog, staff, stories } from '../schema';
import { readableBy } from './story-access';

// The log is append-only: a trigger refuses UPDATE and DELETE, and this module offers neither.

interface AuditInput {
  actorId: number | null;
  action: string;
  subjectType: string;
  subjectId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

/** Appends one entry; call it inside the transaction of the change it records. */
export async function recordAudit(db: Db, entry: AuditInput): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId == null ? null : String(entry.subjectId),
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

export function listRecentAudit(db: Db, { limit = 50 }: { limit?: number } = {}) {
  return db.select().from(auditLog).orderBy(desc(auditLog.createdAt), desc(auditLog.id)).limit(limit);
}

export interface AuditFilter {
  actorId?: number;
  storyId?: number;
  /** An exact action (`staff.disable`) or a family ending in a dot (`staff.`). */
  action?: string;
  /** Entries at or after this instant. */
  from?: Date;
  /** Entries before this instant. */
  until?: Date;
  /** Keyset: entries older than this id (ids only grow, so they order the log). */
  before?: number;
  limit?: number;
}

const subjectStaff = alias(staff, 'subject_staff');
const namedStory = alias(stories, 'named_story');

/**
 * True for an entry that names a story `reader` may not read: as its subject, or by id in what
 * it records (a topic's story added or removed).
 */
function namesUnreadableStory(db: Db, reader: Actor) {
  const id = sql`${namedStory.id}::text`;
  return exists(
    db
      .select({ one: sql`1` })
      .from(namedStory)
      .where(
        and(
          or(
            and(eq(auditLog.subjectType, 'story'), eq(auditLog.subjectId, id)),
            eq(sql`${auditLog.after}->>'storyId'`, id),
            eq(sql`${auditLog.before}->>'storyId'`, id),
          ),
          not(readableBy(reader, namedStory)),
        ),
      ),
  );
}

/**
 * The log newest first with names resolved, filtered, keyset-paged on id. `reader` is who is
 * reading: entries naming a story they may not read are left out.
 */
export async function listAudit(db: Db, filter: AuditFilter & { reader: Actor }) {
  const limit = filter.limit ?? 50;
  const action = filter.action
    ? filter.action.endsWith('.')
      ? like(auditLog.action, `${filter.action.replace(/[\\%_]/g, '\\$&')}%`)
      : eq(auditLog.action, filter.action)
    : undefined;
  const rows = await db
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      action: auditLog.action,
      actorId: auditLog.actorId,
      actorName: staff.name,
      subjectType: auditLog.subjectType,
      subjectId: auditLog.subjectId,
      storyTitle: stories.title,
      staffName: subjectStaff.name,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(staff, eq(staff.id, auditLog.actorId))
    .leftJoin(stories, and(eq(auditLog.subjectType, 'story'), eq(auditLog.subjectId, sql`${stories.id}::text`)))
    .leftJoin(subjectStaff, and(eq(auditLog.subjectType, 'staff'), eq(auditLog.subjectId, sql`${subjectStaff.id}::text`)))
    .where(
      and(
        not(namesUnreadableStory(db, filter.reader)),
        filter.actorId ? eq(auditLog.actorId, filter.actorId) : undefined,
        filter.storyId ? and(eq(auditLog.subjectType, 'story'), eq(auditLog.subjectId, String(filter.storyId))) : undefined,
        action,
        filter.from ? gte(auditLog.createdAt, filter.from) : undefined,
        filter.until ? lt(auditLog.createdAt, filter.until) : undefined,
        filter.before ? lt(auditLog.id, filter.before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  return { items, next: rows.length > limit ? items.at(-1)?.id : undefined };
}

export type AuditRow = Awaited<ReturnType<typeof listAudit>>['items'][number];

/** Every action name the log holds, for the filter. */
export async function listAuditActions(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action));
  return rows.map((r) => r.action);
}


const storyMoveActions = ['submit', 'withdraw', 'return', 'publish', 'schedule', 'unschedule', 'unpublish', 'reopen', 'publish.scheduled'].map((m) => `story.${m}`);

/** The last change of state a story went through (a workflow move or the scheduler), from the log. */
export async function getLastStoryMove(db: Db, storyId: number): Promise<LastMove | null> {
  const [row] = await db
    .select({ action: auditLog.action, before: auditLog.before })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, 'story'), eq(auditLog.subjectId, String(storyId)), inArray(auditLog.action, storyMoveActions)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  const from = (row?.before as { state?: StoryState } | null)?.state;
  return row && from ? { move: row.action.slice('story.'.length), from } : null;
}
