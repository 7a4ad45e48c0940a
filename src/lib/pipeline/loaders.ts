import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatText } from '../../check/report.ts';
import { checkRead, withImageData, type CheckResult } from '../../check/run.ts';
import { isLocale } from '../../i18n/locales.ts';
import type { KnownIds } from '../../schemas/known-ids.ts';
import { EditorError } from '../editor-error.ts';
import { imageDecodeProblem, imageFileProblem, imageMaxPixels } from '../entry-images.ts';
import { UncheckedMdxError } from '../mdx-html.ts';
import { dataRows, knownIdsOf, readContent, type ContentRead, type DataName, type EntryText } from './read.ts';

/**
 * The content collections' loaders, on Astro's public Loader API, over one reading of the
 * content folder (read.ts): the files are read, parsed and rendered once, the content check
 * judges that reading before anything is stored, and each loader stores its part of it.
 *
 * The state lives in the object this returns, which src/content.config.ts creates once: Astro
 * evaluates that module through Vite's module runner, so nothing is shared with the
 * integrations' module instances, and nothing needs to be (the check runs here, not in a hook).
 *
 * In a build (no watcher), errors stop the sync with the check's report. In the dev server the
 * report is logged, the files with errors keep their last good entry, and any change under
 * content/ reads the folder again and stores what changed (the digest of each file).
 */
export interface ContentPipeline {
  /** The reading the loaders store (read once, then again after a change in the dev server). */
  read: () => ContentRead;
  /** The ids an achievement may refer to, from the data files as read (the schema needs them first). */
  knownIds: () => KnownIds;
  achievements: Loader;
  translations: Loader;
  data: (name: DataName) => Loader;
  sourceReport: Loader;
}

export interface PipelineOptions {
  /**
   * Runs the content check before storing (true). False leaves only what the loaders refuse
   * themselves (the renderer's allow-list, image files, the schemas): the build-guards test
   * sets it to show they hold on their own.
   */
  check?: boolean;
}

const NAME = 'content-pipeline';

interface Judged {
  read: ContentRead;
  /** Files with errors, left out of the store (dev server only: a build stops instead). */
  refused: ReadonlySet<string>;
}

