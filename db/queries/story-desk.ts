import { createHash, randomBytes } from 'node:crypto';
import { and, asc, desc, eq, gt, isNull, ne } from 'drizzle-orm';
import type { Actor } from '@/lib/permissions';
import type { Db } from '../client';
import { staff, stories, storyComments, storyPresence, storyRevisions, storyShareLinks } from '../schema';
import { PRESENCE_EXPIRY_MS } from '@/lib/presence';
import { recordAudit } from './audit';
import { readableBy } from './story-access';
import type { StorySnapshot } from './story-editing';

// The desk around a story: its history, its comment thread, who has it open, share links.

/** A story's versions, newest first; none when `actor` may not read the story. */
export function listRevisions(db: Db, input: { storyId: number; actor: Actor }) {
  return db
    .select({ id: storyRevisions.id, version: storyRevisions.version, reason: storyRevisions.reason, pending: storyRevisions.pending, createdAt: storyRevisions.createdAt, actorName: staff.name })
    .from(storyRevisions)
    .innerJoin(stories, eq(stories.id, storyRevisions.storyId))
    .leftJoin(staff, eq(staff.id, storyRevisions.actorId))
    .where(and(eq(storyRevisions.storyId, input.storyId), readableBy(input.actor)))
    .orderBy(desc(storyRevisions.createdAt), desc(storyRevisions.id))
    .limit(200);
}

export async function getRevision(db: Db, input: { storyId: number; revisionId: number; actor: Actor }) {
  const [row] = await db
    .select({ revision: storyRevisions })
    .from(storyRevisions)
    .innerJoin(stories, eq(stories.id, storyRevisions.storyId))
    .where(and(eq(storyRevisions.id, input.revisionId), eq(storyRevisions.storyId, input.storyId), readableBy(input.actor)));
  return row ? { ...row.revision, snapshot: row.revision.snapshot as StorySnapshot } : undefined;
}

export function listComments(db: Db, storyId: number) {
  return db
    .select({ id: storyComments.id, body: storyComments.body, createdAt: storyComments.createdAt, authorName: staff.name })
    .from(storyComments)
    .innerJoin(staff, eq(staff.id, storyComments.authorId))
    .where(eq(storyComments.storyId, storyId))
    .orderBy(asc(storyComments.createdAt), asc(storyComments.id));
}

export async function addComment(db: Db, input: { storyId: number; authorId: number; body: string }) {
  const [row] = await db.insert(storyComments).values(input).returning();
  return row!;
}


/** Marks this person as having the story open and returns the others who do. */
export async function touchPresence(db: Db, input: { storyId: number; staffId: number; now?: Date }) {
  const now = input.now ?? new Date();
  await db
    .insert(storyPresence)
    .values({ storyId: input.storyId, staffId: input.staffId, seenAt: now })
    .onConflictDoUpdate({ target: [storyPresence.storyId, storyPresence.staffId], set: { seenAt: now } });
  return db
    .select({ staffId: staff.id, name: staff.name })
    .from(storyPresence)
    .innerJoin(staff, eq(staff.id, storyPresence.staffId))
    .where(and(eq(storyPresence.storyId, input.storyId), ne(storyPresence.staffId, input.staffId), gt(storyPresence.seenAt, new Date(now.getTime() - PRESENCE_EXPIRY_MS))));
}

export async function leavePresence(db: Db, input: { storyId: number; staffId: number }) {
  await db.delete(storyPresence).where(and(eq(storyPresence.storyId, input.storyId), eq(storyPresence.staffId, input.staffId)));
}

const SHARE_HOURS = 24;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A link for someone outside to read this story as it stands; only the token's hash is kept. */
export async function createShareLink(db: Db, input: { storyId: number; actorId: number; now?: Date }) {
  const token = randomBytes(24).toString('base64url');
  const expiresAt = new Date((input.now ?? new Date()).getTime() + SHARE_HOURS * 3_600_000);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(storyShareLinks).values({ storyId: input.storyId, tokenHash: hashToken(token), createdBy: input.actorId, expiresAt }).returning();
    await recordAudit(tx, { actorId: input.actorId, action: 'story.share.create', subjectType: 'story', subjectId: input.storyId, after: { linkId: row!.id, expiresAt } });
    return { id: row!.id, token, expiresAt };
  });
}

export function listShareLinks(db: Db, storyId: number, now = new Date()) {
  return db
    .select({ id: storyShareLinks.id, expiresAt: storyShareLinks.expiresAt, createdAt: storyShareLinks.createdAt })
    .from(storyShareLinks)
    .where(and(eq(storyShareLinks.storyId, storyId), isNull(storyShareLinks.revokedAt), gt(storyShareLinks.expiresAt, now)))
    .orderBy(desc(storyShareLinks.createdAt));
}

export async function revokeShareLink(db: Db, input: { storyId: number; linkId: number; actorId: number }) {
  return db.transaction(async (tx) => {
    const revoked = await tx
      .update(storyShareLinks)
      .set({ revokedAt: new Date() })
      .where(and(eq(storyShareLinks.id, input.linkId), eq(storyShareLinks.storyId, input.storyId), isNull(storyShareLinks.revokedAt)))
      .returning({ id: storyShareLinks.id });
    if (revoked.length) await recordAudit(tx, { actorId: input.actorId, action: 'story.share.revoke', subjectType: 'story', subjectId: input.storyId, after: { linkId: input.linkId } });
    return revoked.length > 0;
  });
}

/** The story a share token opens, if the link is live; undefined for anything else. */
export async function resolveShareToken(db: Db, token: string, now = new Date()): Promise<number | undefined> {
  if (!/^[A-Za-z0-9_-]{32}$/.test(token)) return undefined;
  const [row] = await db
    .select({ storyId: storyShareLinks.storyId })
    .from(storyShareLinks)
    .where(and(eq(storyShareLinks.tokenHash, hashToken(token)), isNull(storyShareLinks.revokedAt), gt(storyShareLinks.expiresAt, now)));
  return row?.storyId;
}
