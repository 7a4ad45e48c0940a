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