export function contentPipeline(root: URL, { check = true }: PipelineOptions = {}): ContentPipeline {
  let state: { read: ContentRead; readMs: number; judging?: Promise<Judged> } | undefined;
  const reading = () => {
    if (!state) {
      const started = performance.now();
      const read = readContent(root);
      state = { read, readMs: performance.now() - started };
    }
    return state;
  };

  /** The reading, with the check's verdict: the check runs once per reading, whichever loader asks first. */
  function judged(context: LoaderContext): Promise<Judged> {
    const current = reading();
    current.judging ??= judge(current, context);
    return current.judging;
  }

  async function judge(current: { read: ContentRead; readMs: number }, context: LoaderContext): Promise<Judged> {
    if (!check) return { read: current.read, refused: new Set() };
    const started = performance.now();
    const result = await withImageData(checkRead(current.read));
    const took = `(${Math.round(current.readMs + performance.now() - started)} ms, reading included)`;
    const logger = context.logger.fork('content-check');
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    if (result.problems.length === 0) logger.info(`${result.filesChecked} files checked, no problem ${took}.`);
    else if (errors.length === 0 || context.watcher) logger.warn(`\n${report(result)}`);
    else {
      process.stderr.write(`\n${report(result)}\n\n`);
      throw new EditorError('The content check found errors: nothing was built. Correct the files above, then build again.');
    }
    return { read: current.read, refused: new Set(errors.map((problem) => problem.file)) };
  }

  // Dev server: one listener for every collection, so that a change reads the folder once.
  const syncs = new Map<string, () => Promise<void>>();
  const contentPath = fileURLToPath(new URL('content/', root));
  const reload = async (path: string) => {
    if (!path.startsWith(contentPath)) return;
    state = undefined;
    for (const [collection, sync] of syncs) {
      try {
        await sync();
      } catch (error) {
        console.error(`[${NAME}] ${collection}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  const watch = (context: LoaderContext, sync: () => Promise<void>) => {
    const { watcher } = context;
    if (!watcher) return;
    syncs.set(context.collection, sync);
    watcher.add(contentPath);
    for (const event of ['change', 'add', 'unlink'] as const) {
      watcher.off(event, reload);
      watcher.on(event, reload);
    }
  };

  // In a build, the reading is let go once every collection has stored its part: the pages are
  // rendered from Astro's store, and the parsed files would only hold memory through the render.
  let loaders = 0;
  let loaded = 0;
  const loader = (sync: (context: LoaderContext) => Promise<void>): Loader => {
    loaders += 1;
    return {
      name: NAME,
      load: async (context) => {
        await sync(context);
        watch(context, () => sync(context));
        if (!context.watcher && ++loaded === loaders) {
          state = undefined;
          loaded = 0;
        }
      },
    };
  };

  const entries = (texts: (read: ContentRead) => { id: string; text: EntryText }[]) =>
    loader(async (context) => {
      const { read, refused } = await judged(context);
      const untouched = new Set(context.store.keys());
      const failures: string[] = [];
      for (const { id, text } of texts(read)) {
        untouched.delete(id);
        if (refused.has(text.file) || text.text === undefined) continue;
        const digest = context.generateDigest(text.text);
        // Unchanged since the last sync: stored already, rendered and validated.
        if (context.store.get(id)?.digest === digest) continue;
        const failure = await entryFailure(text);
        if (failure) {
          failures.push(failure);
          continue;
        }
        const rendered = text.rendered as Exclude<EntryText['rendered'], 'too-deep' | undefined>;
        const data = await context.parseData({ id, data: (text.yaml?.value ?? {}) as Record<string, unknown>, filePath: text.path });
        context.store.set({
          id,
          data,
          body: text.split?.body.trim(),
          filePath: text.file,
          digest,
          rendered: { html: rendered.html, metadata: rendered.metadata },
          assetImports: rendered.metadata.imagePaths,
        });
      }
      untouched.forEach((id) => context.store.delete(id));
      if (failures.length > 0) throw new EditorError(`An achievement's text cannot be rendered:\n${failures.join('\n')}`);
    });

  const rows = (name: DataName) =>
    loader(async (context) => {
      const { read, refused } = await judged(context);
      const file = read.data[name];
      if (refused.has(file.file)) return;
      if (!file.yaml || file.yaml.errors().length > 0 || !Array.isArray(file.yaml.value))
        throw new EditorError(`${file.file} cannot be read as a YAML list of entries: run \`npm run check\` to see why.`);
      context.store.clear();
      for (const row of dataRows(read, name)) {
        const id = (row as { id?: unknown; slug?: unknown })?.id ?? (row as { slug?: unknown })?.slug;
        if (id === undefined || id === null) throw new EditorError(`${file.file}: an entry has no id. Run \`npm run check\` to see where.`);
        const data = await context.parseData({ id: String(id), data: row as Record<string, unknown>, filePath: file.path });
        context.store.set({ id: String(id), data, filePath: file.file });
      }
    });

  return {
    read: () => reading().read,
    knownIds: () => knownIdsOf(reading().read),
    // The folder name is the achievement's slug, the same in every language.
    achievements: entries((read) =>
      read.folders.flatMap((folder) => (folder.texts.ar ? [{ id: folder.name, text: folder.texts.ar }] : [])),
    ),
    // `<slug>/fr`: one id per achievement and language.
    translations: entries((read) =>
      read.folders.flatMap((folder) =>
        Object.values(folder.texts)
          .filter((text) => text.locale !== 'ar')
          .map((text) => ({ id: `${folder.name}/${text.locale}`, text })),
      ),
    ),
    data: rows,
    // How the source document is cited: one entry, `report`.
    sourceReport: loader(async (context) => {
      const { read, refused } = await judged(context);
      const file = read.report;
      if (refused.has(file.file)) return;
      if (!file.yaml || file.yaml.errors().length > 0)
        throw new EditorError(`${file.file} cannot be read as YAML: run \`npm run check\` to see why.`);
      const data = await context.parseData({ id: 'report', data: (file.yaml.value ?? {}) as Record<string, unknown>, filePath: file.path });
      context.store.clear();
      context.store.set({ id: 'report', data, filePath: file.file });
    }),
  };
}

function report(result: CheckResult): string {
  const requested = process.env.CONTENT_CHECK_LANG ?? 'ar';
  return formatText(result, isLocale(requested) ? requested : 'ar');
}

/**
 * Why the loader refuses an entry's text whatever the check said: the renderer's allow-list
 * (src/lib/mdx-html.ts), its image files as their bytes say, decoded whole. Undefined if none.
 */
async function entryFailure(text: EntryText): Promise<string | undefined> {
  const { rendered, file } = text;
  if (!text.split) return `${file}: the text has no frontmatter (--- … ---). Run \`npm run check\` to see how to fix it.`;
  if (rendered === 'too-deep' || rendered === undefined)
    return `${file}: the text is nested too deeply (quotes or lists inside one another).`;
  if (rendered.refusals.length > 0) return new UncheckedMdxError(file, rendered.refusals).message;
  const folder = dirname(text.path);
  for (const src of rendered.metadata.imagePaths) {
    const problem = imageFileProblem(folder, src);
    if (problem) return `${file}: the image ${src} is refused (${problem.code}). Run \`npm run check\` to see why and how to fix it.`;
    const undecodable = await imageDecodeProblem(join(folder, src));
    if (undecodable)
      return `${file}: the image ${src} cannot be used (${undecodable}): save it again as a plain image of at most ${imageMaxPixels / 1e6} megapixels.`;
  }
  return undefined;
}
