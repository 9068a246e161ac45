import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { media } from '../schema';

export type NewMedia = typeof media.$inferInsert;

/** Stores a media row; the same bytes (hash) are stored once and the existing row returned. */
export async function createMedia(db: Db, input: NewMedia) {
  const [existing] = await db.select().from(media).where(eq(media.hash, input.hash));
  if (existing) return { item: existing, duplicate: true };
  const [row] = await db.insert(media).values(input).returning();
  return { item: row!, duplicate: false };
}

export async function getMediaByKey(db: Db, fileKey: string) {
  const [row] = await db.select().from(media).where(eq(media.fileKey, fileKey));
  return row;
}
