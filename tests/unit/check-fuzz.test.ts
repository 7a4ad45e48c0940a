import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { htmlToHast, type HastNode } from 'satteri';
import { allowedTags, linkAllowed } from '../../src/check/allow-list.ts';
import { problemCodes } from '../../src/check/problem.ts';
import { formatText } from '../../src/check/report.ts';
import { checkContent } from '../../src/check/run.ts';
import { mdxToHtml } from '../../src/lib/mdx-html.ts';

/**
 * Structured fuzzing (fast-check) of an entry's text and frontmatter, from the pieces Markdown,
 * MDX, GFM and YAML are made of. Whatever comes out: the check never crashes, every problem
 * has a known code and a place, and what the check passes the build renders, with no link the
 * allow-list refuses. Bounded in runs and time; a failure prints its seed for replay.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const project = mkdtempSync(join(tmpdir(), 'content-fuzz-'));
after(() => rmSync(project, { recursive: true, force: true }));
cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });
const entry = join(project, 'content/achievements/standards-projects-agreement/ar.mdx');
const original = readFileSync(entry, 'utf8');
const frontmatter = original.slice(0, original.indexOf('\n---\n', 4) + 5);

/** Elements Markdown and GFM write (task lists, tables, footnotes), besides the editors' allowed tags. */
const markdownElements = new Set([
  'p',
  'a',
  'em',
  'strong',
  'del',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'br',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'input',
  'section',
  'sup',
  ...allowedTags,
]);

/** Every element of an HTML fragment, with its attributes. */
function elementsOf(html: string): { tagName: string; properties: Record<string, unknown> }[] {
  const found: { tagName: string; properties: Record<string, unknown> }[] = [];
  const walk = (node: HastNode) => {
    if (node.type === 'element') found.push({ tagName: node.tagName, properties: node.properties as Record<string, unknown> });
    if ('children' in node) for (const child of node.children as HastNode[]) walk(child);
  };
  walk(htmlToHast(html, { fragment: true }));
  return found;
}

/** Seeded, so that a run in CI is the same run as on a laptop; FUZZ_SEED explores others. */
const seed = Number(process.env.FUZZ_SEED ?? 20261204);

const markdownPiece = fc.constantFrom(
  'إبرام اتفاقية',
  ' ',
  '\n',
  '\n\n',
  '2020',
  '16.098',
  '*',
  '**',
  '_',
  '`',
  '~~',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '{',
  '}',
  '!',
  '#',
  '- ',
  '1. ',
  '> ',
  '|',
  '\\',
  '&',
  '&amp;',
  '&#x202E;',
  '&#106;',
  '&#1;',
  ':',
  '@',
  'www.example.org',
  'https://example.org/',
  'http://x.y',
  '//evil.example',
  'mailto:a@b.c',
  'javascript:alert(1)',
  'data:text/html,x',
  './photo.webp',
  '../x.png',
  '[a](',
  '![b](',
  '][r]',
  '[r]: ',
  '<bdi>',
  '</bdi>',
  '<script>',
  '<a href="x">',
  '<abbr title="x">',
  '</abbr>',
  'import x from "y"',
  'export const a = 1',
  '{1+1}',
  '\u202E',
  '\u200B',
  '\u0000',
  '\t',
  '---',
  '<!-- x -->',
  '```',
  'a@b.co',
);
const markdown = fc.array(markdownPiece, { maxLength: 40 }).map((pieces) => pieces.join(''));

const yamlValue = fc.constantFrom(
  'x',
  '"\\u202E"',
  '"\\x07"',
  '&a x',
  '*a',
  '[1, 2]',
  '{ a: 1 }',
  '!!binary aGk=',
  '!custom x',
  '2020-07-30',
  'yes',
  '0o14',
  '~',
  '|\n  x',
  '"',
  "'",
  '- 1',
  '16098',
);
const yamlLine = fc
  .tuple(fc.constantFrom('title', 'status', 'scope', 'category', 'figures', 'dates', 'x', 'source'), yamlValue)
  .map(([key, value]) => `${key}: ${value}`);

describe('structured fuzzing of entries', () => {
  it('the check never crashes on any text, and what it passes renders with allowed links only', () => {
    fc.assert(
      fc.property(markdown, (body) => {
        writeFileSync(entry, `${frontmatter}\n${body}\n`);
        const result = checkContent(pathToFileURL(`${project}/`));
        for (const problem of result.problems) {
          assert.ok(problemCodes.includes(problem.code), problem.code);
          assert.ok(problem.line >= 1 && problem.column >= 1, `${problem.file}:${problem.line}:${problem.column}`);
        }
        assert.doesNotMatch(formatText(result, 'en'), /\n\s+at [\w.<]+ \(|undefined|\[object Object\]/);
        const errors = result.problems.filter(
          (problem) => problem.severity === 'error' && problem.file.endsWith('standards-projects-agreement/ar.mdx'),
        );
        if (errors.length > 0) return;
        // Passed: the build's renderer must accept it, and every link it writes must be allowed.
        const { html } = mdxToHtml(`${body}\n`, 'ar.mdx');
        for (const { tagName, properties } of elementsOf(html)) {
          assert.ok(markdownElements.has(tagName), `<${tagName}> in ${html}`);
          if (typeof properties.href === 'string') assert.ok(linkAllowed(properties.href), properties.href);
          assert.ok(!Object.keys(properties).some((name) => /^on/i.test(name)), `${tagName} has an event handler`);
        }
      }),
      { numRuns: 200, seed, interruptAfterTimeLimit: 60_000 },
    );
    writeFileSync(entry, original);
  });

  it('the check never crashes on any frontmatter', () => {
    fc.assert(
      fc.property(fc.array(yamlLine, { maxLength: 12 }), (lines) => {
        writeFileSync(entry, `---\n${lines.join('\n')}\n---\n\nإبرام اتفاقية.\n`);
        const result = checkContent(pathToFileURL(`${project}/`));
        assert.ok(result.problems.length > 0, 'a fuzzed frontmatter is never a valid entry');
        for (const problem of result.problems)
          assert.ok(problemCodes.includes(problem.code) && problem.line >= 1, `${problem.code} ${problem.line}`);
        assert.doesNotMatch(formatText(result, 'ar'), /\n\s+at [\w.<]+ \(|undefined|\[object Object\]/);
      }),
      { numRuns: 100, seed, interruptAfterTimeLimit: 40_000 },
    );
    writeFileSync(entry, original);
  });
});
