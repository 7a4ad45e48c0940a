import { lstatSync, readFileSync } from 'node:fs';

/** The largest text or data file an editor may add: a hundred times today's largest. */
export const textMaxBytes = 1024 * 1024;

/** The largest source document: a report of some ten thousand bullets. */
export const sourceMaxBytes = 16 * 1024 * 1024;

export type TextFileProblem =
  | { code: 'file-unreadable'; line: 1; column: 1 }
  | { code: 'text-too-large'; line: 1; column: 1; found: string; expected: string }
  | { code: 'not-utf8'; line: number; column: number };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * An editor's text file as the content check and the build both read it: never through a
 * symbolic link, at most `maxBytes`, and valid UTF-8 (a file saved in Windows-1256
 * would otherwise be read with replacement characters where its Arabic letters were).
 * A leading byte-order mark is dropped, as every editor's tool does.
 */
export function readTextFile(path: string, maxBytes = textMaxBytes): { text: string } | { problem: TextFileProblem } | { symlink: true } {
  let bytes: Buffer;
  try {
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) return { symlink: true };
    if (stats.size > maxBytes)
      return {
        problem: {
          code: 'text-too-large',
          line: 1,
          column: 1,
          found: `${Math.round(stats.size / 1024)} KB`,
          expected: `${maxBytes / 1024} KB`,
        },
      };
    bytes = readFileSync(path);
  } catch {
    return { problem: { code: 'file-unreadable', line: 1, column: 1 } };
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { problem: { code: 'not-utf8', ...firstInvalidByte(bytes) } };
  }
}

/** Line and column (in characters) of the first byte sequence that is not UTF-8. */
function firstInvalidByte(bytes: Buffer): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < bytes.length;) {
    const lead = bytes[index] ?? 0;
    const length = lead < 0x80 ? 1 : lead >> 5 === 0b110 ? 2 : lead >> 4 === 0b1110 ? 3 : lead >> 3 === 0b11110 ? 4 : 0;
    // The decoder itself judges each sequence: overlong forms and surrogates included.
    if (length === 0 || !decodes(bytes.subarray(index, index + length)))
      return { line, column: [...utf8.decode(bytes.subarray(lineStart, index))].length + 1 };
    if (lead === 0x0a) {
      line += 1;
      lineStart = index + 1;
    }
    index += length;
  }
  return { line: 1, column: 1 };
}

function decodes(bytes: Buffer): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
