import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { localePrefix } from '../lib/routing.ts';

/**
 * `sw.js`, the offline service worker, written into the build by `npm run build` (src/build.ts), with the lists it needs: the
 * shell to save on first visit, each language's search index, the offline pages, and a
 * version computed from every file (its content, or its name when the name is a hash of the
 * content), so a new build replaces the old cache and the same commit always gives the same
 * worker.
 */
/** Writes `sw.js` into the built folder `root`; returns what to log. */
export async function writeServiceWorker(root: string, base: string, locales: readonly string[]): Promise<string> {
  // `_headers` is the host's, never cached by the worker: it stays out of the version.
  const files = filesUnder(root)
    .filter((file) => file !== 'sw.js' && file !== '_headers')
    .sort();
  const hash = createHash('sha256');
  // Pagefind names its index, filter and fragment files after their content: their names
  // say when they change, and reading them (30,000 at 10,000 achievements) adds nothing.
  const namedByContent = (file: string) => /^pagefind\/(?:fragment|index|filter)\//.test(file);
  // Read synchronously: nothing else runs now, and for 20,000 small files (3,000
  // achievements) blocking reads took half the time of promised ones.
  for (const file of files) {
    hash.update(file);
    if (!namedByContent(file)) hash.update(readFileSync(join(root, file)));
  }
  const url = (file: string) => `${base}${file}`;
  const shell = [
    ...files.filter((file) => /^_astro\/.*\.(css|js|woff2)$/.test(file)),
    'favicon.svg',
    ...locales.flatMap((locale) => [`${localePrefix(locale)}index.html`, `${localePrefix(locale)}offline/index.html`]),
  ];
  const search = Object.fromEntries(
    locales.map((locale) => [
      locale,
      files
        .filter((file) => file.startsWith('pagefind/'))
        .filter((file) => {
          const name = file.split('/').pop() ?? '';
          const language = /^(?:pagefind\.)?(\w+)_[0-9a-f]+\.pf_\w+$/.exec(name)?.[1] ?? /^wasm\.(\w+)\.pagefind$/.exec(name)?.[1];
          if (language) return language === locale;
          return ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'].includes(name);
        })
        .map(url),
    ]),
  );
  const build = {
    version: hash.digest('hex').slice(0, 16),
    base,
    locales,
    shell: shell.map((file) => url(file.replace(/index\.html$/, ''))),
    offline: Object.fromEntries(locales.map((locale) => [locale, url(`${localePrefix(locale)}offline/`)])),
    search,
  };
  const template = await readFile(new URL('../service-worker/sw.js', import.meta.url), 'utf8');
  const placeholder = 'const BUILD = __BUILD__;';
  if (!template.includes(placeholder)) throw new Error(`src/service-worker/sw.js must contain "${placeholder}"`);
  await writeFile(join(root, 'sw.js'), template.replace(placeholder, `const BUILD = ${JSON.stringify(build)};`));
  return `sw.js ${build.version}: shell of ${build.shell.length} files`;
}

/**
 * Every file under `root`, as a path relative to it with `/` separators. A walk with blocking
 * reads: `readdir` with `recursive` took 1.2 s where this takes 0.2 s (20,000 files).
 */
function filesUnder(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else if (entry.isFile()) files.push(`${prefix}${entry.name}`);
    }
  };
  walk(root, '');
  return files;
}
