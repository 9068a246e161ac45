import type { VideoFormat } from './detect';
import { type ByteSource, bufferSource } from './file-source';

/**
 * Checks that a video's container is whole (no truncated upload gets stored) and reads its
 * frame size where the container states it. Videos are stored as uploaded: they are not
 * re-encoded here, so they are served with their recorded type and `nosniff` only. Only the
 * headers are read: a video is never loaded whole.
 */
interface VideoInfo {
  width: number | null;
  height: number | null;
}

interface Box {
  type: string;
  start: number; // of the content, after the header
  end: number;
}

/** The boxes between start and end, or null when one runs past the end (a truncated file). */
function boxes(bytes: Buffer, start: number, end: number): Box[] | null {
  const found: Box[] = [];
  let at = start;
  while (at < end) {
    if (at + 8 > end) return null;
    let size = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    let header = 8;
    if (size === 1) {
      if (at + 16 > end) return null;
      size = Number(bytes.readBigUInt64BE(at + 8));
      header = 16;
    } else if (size === 0) {
      size = end - at; // runs to the end of the file
    }
    if (size < header || at + size > end) return null;
    found.push({ type, start: at + header, end: at + size });
    at += size;
  }
  return found;
}

// A fragmented MP4 has a few boxes per fragment; a file of millions of tiny boxes is not a video.
const MAX_TOP_LEVEL_BOXES = 200_000;
// The index of a long, large video is a few megabytes.
const MAX_MOOV_BYTES = 64 * 1024 * 1024;

/** The top-level boxes, reading only their headers; null when one runs past the end. */
async function topLevelBoxes(source: ByteSource): Promise<Box[] | null> {
  const found: Box[] = [];
  let at = 0;
  while (at < source.size) {
    if (found.length >= MAX_TOP_LEVEL_BOXES || at + 8 > source.size) return null;
    const head = await source.read(at, 16);
    let size = head.readUInt32BE(0);
    const type = head.toString('latin1', 4, 8);
    let header = 8;
    if (size === 1) {
      if (at + 16 > source.size) return null;
      size = Number(head.readBigUInt64BE(8));
      header = 16;
    } else if (size === 0) {
      size = source.size - at; // runs to the end of the file
    }
    if (size < header || at + size > source.size) return null;
    found.push({ type, start: at + header, end: at + size });
    at += size;
  }
  return found;
}

async function mp4Info(source: ByteSource): Promise<VideoInfo | null> {
  const top = await topLevelBoxes(source);
  if (!top) return null;
  const moov = top.find((b) => b.type === 'moov');
  if (!moov || !top.some((b) => b.type === 'mdat' || b.type === 'moof')) return null;
  if (moov.end - moov.start > MAX_MOOV_BYTES) return null;
  const bytes = await source.read(moov.start, moov.end - moov.start);
  for (const trak of (boxes(bytes, 0, bytes.length) ?? []).filter((b) => b.type === 'trak')) {
    const tkhd = boxes(bytes, trak.start, trak.end)?.find((b) => b.type === 'tkhd');
    // Width and height close the track header, as 16.16 fixed-point numbers.
    if (!tkhd || tkhd.end - tkhd.start < 84) continue;
    const width = bytes.readUInt32BE(tkhd.end - 8) >>> 16;
    const height = bytes.readUInt32BE(tkhd.end - 4) >>> 16;
    if (width > 0 && height > 0) return { width, height };
  }
  return { width: null, height: null };
}

/** An EBML variable-length number at `at`: its length in bytes and value (-1 for "unknown"). */
function vint(bytes: Buffer, at: number): { length: number; value: number } | null {
  const first = bytes[at];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (at + length > bytes.length || length > 8) return null;
  let value = first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    value = value * 256 + bytes[at + i]!;
    allOnes &&= bytes[at + i] === 0xff;
  }
  return { length, value: allOnes ? -1 : value };
}

async function webmInfo(source: ByteSource): Promise<VideoInfo | null> {
  // The EBML header is a few dozen bytes; the Segment's ID and size follow it.
  const head = await source.read(0, 4096);
  const headerSize = vint(head, 4);
  if (!headerSize || headerSize.value < 0) return null;
  const segmentAt = 4 + headerSize.length + headerSize.value;
  const segment = await source.read(segmentAt, 12);
  if (segment.readUInt32BE(0) !== 0x18538067) return null;
  const segmentSize = vint(segment, 4);
  if (!segmentSize) return null;
  // A live recording may leave the size unknown; otherwise the segment must be all here.
  if (segmentSize.value >= 0 && segmentAt + 4 + segmentSize.length + segmentSize.value > source.size) return null;
  return { width: null, height: null };
}

/** The video's frame size (when stated), or null when the container is incomplete or broken. */
export async function inspectVideo(video: Buffer | ByteSource, format: VideoFormat): Promise<VideoInfo | null> {
  const source = Buffer.isBuffer(video) ? bufferSource(video) : video;
  try {
    return await (format === 'mp4' ? mp4Info(source) : webmInfo(source));
  } catch {
    // A read past the end: the file stops where a header says it goes on.
    return null;
  }
}
