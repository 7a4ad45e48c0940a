import { closeSync, lstatSync, openSync, readSync } from 'node:fs';
import { extname, join } from 'node:path';
import { imageFormats, imageMaxBytes, imageTypeOf } from '../check/allow-list.ts';
import type { ProblemCode } from '../check/problem.ts';

/**
 * What is wrong with an image file of an entry's folder, judged by its bytes, not its name:
 * the content check reports it, and the build refuses the entry for it.
 * @param src the image's path in the entry's text, already known to stay in the folder
 */
export function imageFileProblem(folder: string, src: string): { code: ProblemCode; found: string; expected: string } | undefined {
  const extension = extname(src).toLowerCase();
  if (!imageFormats.includes(extension)) return { code: 'image-format', found: extension || src, expected: imageFormats.join(', ') };
  const path = join(folder, src);
  let stats;
  try {
    stats = lstatSync(path);
  } catch {
    return { code: 'image-missing', found: src, expected: src };
  }
  if (stats.isSymbolicLink()) return { code: 'symlink', found: src, expected: '' };
  if (!stats.isFile()) return { code: 'image-missing', found: src, expected: src };
  if (stats.size > imageMaxBytes)
    return { code: 'image-too-large', found: `${Math.round(stats.size / 1024)} KB`, expected: `${Math.round(imageMaxBytes / 1024)} KB` };
  const head = new Uint8Array(16);
  const descriptor = openSync(path, 'r');
  try {
    readSync(descriptor, head, 0, head.length, 0);
  } finally {
    closeSync(descriptor);
  }
  const named = extension === '.jpeg' ? '.jpg' : extension;
  return imageTypeOf(head) === named ? undefined : { code: 'image-type', found: src, expected: imageFormats.join(', ') };
}

/** The largest image the build decodes: 25 megapixels (a 5000 × 5000 photograph). */
export const imageMaxPixels = 25_000_000;

const sharpFormats: Record<string, string> = { '.png': 'png', '.jpg': 'jpeg', '.jpeg': 'jpeg', '.webp': 'webp', '.avif': 'heif' };

/**
 * Decodes an image whole, as the build is about to: a file whose header says an image but whose
 * data is something else (a polyglot), or whose size would take gigabytes to decode (a bomb), is
 * refused here, so that Astro never ships it as it is ("used unoptimized"). Why, or undefined.
 */
export async function imageDecodeProblem(path: string): Promise<string | undefined> {
  const { default: sharp } = await import('sharp');
  try {
    const image = sharp(path, { limitInputPixels: imageMaxPixels, failOn: 'error' });
    const { format } = await image.metadata();
    if (format !== sharpFormats[extname(path).toLowerCase()]) return `its data is ${format ?? 'no image'}, not what its name says`;
    await image.raw().toBuffer();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
