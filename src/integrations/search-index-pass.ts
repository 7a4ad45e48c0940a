import * as pagefind from 'pagefind';
import { workerTask } from '../lib/worker-task.ts';

/** What one language's pass reports: the pages it indexed, or why it failed. */
export type PassResult = { language: string; count: number } | { errors: string[] };

/** One language's pass: the pages `glob` matches in `site`, indexed into `outputPath`. */
export interface Pass {
  site: string;
  language: string;
  glob: string;
  outputPath: string;
}

/** Indexes one language with Pagefind's Node API (its process is closed by the caller). */
export async function indexPass({ site, language, glob, outputPath }: Pass): Promise<PassResult> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length > 0) return { errors };
  const indexed = await index.addDirectory({ path: site, glob });
  if (indexed.errors.length > 0) return { errors: indexed.errors };
  if (indexed.page_count === 0) return { errors: [`no ${language} page was indexed (${glob})`] };
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) return { errors: written.errors };
  return { language, count: indexed.page_count };
}

/**
 * The pass as a worker thread's task (search-index.ts): Pagefind's Node API talks to one
 * Pagefind process per thread, so each language gets a process of its own and the passes
 * really run side by side. Three languages in one process took 4.9–6.1 s at 1,000
 * achievements, in three processes 4.3–5.2 s.
 */
export const INDEX_PASS = 'search-index-pass';
workerTask(INDEX_PASS, async (pass: Pass) => {
  try {
    return await indexPass(pass);
  } finally {
    await pagefind.close();
  }
});
