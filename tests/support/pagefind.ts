import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExcerptSource } from '../../src/lib/search/excerpt.ts';

/** What `result.data()` gives, as far as the tests read it. */
export interface ResultData extends ExcerptSource {
  url: string;
  excerpt: string;
  meta: { title?: string; category?: string; textLang?: string; categoryLang?: string };
  filters: Record<string, string[]>;
}

export interface Index {
  search(term: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<ResultData[]>;
}

const ORIGIN = 'http://pagefind.test/';

/**
 * The built site's own Pagefind script (`dist/pagefind/pagefind.js`), run in Node on one
 * language's index as the search page runs it in the browser: its requests are answered from
 * the folder, and `<html lang>` is the language asked for. Each language gets a module of its
 * own, since Pagefind keeps one index per loaded module.
 */
export function loadIndex(site: string, language: string): Promise<Index> {
  // One at a time: loading answers from the global `document` and `fetch`, which a second load
  // started meanwhile would replace (the tests' describes run side by side).
  const loaded = loading.then(() => loadOne(site, language));
  loading = loaded.catch(() => undefined);
  return loaded;
}

let loading: Promise<unknown> = Promise.resolve();

async function loadOne(site: string, language: string): Promise<Index> {
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, ORIGIN);
    return new Response(await readFile(join(site, decodeURIComponent(url.pathname))));
  }) as typeof fetch;
  (globalThis as { document?: unknown }).document = { currentScript: null, querySelector: () => ({ getAttribute: () => language }) };
  const module = (await import(`${pathToFileURL(join(site, 'pagefind/pagefind.js')).href}?language=${language}`)) as {
    options(options: Record<string, unknown>): Promise<void>;
    search(term: string | null, options: object): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
  };
  await module.options({ basePath: `${ORIGIN}pagefind/`, baseUrl: '/' });
  // The first search loads the index, in the language `document` names.
  await module.search(null, { filters: {} });
  delete (globalThis as { document?: unknown }).document;
  return {
    async search(term, options = {}) {
      const response = await module.search(term, { filters: {}, ...options });
      return Promise.all((response?.results ?? []).map((result) => result.data()));
    },
  };
}
