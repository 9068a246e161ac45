import { crc32 } from 'node:zlib';
import sharp from 'sharp';

// Real files for the media tests, made on the fly so the repository holds no binaries.

export function photo(options: { width?: number; height?: number } = {}) {
  const { width = 1600, height = 1000 } = options;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#6fa8dc"/><circle cx="${width / 3}" cy="${height / 2}" r="${height / 4}" fill="#e06666"/>
    <rect x="${width / 2}" y="${height / 3}" width="${width / 3}" height="${height / 3}" fill="#93c47d"/></svg>`;
  return sharp(Buffer.from(svg));
}

/** A JPEG as a phone writes it: GPS position, camera details, sideways with an orientation tag. */
export function jpegWithGps(): Promise<Buffer> {
  return photo({ width: 1600, height: 1000 })
    .jpeg({ quality: 85 })
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'PhoneMaker', Model: 'Phone 12', Artist: 'Someone' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 52/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '125/1 19/1 0/1' },
    })
    .toBuffer();
}

/** A stored ZIP archive holding one small text file. */
export function zipArchive(): Buffer {
  const name = Buffer.from('notes.txt');
  const data = Buffer.from('not a photo');
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

function box(type: string, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + body.length, 0);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, body]);
}

/** The skeleton of an MP4: ftyp, a movie header with one 640x360 track, and media data. */
export function mp4Video(): Buffer {
  const ftyp = box('ftyp', Buffer.from('isom'), Buffer.alloc(4), Buffer.from('isomiso2mp41'));
  const tkhd = Buffer.alloc(84);
  tkhd.writeUInt32BE(640 << 16, 76);
  tkhd.writeUInt32BE(360 << 16, 80);
  const moov = box('moov', box('mvhd', Buffer.alloc(100)), box('trak', box('tkhd', tkhd)));
  return Buffer.concat([ftyp, moov, box('mdat', Buffer.alloc(4096, 7))]);
}

/** The skeleton of a WebM: an EBML header with DocType webm, then a sized Segment. */
export function webmVideo(): Buffer {
  const docType = Buffer.from([0x42, 0x82, 0x84, ...Buffer.from('webm')]);
  const header = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x80 | docType.length]), docType]);
  const payload = Buffer.alloc(200, 1);
  const segment = Buffer.concat([Buffer.from([0x18, 0x53, 0x80, 0x67, 0x40, payload.length]), payload]);
  return Buffer.concat([header, segment]);
}

/**
 * An MP4 of `size` bytes at `file`, written without holding it in memory: the skeleton above
 * with a media-data box filling the rest (random at its start, so every file differs, then a
 * sparse run of zeros).
 */
export async function writeMp4File(file: string, size: number): Promise<void> {
  const { open } = await import('node:fs/promises');
  const { randomBytes } = await import('node:crypto');
  const ftyp = box('ftyp', Buffer.from('isom'), Buffer.alloc(4), Buffer.from('isomiso2mp41'));
  const tkhd = Buffer.alloc(84);
  tkhd.writeUInt32BE(1280 << 16, 76);
  tkhd.writeUInt32BE(720 << 16, 80);
  const moov = box('moov', box('mvhd', Buffer.alloc(100)), box('trak', box('tkhd', tkhd)));
  const mdatHeader = Buffer.alloc(8);
  const mdatSize = size - ftyp.length - moov.length;
  if (mdatSize < 8 + 65_536 || mdatSize > 0xffffffff) throw new Error(`writeMp4File: ${size} bytes is not a size it makes`);
  mdatHeader.writeUInt32BE(mdatSize, 0);
  mdatHeader.write('mdat', 4, 'latin1');
  const handle = await open(file, 'w');
  try {
    await handle.write(Buffer.concat([ftyp, moov, mdatHeader, randomBytes(65_536)]));
    await handle.truncate(size);
  } finally {
    await handle.close();
  }
}

/**
 * A multipart/form-data request body, streamed: the text fields, then `file` read from disk as
 * it is sent, so a test can upload a large file without holding it. `cutAfter` stops the body
 * after that many bytes of the file, as a dropped connection would.
 */
export async function multipartRequest(options: { fields?: Record<string, string>; file?: { path: string; name: string; type: string }; cutAfter?: number }): Promise<Request> {
  const { createReadStream } = await import('node:fs');
  const boundary = `----zebian${Math.random().toString(16).slice(2)}`;
  async function* body() {
    for (const [name, value] of Object.entries(options.fields ?? {})) {
      yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
    }
    if (options.file) {
      yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${options.file.name}"\r\nContent-Type: ${options.file.type}\r\n\r\n`);
      let sent = 0;
      for await (const chunk of createReadStream(options.file.path) as AsyncIterable<Buffer>) {
        if (options.cutAfter !== undefined && sent + chunk.length > options.cutAfter) {
          yield chunk.subarray(0, options.cutAfter - sent);
          return;
        }
        sent += chunk.length;
        yield chunk;
      }
      yield Buffer.from('\r\n');
    }
    yield Buffer.from(`--${boundary}--\r\n`);
  }
  const iterator = body();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(new Uint8Array(value));
    },
  });
  return new Request('http://127.0.0.1/api/media', {
    method: 'POST',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    body: stream,
    duplex: 'half',
  } as RequestInit);
}
