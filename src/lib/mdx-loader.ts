import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { dirname, join } from 'node:path';
import { EditorError } from './editor-error.ts';
import { imageDecodeProblem, imageFileProblem, imageMaxPixels } from './entry-images.ts';
import { mdxToHtml } from './mdx-html.ts';

/**
 * Astro's `glob()` loader, with each MDX entry rendered to HTML while the content is loaded
 * (src/lib/mdx-html.ts) instead of being compiled to a module that every page imports.
 *
 * `glob()` already does this for Markdown: it asks the file type's entry type for a render
 * function, stores the HTML with the entry (and caches it by the file's digest, so an
 * unchanged entry is not rendered again), and `render()` then returns it as `Content`. Here
 * the MDX entry type that `@astrojs/mdx` registers gets such a function; reading files,
 * frontmatter, ids, the schema and the dev server's file watching stay `glob()`'s own.
 */
export function renderedMdxGlob(options: Parameters<typeof glob>[0]): Loader {
  const loader = glob(options);
  return {
    name: 'rendered-mdx-glob',
    load: async (context) => {
      // glob() catches a render error and only logs it: the page would ship without its text.
      const failures: string[] = [];
      await loader.load(withMdxRendered(context, failures));
      if (failures.length > 0) throw new EditorError(`An achievement's text cannot be rendered:\n${failures.join('\n')}`);
    },
  };
}

/** What Astro passes `glob()` besides the public context: the entry type of each extension. */
type GlobContext = LoaderContext & { entryTypes?: Map<string, ContentEntryType> };

function withMdxRendered(context: GlobContext, failures: string[]): GlobContext {
  const mdx = context.entryTypes?.get('.mdx');
  if (!(context.entryTypes instanceof Map) || !mdx) {
    // Astro changed what it gives loaders, or @astrojs/mdx is missing from astro.config.mjs.
    throw new Error(
      'MDX entries cannot be read: add mdx() to the integrations in astro.config.mjs, or, after an Astro upgrade, update src/lib/mdx-loader.ts.',
    );
  }
  const renderMdx: ContentEntryType = {
    ...mdx,
    getRenderFunction: async (config) => {
      // Messages name the file from the project's folder, as the content check does.
      const root = fileURLToPath(config.root);
      return async ({ body, filePath = '' }) => {
        const file = filePath.startsWith(root) ? filePath.slice(root.length) : filePath;
        try {
          const rendered = mdxToHtml(body ?? '', file);
          for (const src of rendered.metadata.imagePaths) {
            const problem = imageFileProblem(dirname(join(root, file)), src);
            if (problem)
              throw new Error(
                `${file}: the image ${src} is refused (${problem.code}). Run \`npm run check\` to see why and how to fix it.`,
              );
            const undecodable = await imageDecodeProblem(join(dirname(join(root, file)), src));
            if (undecodable)
              throw new Error(
                `${file}: the image ${src} cannot be used (${undecodable}): save it again as a plain image of at most ${imageMaxPixels / 1e6} megapixels.`,
              );
          }
          return rendered;
        } catch (error) {
          failures.push(error instanceof Error ? error.message : String(error));
          throw error;
        }
      };
    },
  };
  return { ...context, entryTypes: new Map([...context.entryTypes, ['.mdx', renderMdx]]) };
}
