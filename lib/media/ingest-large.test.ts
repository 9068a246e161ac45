import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { afterAll, expect, it } from 'vitest';
import { openTestDatabase } from '@/db/testing';
import { ingestMedia } from './ingest';
import { localMediaStorage } from './storage';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'zebian-large-'));
const storage = localMediaStorage(folder);
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** A 24-megapixel, ~20 MB JPEG: noise compresses badly, like a high-ISO press photo. */
function largePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 6000, height: 4000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 50 } } })
    .jpeg({ quality: 93 })
    .toBuffer();
}

// About the event loop, not the database: one engine is enough.
it('processes a 20 MB photo without blocking the event loop', async () => {
  const database = await openTestDatabase('pglite');
  const bytes = await largePhoto();
  expect(bytes.length).toBeGreaterThan(15 * 1024 * 1024);
  expect(bytes.length).toBeLessThan(25 * 1024 * 1024);

  // While the photo is processed, a timer standing in for reader requests must keep firing.
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let ticks = 0;
  const timer = setInterval(() => ticks++, 20);
  const started = performance.now();
  const usedBefore = performance.eventLoopUtilization();
  const { item } = await ingestMedia(database.db, storage, { bytes, originalName: 'press.jpg', uploadedBy: null });
  const used = performance.eventLoopUtilization(usedBefore);
  const elapsed = performance.now() - started;
  clearInterval(timer);
  delay.disable();

  expect(item).toMatchObject({ width: 6000, height: 4000 });
  expect(item.variants).toHaveLength(15);
  // The event loop sat idle most of the time (the work ran on sharp's threads), and its longest
  // stall stayed short. Both bounds leave room for a machine busy with other work.
  expect(used.utilization).toBeLessThan(0.3);
  expect(delay.max / 1e6).toBeLessThan(2000);
  expect(ticks).toBeGreaterThan((elapsed / 20) * 0.3);
  await database.close();
}, 120_000);
