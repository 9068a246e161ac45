import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { dataDir } from '@/db/client';
import { env } from '@/lib/env';

/** An upload written to a temporary file, with its size and SHA-256, so it never sits whole in memory. */
export interface SpooledFile {
  path: string;
  size: number;
  sha256: string;
}

/** Where uploads wait while they are checked: MEDIA_UPLOAD_DIR, else `$DATA_DIR/uploads` (on disk, not a RAM-backed /tmp). */
export function uploadsDir(): string {
  return path.resolve(/* turbopackIgnore: true */ env().MEDIA_UPLOAD_DIR ?? path.join(dataDir(), 'uploads'));
}

/** Writes a stream to a new file in `dir`, hashing it on the way; on any failure the file is removed again. */
export async function spool(source: Readable | AsyncIterable<Uint8Array>, dir = uploadsDir()): Promise<SpooledFile> {
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, `${randomBytes(12).toString('hex')}.upload`);
  const hash = createHash('sha256');
  let size = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, measure, createWriteStream(file, { flags: 'wx', mode: 0o600 }));
  } catch (error) {
    await fs.rm(file, { force: true });
    throw error;
  }
  return { path: file, size, sha256: hash.digest('hex') };
}

/** Bytes already in memory (the seed's photos, tests): spooled to the system's temporary folder. */
export function spoolBytes(bytes: Buffer, dir = os.tmpdir()): Promise<SpooledFile> {
  return spool(Readable.from([bytes]), dir);
}

export async function discard(file: SpooledFile | null | undefined): Promise<void> {
  if (file) await fs.rm(file.path, { force: true });
}

/** Removes uploads left behind by a server that stopped mid-upload (older than a day, so no running upload is touched). */
export async function sweepStaleUploads(dir = uploadsDir(), now = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names.filter((n) => n.endsWith('.upload'))) {
    const file = path.join(dir, name);
    const stat = await fs.stat(file).catch(() => null);
    if (stat && now - stat.mtimeMs > 24 * 3_600_000) {
      await fs.rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}
