// The site's service worker, completed at build time by src/integrations/service-worker.ts,
// which writes the build's file lists into BUILD.
//
// - On install it saves the shell: styles, fonts, each language's home and offline pages.
// - Pages are fetched from the network first and saved as they are read; offline, the saved
//   copy is served, or the language's offline page when the page was never opened.
// - Other files (hashed, so they never change) come from the saved copy first.
// - The first search in a language saves that language's whole search index, so that later
//   searches work offline too.
// - A new build has a new version: its worker replaces the old saved files, and leaves alone
//   those of another copy of the site on the same origin.
const BUILD = __BUILD__;
// The cache storage belongs to the whole origin, so every copy of the site on it shares it: a
// site at the root and another under /achievements/, or two previews side by side. Each copy
// names its cache after its base and, on update, deletes only its own older ones.
const CACHE_PREFIX = `achievements:${BUILD.base}:`;
const CACHE = `${CACHE_PREFIX}${BUILD.version}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(BUILD.shell))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE).map((name) => caches.delete(name))),
      )
      .then(() => self.clients.claim()),
  );
});

/** The language of a path below the base: its first segment, or the default language. */
function localeOf(pathname) {
  const first = pathname.slice(BUILD.base.length).split('/')[0];
  return BUILD.locales.includes(first) ? first : BUILD.locales[0];
}

async function saveSearchIndex(locale) {
  const files = BUILD.search[locale];
  if (!files) return;
  const cache = await caches.open(CACHE);
  const missing = [];
  for (const file of files) if (!(await cache.match(file))) missing.push(file);
  await cache.addAll(missing);
}

async function fromNetworkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const saved = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
    if (saved) return saved;
    const offline = await cache.match(BUILD.offline[localeOf(new URL(request.url).pathname)]);
    if (offline) return offline;
    throw error;
  }
}

// Files are named by their content, or carry only a cache-busting query (Pagefind adds
// ?ts= to its entry file): the query is not part of what is saved. Module imports send an
// Origin header the saved copy was not fetched with, so Vary is ignored too.
async function fromCacheFirst(request) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BUILD.base)) return;
  if (request.mode === 'navigate') {
    event.respondWith(fromNetworkFirst(request));
    return;
  }
  const searchMeta = /\/pagefind\/pagefind\.(\w+)_[^/]+\.pf_meta$/.exec(url.pathname);
  if (searchMeta) event.waitUntil(saveSearchIndex(searchMeta[1]).catch(() => undefined));
  event.respondWith(fromCacheFirst(request));
});
