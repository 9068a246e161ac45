import sharp, { type Sharp, type SharpOptions } from 'sharp';
import { type ImageFormat, imageMime } from './detect';
import { createLimiter } from './limiter';
import { type MediaLimits, formatMegabytes } from './limits';
import { RuleError } from '@/lib/errors';
import { mediaRefusal, refusals } from './refusal';
import { VARIANT_FORMATS, type VariantFormat, variantWidths } from './variants';

interface Rendition {
  width: number;
  height: number;
  format: VariantFormat;
  bytes: Buffer;
}

interface ProcessedImage {
  /** The photo as stored under its key: upright, same format, every metadata block removed. */
  master: Buffer;
  mimeType: string;
  width: number;
  height: number;
  variants: Rendition[];
  placeholder: string;
}

// sharp's own name for each accepted format (AVIF is read through libheif).
const sharpFormat: Record<ImageFormat, string> = { jpeg: 'jpeg', png: 'png', webp: 'webp', avif: 'heif', gif: 'gif' };

// One photo at a time: each already uses several of libvips' threads.
const oneAtATime = createLimiter(1);

function encode(pipeline: Sharp, format: VariantFormat | ImageFormat): Sharp {
  switch (format) {
    case 'avif':
      // The lowest effort: several times faster than the default, for files a little larger.
      return pipeline.avif({ quality: 55, effort: 0 });
    case 'webp':
      return pipeline.webp({ quality: 78, effort: 2 });
    case 'jpeg':
      return pipeline.jpeg({ quality: 84, progressive: true });
    case 'png':
      return pipeline.png({ compressionLevel: 8 });
    case 'gif':
      return pipeline.gif();
  }
}

async function readMetadata(bytes: Buffer, format: ImageFormat, limits: MediaLimits) {
  try {
    // limitInputPixels is checked from the header, before any pixel is decoded.
    const meta = await sharp(bytes, { limitInputPixels: limits.imagePixels, pages: 1 }).metadata();
    if (meta.format !== sharpFormat[format] || (format === 'avif' && meta.compression !== 'av1')) throw refusals.typeRefused();
    return meta;
  } catch (error) {
    if (error instanceof RuleError) throw error;
    if (error instanceof Error && /pixel limit/i.test(error.message)) throw tooManyPixels(limits);
    throw refusals.corrupt(error);
  }
}

function tooManyPixels(limits: MediaLimits) {
  return mediaRefusal('too_large', `圖片超過 ${Math.round(limits.imagePixels / 1_000_000)} 百萬像素，請縮小後再上傳`);
}

/**
 * Decodes a photo completely (a truncated or corrupt file fails here), turns it upright, strips
 * its metadata (EXIF with GPS, XMP, comments) and makes the renditions and the placeholder.
 * sharp works off the event loop; the limiter keeps uploads from crowding the CPU.
 */
export function processImage(bytes: Buffer, format: ImageFormat, limits: MediaLimits): Promise<ProcessedImage> {
  if (bytes.length > limits.imageBytes) {
    return Promise.reject(mediaRefusal('too_large', `圖片超過 ${formatMegabytes(limits.imageBytes)}，請壓縮後再上傳`));
  }
  return oneAtATime(async () => {
    const meta = await readMetadata(bytes, format, limits);
    const frames = meta.pages ?? 1;
    if (format === 'gif' && frames > limits.gifFrames) throw mediaRefusal('too_large', `動態圖片超過 ${limits.gifFrames} 格，請改用影片`);
    const animated = format === 'gif' && frames > 1;
    const options: SharpOptions = { limitInputPixels: limits.imagePixels, failOn: 'warning', ...(animated ? { animated: true } : {}) };
    try {
      const master = await encode(sharp(bytes, options).autoOrient(), format).toBuffer({ resolveWithObject: true });
      const width = master.info.width;
      const height = animated ? (master.info.pageHeight ?? master.info.height) : master.info.height;

      // Decode once more to a raw bitmap no wider than the widest rendition; every rendition
      // and the placeholder are resized from it.
      const base = await sharp(bytes, { limitInputPixels: limits.imagePixels, failOn: 'warning' })
        .autoOrient()
        .resize({ width: Math.min(width, 1920), withoutEnlargement: true })
        .raw()
        .toBuffer({ resolveWithObject: true });
      const raw = { raw: { width: base.info.width, height: base.info.height, channels: base.info.channels } };
      const fromBase = () => sharp(base.data, raw);

      const variants: Rendition[] = [];
      if (!animated) {
        for (const w of variantWidths(width)) {
          for (const f of VARIANT_FORMATS) {
            let pipeline = fromBase().resize({ width: w });
            if (f === 'jpeg') pipeline = pipeline.flatten({ background: '#ffffff' });
            const out = await encode(pipeline, f).toBuffer({ resolveWithObject: true });
            variants.push({ width: out.info.width, height: out.info.height, format: f, bytes: out.data });
          }
        }
      }
      const tiny = await fromBase().resize({ width: 24 }).flatten({ background: '#ffffff' }).webp({ quality: 40 }).toBuffer();
      return {
        master: master.data,
        mimeType: imageMime[format],
        width,
        height,
        variants,
        placeholder: `data:image/webp;base64,${tiny.toString('base64')}`,
      };
    } catch (error) {
      if (error instanceof Error && /pixel limit/i.test(error.message)) throw tooManyPixels(limits);
      // Anything libvips cannot decode cleanly (truncated, corrupt, a bomb) is refused.
      throw refusals.corrupt(error);
    }
  });
}
