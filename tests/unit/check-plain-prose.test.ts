import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { splitFrontmatter } from '../../src/check/frontmatter.ts';
import { positionAt } from '../../src/check/problem.ts';
import { plainProse, type ProseSegment } from '../../src/check/rules/markup.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { numbersInText } from '../../src/lib/fact-numbers.ts';
import { writeSyntheticAchievements } from '../support/synthetic-content.ts';

/**
 * The content check reads a text with no syntax without parsing it. What it finds there (the
 * numbers of the prose, each at its line and column) must be exactly what the MDX parser finds.
 */
interface Node {
  type: string;
  value?: string;
  position?: { start: { line: number; column: number } };
  children?: Node[];
}

function parsed(body: string, firstLine: number): { tree: Node; prose: ProseSegment[] } {
  const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as Node;
  const prose: ProseSegment[] = [];
  const walk = (node: Node) => {
    if (node.type === 'text' && node.position) {
      prose.push({ value: node.value ?? '', line: node.position.start.line + firstLine - 1, column: node.position.start.column });
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return { tree, prose };
}

/** Every number of the prose with its place in the file, as the drift rule reports it. */
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

const root = fileURLToPath(new URL('../../', import.meta.url));
const project = mkdtempSync(join(tmpdir(), 'plain-prose-'));
after(() => rmSync(project, { recursive: true, force: true }));
cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });
writeSyntheticAchievements(pathToFileURL(join(project, 'content/')), { count: 60, seed: 7 });

describe('plain prose', () => {
  it('finds the numbers the parser finds, at the same places, in every real and synthetic text', () => {
    const folder = join(project, 'content/achievements');
    let plain = 0;
    for (const slug of readdirSync(folder)) {
      for (const locale of ['ar', 'fr', 'en'] as const) {
        const split = splitFrontmatter(readFileSync(join(folder, slug, `${locale}.mdx`), 'utf8'));
        assert.ok(split, `${slug}/${locale}.mdx has frontmatter`);
        const fast = plainProse(split.body, split.bodyFirstLine);
        if (!fast) continue;
        plain++;
        const full = parsed(split.body, split.bodyFirstLine);
        assert.ok(
          full.tree.children?.every((node) => node.type === 'paragraph'),
          `${slug}/${locale}.mdx: only paragraphs`,
        );
        assert.deepEqual(numbersAt(fast, locale), numbersAt(full.prose, locale), `${slug}/${locale}.mdx`);
      }
    }
    // Nearly all texts are plain: the fast path must be the one taken.
    assert.ok(plain > 270, `${plain} plain texts`);
  });

  it('leaves any text with syntax to the parser', () => {
    const withSyntax = [
      'القانون رقم <bdi>50-17</bdi>.',
      'Un {expression}.',
      'import x from "y"',
      'export const a = 1',
      '- 16 villages',
      '+ 16 villages',
      '2020. Une année',
      '3) trois',
      '# Titre 2020',
      'Titre\n===',
      'Titre\n---',
      '    code 2020',
      '\tcode 2020',
      'Une *emphase* de 2020',
      'Un lien [2020](https://example.org)',
      'Une image ![a](b.webp)',
      'Un `code 2020`',
      'Un &amp; 2020',
      'Une échappée \\* 2020',
      '> citation 2020',
      'un | tableau',
      '~~~',
    ];
    for (const text of withSyntax) assert.equal(plainProse(text, 1), undefined, text);
  });

  it('reads the lines of plain paragraphs', () => {
    assert.deepEqual(plainProse('Formation de 19 000 artisans.  \nSuite.\n\nAutre paragraphe 2020.\n', 10), [
      { value: 'Formation de 19 000 artisans.', line: 10, column: 1 },
      { value: 'Suite.', line: 11, column: 1 },
      { value: 'Autre paragraphe 2020.', line: 13, column: 1 },
    ]);
  });
});
