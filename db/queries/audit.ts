import { desc } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog } from '../schema';

export interface AuditInput {
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
