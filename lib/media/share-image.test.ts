import { describe, expect, it } from 'vitest';
import { SHARE_HEIGHT, SHARE_WIDTH, parseShareKey, shareCropBox, shareImageUrl } from './share-image';

describe('the share image crop', () => {
  it.each([
    // A wide photo keeps its height; the focal point picks the slice.
    [{ w: 1920, h: 800, x: 50, y: 50 }, { left: 198, top: 0, width: 1524, height: 800 }],
    [{ w: 1920, h: 800, x: 0, y: 50 }, { left: 0, top: 0, width: 1524, height: 800 }],
    [{ w: 1920, h: 800, x: 90, y: 10 }, { left: 356, top: 0, width: 1524, height: 800 }],
    [{ w: 1920, h: 800, x: 100, y: 50 }, { left: 396, top: 0, width: 1524, height: 800 }],
    // A tall photo keeps its width; the point moves the box up or down.
    [{ w: 1080, h: 1920, x: 50, y: 50 }, { left: 0, top: 677, width: 1080, height: 567 }],
    [{ w: 1080, h: 1920, x: 50, y: 20 }, { left: 0, top: 271, width: 1080, height: 567 }],
    [{ w: 1080, h: 1920, x: 50, y: 0 }, { left: 0, top: 0, width: 1080, height: 567 }],
    [{ w: 1080, h: 1920, x: 50, y: 100 }, { left: 0, top: 1353, width: 1080, height: 567 }],
    // 3:2, the usual camera shape: a little is cut from the top and bottom, more from the side away from the point.
    [{ w: 1920, h: 1280, x: 30, y: 75 }, { left: 0, top: 204, width: 1920, height: 1008 }],
    [{ w: 1920, h: 1280, x: 30, y: 55 }, { left: 0, top: 150, width: 1920, height: 1008 }],
    // Already the share shape: the whole photo, wherever the point.
    [{ w: 1200, h: 630, x: 10, y: 90 }, { left: 0, top: 0, width: 1200, height: 630 }],
    // A photo smaller than the share image is cut the same way (and enlarged afterwards).
    [{ w: 300, h: 300, x: 50, y: 50 }, { left: 0, top: 71, width: 300, height: 158 }],
  ])('%j is cut to %j', ({ w, h, x, y }, box) => {
    expect(shareCropBox(w, h, x, y)).toEqual(box);
  });

  it('always has the share shape, inside the photo, with the point as far across the box as across the photo', () => {
    for (const [w, h] of [[1920, 1280], [640, 960], [4000, 300], [37, 2000], [1, 1]] as const) {
      for (const [x, y] of [[0, 0], [33, 67], [100, 100], [50, 50], [95, 5]] as const) {
        const box = shareCropBox(w, h, x, y);
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.left + box.width).toBeLessThanOrEqual(w);
        expect(box.top + box.height).toBeLessThanOrEqual(h);
        if (box.width < 20 || box.height < 20) continue;
        expect(Math.abs(box.width / box.height - SHARE_WIDTH / SHARE_HEIGHT)).toBeLessThan(0.02);
        // The point is in the box, at (about) the same fraction of it as of the photo: CSS object-position.
        const across = ((w * x) / 100 - box.left) / box.width;
        const down = ((h * y) / 100 - box.top) / box.height;
        expect(Math.abs(across - x / 100)).toBeLessThan(0.01);
        expect(Math.abs(down - y / 100)).toBeLessThan(0.01);
      }
    }
  });

  it('reads out-of-range points as the nearest edge', () => {
    expect(shareCropBox(1920, 800, -20, 50)).toEqual(shareCropBox(1920, 800, 0, 50));
    expect(shareCropBox(1920, 800, 180, 50)).toEqual(shareCropBox(1920, 800, 100, 50));
  });
});

describe('the share image address', () => {
  const fileKey = 'abcdefghijklmnopqrstuvwx.jpg';

  it('carries the focal point, and parses back', () => {
    expect(shareImageUrl({ fileKey, focalX: 30, focalY: 75 })).toBe('/media/share/abcdefghijklmnopqrstuvwx_30_75.jpg');
    expect(parseShareKey('abcdefghijklmnopqrstuvwx_30_75.jpg')).toEqual({ stem: 'abcdefghijklmnopqrstuvwx', focalX: 30, focalY: 75 });
    expect(parseShareKey('abcdefghijklmnopqrstuvwx_0_100.jpg')).toEqual({ stem: 'abcdefghijklmnopqrstuvwx', focalX: 0, focalY: 100 });
  });

  it('changes when the point moves', () => {
    expect(shareImageUrl({ fileKey, focalX: 50, focalY: 50 })).not.toBe(shareImageUrl({ fileKey, focalX: 50, focalY: 51 }));
  });

  it.each([
    'abcdefghijklmnopqrstuvwx_30_75.png',
    'abcdefghijklmnopqrstuvwx_030_75.jpg',
    'abcdefghijklmnopqrstuvwx_101_75.jpg',
    'abcdefghijklmnopqrstuvwx_30.jpg',
    'abcdefghijklmnopqrstuvwx_1200_630.jpg',
    'abcdefghijklmnopqrstuvwx_30_75_1200.jpg',
    'ABCDEFGHIJKLMNOPQRSTUVWX_30_75.jpg',
    '../abcdefghijklmnopqrstuvwx_30_75.jpg',
  ])('refuses %s', (key) => {
    expect(parseShareKey(key)).toBeNull();
  });

  it('is made only for still photos', () => {
    expect(shareImageUrl({ fileKey: 'abcdefghijklmnopqrstuvwx.gif', focalX: 50, focalY: 50 })).toBeNull();
    expect(shareImageUrl({ fileKey: 'abcdefghijklmnopqrstuvwx.mp4', focalX: 50, focalY: 50 })).toBeNull();
  });
});
