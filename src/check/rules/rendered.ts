import { join } from 'node:path';
import { imageDecodeProblem, imageFileProblem } from '../../lib/entry-images.ts';
import type { RenderedEntry } from '../../lib/pipeline/read.ts';
import { allowedAttributes, allowedTags } from '../allow-list.ts';
import type { Problem, ProblemCode } from '../problem.ts';
import { NESTED_TOO_DEEPLY } from '../../lib/entry-parser.ts';
import { syntaxProblem } from './markup.ts';
import { decodedProblems } from './unicode.ts';

/**
 * The rules that judge an entry's text on the tree its page is rendered from (src/lib/mdx-html.ts,
 * the build's own renderer, with GFM's autolinks and reference-style links resolved): MDX code,
 * elements and attributes (the markup rules of markup.ts, which renderEntry applies as it
 * renders), links, images and their files, and characters written as entities. One parse, one
 * list of refusals: the check reports all the build refuses, each once.
 */

/** What each refusal's message shows as expected, when the refusal does not say. */
const expectedFor: Partial<Record<ProblemCode, string>> = {
  'unsafe-url': 'https://…',
  'image-remote': './image.webp',
  'image-outside': './image.webp',
  'image-alt-missing': './image.webp',
  'tag-not-allowed': allowedTags.join(', '),
  'attribute-not-allowed': allowedAttributes.join(', '),
};

export interface RenderedContext {
  file: string;
  /** Line of the file where the text starts. */
  firstLine: number;
  /** Folder of the entry, where its images are. */
  folder: string;
  /** The text as parsed (without its frontmatter), to show the line of a syntax error. */
  body: string;
  /** The character problems of the file as written, not to be reported twice. */
  characters: readonly Problem[];
  /** Where the images whose files pass are recorded, for their data to be decoded ({@link imageDataProblems}). */
  images: ImageToDecode[];
}

/** An image file that passed the rules read from its name and header: its data is decoded next. */
export interface ImageToDecode {
  file: string;
  line: number;
  column: number;
  src: string;
  path: string;
}

/** @param rendered the text as the pipeline rendered it for its page (renderEntry, with positions) */
export function renderedProblems(rendered: RenderedEntry, context: RenderedContext): Problem[] {
  const { refusals, images, texts } = rendered;
  const problems: Problem[] = [];
  const report = (code: ProblemCode, line: number | undefined, column: number | undefined, found: string, expected = '') =>
    problems.push({
      code,
      severity: 'error',
      file: context.file,
      line: (line ?? 1) + context.firstLine - 1,
      column: column ?? 1,
      expected,
      found,
    });
  for (const refusal of refusals) {
    if (refusal.code === 'mdx-syntax') {
      // The parser's own words are in English: the message shows the editor's line instead.
      const detail = refusal.found === NESTED_TOO_DEEPLY ? NESTED_TOO_DEEPLY : undefined;
      problems.push(syntaxProblem(context.body, context, refusal.line, refusal.column, detail));
    } else report(refusal.code, refusal.line, refusal.column, refusal.found, refusal.expected ?? expectedFor[refusal.code] ?? '');
  }
  for (const image of images) {
    const problem = imageFileProblem(context.folder, image.src);
    if (problem) report(problem.code, image.line, image.column, problem.found, problem.expected);
    else
      context.images.push({
        file: context.file,
        line: (image.line ?? 1) + context.firstLine - 1,
        column: image.column ?? 1,
        src: image.src,
        path: join(context.folder, image.src),
      });
  }
  // Characters written as entities (`&#x202E;`) are decoded on the tree: the same rules apply.
  const shifted = texts.map((text) => ({ ...text, line: text.line + context.firstLine - 1 }));
  problems.push(...decodedProblems(shifted, context.file, context.characters));
  return problems;
}

/**
 * Each image decoded whole, as the build does before Astro optimises it: a polyglot (an image's
 * header before other data) or a decompression bomb is refused by the check as by the build.
 */
export async function imageDataProblems(images: readonly ImageToDecode[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const image of images) {
    const problem = await imageDecodeProblem(image.path);
    if (problem)
      problems.push({
        code: 'image-undecodable',
        severity: 'error',
        file: image.file,
        line: image.line,
        column: image.column,
        found: image.src,
        expected: '',
      });
  }
  return problems;
}
