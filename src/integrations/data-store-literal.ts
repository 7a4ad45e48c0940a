import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';

/**
 * Astro bundles its content data store (every entry, with its rendered HTML) into the pages'
 * code as one module, `export default JSON.parse("…")`. V8 compiles a long string literal in
 * more than linear time: at 10,000 achievements the 86 MB literal took 10 s to compile before
 * the first page rendered. The same text as a list of 1 MiB literals joined at load takes 2 s,
 * JSON.parse included. (Astro's own `experimental.collectionStorage: 'chunked'` splits it too,
 * but its writer made the content sync 100 s slower.)
 *
 * Only that module's code is rewritten, and only when it has exactly that shape; otherwise it
 * is left as Astro wrote it, and the build is merely slower. That shape is Astro's internal
 * code, not an API: tests/unit/data-store-literal.test.ts loads it from Astro's own plugin and
 * fails, saying what to update, when it changes; tests/integration/build-guards.test.ts checks
 * the build's log line.
 *
 * The public API that replaces this file is `experimental.collectionStorage` (astro.config.mjs):
 * `{ type: 'chunked', chunkSize }` splits the store into modules of its own. Switch to it, and
 * delete this file, once its writer no longer slows the content sync.
 */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';

const PIECE = 1024 * 1024;
const BEFORE = 'export default JSON.parse(';
const AFTER = ')';

/**
 * Where a piece may end at or after `from` in the literal's text: not within an escape
 * (`\"`, `\\`, `\u0627`), that is, with no backslash among the six characters before; and
 * not between the two halves of a surrogate pair (🧵), which the bundler's UTF-8 could not
 * carry apart.
 */
function pieceEnd(literal: string, from: number): number {
  const inEscape = (end: number) => literal.lastIndexOf('\\', end - 1) >= end - 6;
  const inPair = (end: number) => /[\uD800-\uDBFF]/.test(literal[end - 1] ?? '');
  let end = Math.min(from, literal.length);
  while (end < literal.length && (inEscape(end) || inPair(end))) end += 1;
  return end;
}

/** `export default JSON.parse("…")` as `export default JSON.parse(["…", "…"].join(''))`, or null. */
export function splitJsonLiteral(code: string, pieceLength = PIECE): string | null {
  if (!code.startsWith(`${BEFORE}"`) || !code.endsWith(`"${AFTER}`)) return null;
  // The text between the quotes, as written: cut as text, no copy of the data is parsed.
  const literal = code.slice(BEFORE.length + 1, -AFTER.length - 1);
  if (literal.length <= pieceLength || !isOneLiteral(literal)) return null;
  const pieces: string[] = [];
  for (let start = 0; start < literal.length;) {
    const end = pieceEnd(literal, start + pieceLength);
    pieces.push(`"${literal.slice(start, end)}"`);
    start = end;
  }
  return `${BEFORE}[${pieces.join(',\n')}].join('')${AFTER}`;
}

/** True when every quote in `literal` is escaped: it is the inside of one string literal. */
function isOneLiteral(literal: string): boolean {
  for (let quote = literal.indexOf('"'); quote !== -1; quote = literal.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (literal[quote - 1 - backslashes] === '\\') backslashes += 1;
    if (backslashes % 2 === 0) return false;
  }
  return true;
}

/**
 * The Vite plugin that rewrites the data store module; `pieceLength` is the characters a literal
 * holds at most (tests set it small, to split today's small store).
 */
export function splitDataStoreLiteral({
  pieceLength = PIECE,
  logger,
}: { pieceLength?: number; logger?: AstroIntegrationLogger } = {}): Plugin {
  return {
    name: 'split-data-store-literal',
    transform: {
      filter: { id: new RegExp(`^${DATA_STORE_MODULE}$`) },
      handler(code, id) {
        if (id !== DATA_STORE_MODULE) return null;
        const split = splitJsonLiteral(code, pieceLength);
        if (split === null) return null;
        // One piece a line: counted without cutting the 74 M characters up again.
        const pieces = (split.match(/\n/g)?.length ?? 0) + 1;
        logger?.info(`content data store (${(code.length / 1e6).toFixed(1)} M characters) loaded in ${pieces} pieces`);
        return { code: split, map: { mappings: '' } };
      },
    },
  };
}

/** The plugin as an integration, so that it says what it did in the build's log. */
export function dataStoreInPieces(options: { pieceLength?: number } = {}): AstroIntegration {
  return {
    name: 'data-store-in-pieces',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger }) => {
        updateConfig({ vite: { plugins: [splitDataStoreLiteral({ ...options, logger })] } });
      },
    },
  };
}
