import { searchVariants } from '../lib/search/spelling.ts';
import { filterKeys } from '../lib/search/filter-keys.ts';
import { readableExcerpt, type ExcerptSource } from '../lib/search/excerpt.ts';
import { groupThousands } from '../lib/group-thousands.ts';

/**
 * The search page's behaviour, loaded on first use. The form works without it (it is a plain
 * GET form); with it, results appear in place and the query and filters stay in the address,
 * so a search can be shared and the back button works.
 */

interface SearchConfig {
  baseUrl: string;
  /** `null` where browsers' Intl has no data for the language (zgh): `group` separates thousands. */
  intl: string | null;
  group?: string;
  results: Record<string, string>;
  messages: { noResults: string; loading: string; error: string };
}

interface PagefindResultData extends ExcerptSource {
  url: string;
  /** `textLang`, `categoryLang` (`ar rtl`): where the page shows a text in another language, the Arabic in place of a missing one. */
  meta: { title?: string; category?: string; textLang?: string; categoryLang?: string };
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

interface Pagefind {
  options(options: { baseUrl: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options: { filters: Record<string, { any: string[] }> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown at once; "more" shows the next ones. */
const PAGE_SIZE = 10;
/** Words in a result's excerpt. */
const EXCERPT_WORDS = 30;

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(baseUrl: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${baseUrl}pagefind/pagefind.js`)) as Pagefind;
    await module.options({ baseUrl, excerptLength: EXCERPT_WORDS });
    await module.init();
    return module;
  })();
  return pagefind;
}

/** The query and checked filters of the form, as in the address. */
function readForm(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  const data = new FormData(form);
  const query = String(data.get('q') ?? '').trim();
  if (query) params.set('q', query);
  for (const key of filterKeys) for (const value of data.getAll(key)) params.append(key, String(value));
  return params;
}

function writeForm(form: HTMLFormElement, params: URLSearchParams): void {
  const input = form.elements.namedItem('q');
  if (input instanceof HTMLInputElement) input.value = params.get('q') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = params.getAll(box.name).includes(box.value);
  }
  const details = form.querySelector<HTMLDetailsElement>('[data-filters]');
  if (details && filterKeys.some((key) => params.has(key))) details.open = true;
}

/**
 * Runs every spelling variant of the query (see `searchVariants`) and keeps each page once,
 * with its best score.
 */
async function search(engine: Pagefind, params: URLSearchParams): Promise<PagefindResult[]> {
  const filters = Object.fromEntries(filterKeys.filter((key) => params.has(key)).map((key) => [key, { any: params.getAll(key) }]));
  const query = params.get('q') ?? '';
  const terms = query ? searchVariants(query) : [null];
  const responses = await Promise.all(terms.map((term) => engine.search(term, { filters })));
  const best = new Map<string, PagefindResult>();
  for (const result of responses.flatMap((response) => response?.results ?? [])) {
    const known = best.get(result.id);
    if (!known || result.score > known.score) best.set(result.id, result);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** Marks an element holding text in another language than the page's, as the page it comes from does. */
function inLanguage(element: HTMLElement, language: string | undefined): void {
  const [lang, dir] = language?.split(' ') ?? [];
  if (lang) element.lang = lang;
  if (dir === 'rtl' || dir === 'ltr') element.dir = dir;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'rounded-lg border border-slate-200 bg-white p-4';
  const heading = document.createElement('h3');
  heading.className = 'text-lg font-semibold';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  inLanguage(link, data.meta.textLang);
  heading.append(link);
  item.append(heading);
  if (data.meta.category) {
    const category = document.createElement('p');
    category.className = 'text-sm text-slate-700';
    category.textContent = data.meta.category;
    inLanguage(category, data.meta.categoryLang);
    item.append(category);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-2 text-slate-800';
  // Cut from the page's readable text, without the title; matches in <mark>.
  for (const part of readableExcerpt(data, EXCERPT_WORDS)) {
    if (!part.mark) excerpt.append(part.text);
    else {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    }
  }
  inLanguage(excerpt, data.meta.textLang);
  item.append(excerpt);
  return item;
}

export interface SearchPage {
  submitted(): void;
  filtered(): void;
}

export function attachSearch(form: HTMLFormElement): SearchPage | undefined {
  const config = JSON.parse(form.dataset.config ?? '{}') as SearchConfig;
  const section = document.querySelector<HTMLElement>('[data-results-section]');
  const status = document.querySelector<HTMLElement>('[data-results-status]');
  const list = document.querySelector<HTMLOListElement>('[data-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-results-more]');
  if (!section || !status || !list || !more) return undefined;
  const { intl, group = ',' } = config;
  // Without browser data the language counts one/other (the locale table), as Node's ICU does for zgh.
  const plural = intl ? new Intl.PluralRules(intl) : { select: (count: number) => (count === 1 ? 'one' : 'other') };
  const format = intl ? new Intl.NumberFormat(intl).format : (count: number) => groupThousands(count, group);
  const countText = (count: number) =>
    (config.results[plural.select(count)] ?? config.results.other ?? '{{count}}').replace('{{count}}', format(count));
  let latest = 0;

  const run = async (params: URLSearchParams) => {
    const run = ++latest;
    more.hidden = true;
    if ([...params.keys()].length === 0) {
      section.hidden = true;
      list.replaceChildren();
      return;
    }
    section.hidden = false;
    status.textContent = config.messages.loading;
    try {
      const engine = await loadPagefind(config.baseUrl);
      const results = await search(engine, params);
      if (run !== latest) return;
      list.replaceChildren();
      // Each result's text is a separate download: fetch a page of them at a time.
      let shown = 0;
      const showMore = async () => {
        const page = results.slice(shown, shown + PAGE_SIZE);
        shown += page.length;
        const data = await Promise.all(page.map((result) => result.data()));
        if (run !== latest) return;
        list.append(...data.map(renderResult));
        more.hidden = shown >= results.length;
      };
      more.onclick = () => {
        const next = shown;
        void showMore().then(() => list.children[next]?.querySelector('a')?.focus());
      };
      await showMore();
      // Announced once the first results are on the page.
      if (run === latest) {
        status.textContent = results.length === 0 ? `${countText(0)}. ${config.messages.noResults}` : countText(results.length);
      }
    } catch {
      if (run !== latest) return;
      list.replaceChildren();
      status.textContent = config.messages.error;
    }
  };

  const update = (mode: 'push' | 'replace') => {
    const params = readForm(form);
    const url = new URL(location.href);
    url.search = params.toString();
    if (url.href !== location.href) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void run(params);
  };

  window.addEventListener('popstate', () => {
    const params = new URL(location.href).searchParams;
    writeForm(form, params);
    void run(params);
  });

  // A shared address restores its search.
  const fromAddress = new URL(location.href).searchParams;
  if ([...fromAddress.keys()].length > 0) {
    writeForm(form, fromAddress);
    void run(fromAddress);
  }

  return {
    /** The form was submitted: a new entry in the history. */
    submitted: () => update('push'),
    /** A filter changed: the same entry, updated. */
    filtered: () => update('replace'),
  };
}
