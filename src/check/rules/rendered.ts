import { imageFileProblem } from '../../lib/entry-images.ts';
import type { RenderedEntry } from '../../lib/pipeline/read.ts';
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
    const expected = refusal.code === 'unsafe-url' ? 'https://…' : refusal.code.startsWith('image-') ? './image.webp' : '';
    report(refusal.code, refusal.line, refusal.column, refusal.found, expected);
  }
  for (const image of images) {
    const problem = imageFileProblem(context.folder, image.src);
    if (problem) report(problem.code, image.line, image.column, problem.found, problem.expected);
  }
  // Characters written as entities (`&#x202E;`) are decoded on the tree: the same rules apply.
  const shifted = texts.map((text) => ({ ...text, line: text.line + context.firstLine - 1 }));
  problems.push(...decodedProblems(shifted, context.file, context.characters));
  return problems;
}
