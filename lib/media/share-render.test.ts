import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import type { MediaVariant } from '@/db/schema';
import { loadShareImage, renderShareImage } from './share-render';
import { localMediaStorage } from './storage';

const PIXELS = 50_000_000;

// A wide photo, blue with a red band along its right edge: what is kept shows where it was cut.
const wide = () =>
  sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="800"><rect width="2000" height="800" fill="#0000ff"/><rect x="1800" width="200" height="800" fill="#ff0000"/></svg>`))
    .jpeg()
    .toBuffer();

/** The mean red and blue of the rightmost 3% of a JPEG. */
async function rightEdge(jpeg: Buffer) {
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  const from = Math.floor(info.width * 0.97);
  let red = 0;
  let blue = 0;
  let count = 0;
  for (let y = 0; y < info.height; y++) {
    for (let x = from; x < info.width; x++) {
      const at = (y * info.width + x) * info.channels;
      red += data[at]!;
      blue += data[at + 2]!;
      count++;
    }
  }
  return { red: red / count, blue: blue / count };
}

describe('renderShareImage', () => {
  it('makes a 1200×630 JPEG that keeps the side the focal point is on', async () => {
    const photo = await wide();
    const right = await renderShareImage(photo, { focalX: 95, focalY: 50 }, PIXELS);
    const meta = await sharp(right).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
    expect((await rightEdge(right)).red).toBeGreaterThan(200);

    const left = await renderShareImage(photo, { focalX: 5, focalY: 50 }, PIXELS);
    expect((await rightEdge(left)).blue).toBeGreaterThan(200);
    expect((await rightEdge(left)).red).toBeLessThan(40);
  });

  it('enlarges a photo smaller than the share image', async () => {
    const small = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#888888' } }).png().toBuffer();
    const meta = await sharp(await renderShareImage(small, { focalX: 50, focalY: 50 }, PIXELS)).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 630]);
  });
});

describe('loadShareImage', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'zebian-share-'));
  const storage = localMediaStorage(folder);
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('cuts from the widest JPEG rendition, and answers null when its file is gone', async () => {
    const stem = 'sharetestsharetestshare1';
    const variant = (width: number, format: MediaVariant['format']): MediaVariant => ({ key: `${stem}_${width}.${format === 'jpeg' ? 'jpg' : format}`, format, width, height: 800, size: 1 });
    // The original says nothing useful (grey); the widest JPEG rendition holds the photo.
    await storage.put(`${stem}.png`, await sharp({ create: { width: 10, height: 10, channels: 3, background: '#888888' } }).png().toBuffer());
    await storage.put(`${stem}_2000.jpg`, await wide());
    const item = { fileKey: `${stem}.png`, variants: [variant(960, 'jpeg'), variant(2000, 'jpeg'), variant(2000, 'webp')], focalX: 95, focalY: 50 };
    const bytes = await loadShareImage(item, storage, PIXELS);
    expect((await rightEdge(bytes!)).red).toBeGreaterThan(200);

    const gone = { ...item, fileKey: 'sharetestsharetestshare2.png', variants: [] };
    expect(await loadShareImage(gone, storage, PIXELS)).toBeNull();
  });
});
