import fs from 'node:fs/promises';

/** Random access to a file's bytes, for reading a large video's headers without loading it. */
export interface ByteSource {
  size: number;
  /** Up to `length` bytes from `position` (fewer at the end of the file). */
  read(position: number, length: number): Promise<Buffer>;
}

export function bufferSource(bytes: Buffer): ByteSource {
  return { size: bytes.length, read: async (position, length) => bytes.subarray(position, position + length) };
}

const WINDOW = 64 * 1024;

/**
 * A file opened for reading, with a 64 KiB read-ahead window: walking a fragmented MP4's many
 * small box headers costs one read per window, not one per box. Close it when done.
 */
export async function openFileSource(file: string): Promise<ByteSource & { close(): Promise<void> }> {
  const handle = await fs.open(file, 'r');
  const { size } = await handle.stat();
  let windowStart = 0;
  let window = Buffer.alloc(0);
  const readDirect = async (position: number, length: number) => {
    const target = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
    let filled = 0;
    while (filled < target.length) {
      const { bytesRead } = await handle.read(target, filled, target.length - filled, position + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return target.subarray(0, filled);
  };
  return {
    size,
    async read(position, length) {
      if (position < 0 || position >= size || length <= 0) return Buffer.alloc(0);
      if (length > WINDOW) return readDirect(position, length);
      if (position < windowStart || position + length > windowStart + window.length) {
        windowStart = position;
        window = await readDirect(position, WINDOW);
      }
      return window.subarray(position - windowStart, position - windowStart + length);
    },
    close: () => handle.close(),
  };
}
