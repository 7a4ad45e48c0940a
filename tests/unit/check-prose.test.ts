import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { splitFrontmatter } from '../../src/check/frontmatter.ts';
import { positionAt } from '../../src/check/problem.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { numbersInText } from '../../src/lib/fact-numbers.ts';
import { renderEntry, type ProseSegment } from '../../src/lib/mdx-html.ts';
import { writeSyntheticAchievements } from '../support/synthetic-content.ts';

/**
 * The numbers-in-text rule reads the prose of the tree the page is rendered from (renderEntry's
 * `prose`): every number an editor wrote in the text, at its line and column, and none of code.
 */

/** Every number of the prose with its place in the text, as the drift rule reports it. */
function numbersAt(prose: readonly ProseSegment[], locale: Locale): string[] {
  return prose.flatMap((segment) =>
    numbersInText(segment.value, locale).map((number) => {
      const at = positionAt(segment.value, number.index);
      const line = segment.line + at.line - 1;
      const column = at.line === 1 ? segment.column + at.column - 1 : at.column;
      return `${number.text}@${line}:${column}`;
    }),
  );
}

/** A text with no Markdown syntax at all, read line by line: what the prose must hold. */
function linesOf(body: string): ProseSegment[] | undefined {
  if (/[<>{}[\]*_`\\&#|~@]|www\.|:\/\/|--|\.\.\.|mailto:/i.test(body)) return undefined;
  const lines = body.split('\n');
  if (lines.some((line) => /^(?:[\s\-+=]|\d{1,9}[.)](?:\s|$))/.test(line))) return undefined;
  return lines.flatMap((value, index) => (value.trim() ? [{ value, line: index + 1, column: 1 }] : []));
}

const prose = (body: string) => renderEntry(body, { positions: true }).prose;

const root = fileURLToPath(new URL('../../', import.meta.url));
const project = mkdtempSync(join(tmpdir(), 'check-prose-'));
after(() => rmSync(project, { recursive: true, force: true }));
cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });
writeSyntheticAchievements(pathToFileURL(join(project, 'content/')), { count: 60, seed: 7 });

describe('the prose of an entry’s text', () => {
  it('holds every number of a plain text at its place, in every real and synthetic text', () => {
    const folder = join(project, 'content/achievements');
    let plain = 0;
    for (const slug of readdirSync(folder)) {
      for (const locale of ['ar', 'fr', 'en'] as const) {
        const split = splitFrontmatter(readFileSync(join(folder, slug, `${locale}.mdx`), 'utf8'));
        assert.ok(split, `${slug}/${locale}.mdx has frontmatter`);
        const lines = linesOf(split.body);
        if (!lines) continue;
        plain++;
        assert.deepEqual(numbersAt(prose(split.body), locale), numbersAt(lines, locale), `${slug}/${locale}.mdx`);
      }
    }
    assert.ok(plain > 200, `${plain} plain texts`);
  });

  it('reads numbers through emphasis, links and line breaks, at their columns', () => {
    const body = 'Formation de *19 000* artisans.  \nSuite [2020](https://example.org/3) et **45** ateliers.\n\n## Bilan 2021\n';
    assert.deepEqual(numbersAt(prose(body), 'fr'), ['19 000@1:15', '2020@2:8', '45@2:42', '2021@4:10']);
  });

  it('leaves code, addresses and what a refused element holds out', () => {
    const body =
      'Un `code 12` ici.\n\n```\n99\n```\n\n[lien](https://example.org/77)\n\n<script>alert(5)</script>\n\n<bdi title="88">EN</bdi> 6\n';
    assert.deepEqual(numbersAt(prose(body), 'fr'), ['6@11:26']);
  });
});
