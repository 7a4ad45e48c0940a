import { join } from 'node:path';
import { imageDecodeProblem, imageFileProblem } from '../../lib/entry-images.ts';
import type { RenderedEntry } from '../../lib/pipeline/read.ts';
import { allowedAttributes, allowedTags } from '../allow-list.ts';
import type { Problem, ProblemCode } from '../problem.ts';
import { decodedProblems } from './unicode.ts';

/**
 * The rules that judge an MDX text on the tree its page is rendered from (src/lib/mdx-html.ts,
 * the build's own renderer, with GFM's autolinks and reference-style links resolved): links,
 * images and their files, and the elements Markdown writes. What markup.ts already reports from
 * its own parse (MDX code, elements, attributes) on the same line is left to it; whatever it did
 * not see there (a footnote's content, a task list) is reported from here, so that the check
 * refuses all the build refuses.
 */
const REPORTED_BY_MARKUP = new Set<ProblemCode>(['tag-not-allowed', 'attribute-not-allowed', 'mdx-expression-attribute', 'mdx-expression']);

/** What each refusal's message shows as expected, as markup.ts does for the same codes. */
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
  /** What markup.ts reported of this text. */
  markup: readonly Problem[];
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
  const markupLines = new Set(context.markup.map((problem) => problem.line));
  const syntaxReported = context.markup.some((problem) => problem.code === 'mdx-syntax');
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
    const line = (refusal.line ?? 1) + context.firstLine - 1;
    if ((REPORTED_BY_MARKUP.has(refusal.code) && markupLines.has(line)) || (refusal.code === 'mdx-syntax' && syntaxReported)) continue;
    const expected = expectedFor[refusal.code] ?? '';
    report(refusal.code, refusal.line, refusal.column, refusal.found, expected);
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
