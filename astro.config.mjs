// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, fontProviders } from 'astro/config';
import { defaultLocale, localeCodes } from './src/i18n/locales.ts';
import { dataStoreInPieces } from './src/integrations/data-store-literal.ts';
import { localizedNotFoundPages } from './src/integrations/localized-not-found.ts';
import { arabicFont, scriptFontFiles, tifinaghFont } from './src/integrations/script-fonts.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { sourceDates } from './src/integrations/source-dates.ts';
import { withTrailingSlash } from './src/lib/routing.ts';
import { readSettings } from './src/lib/settings.ts';
import { sitemapOptions } from './src/lib/share/sitemap.ts';

// Every setting, checked at once (src/lib/settings.ts; the README's settings table). The site's
// address (SITE_URL) makes canonical links, Open Graph, JSON-LD, the sitemap, feeds and open data absolute.
const { base, outDir, site: siteUrl } = readSettings(process.env);

// The fonts of the scripts that are not Latin, subset to the characters the site writes
// (src/integrations/script-fonts.ts), each limited to its script's range: Latin text uses the
// system font, so French and English pages that show no Arabic download no font at all.
const arabicFiles = await scriptFontFiles(arabicFont, new URL('./', import.meta.url), [400, 700]);
const tifinaghFiles = await scriptFontFiles(tifinaghFont, new URL('./', import.meta.url), [400]);
const variant = (
  /** @type {Record<number, string>} */ files,
  /** @type {400 | 700} */ weight,
  /** @type {[string, ...string[]]} */ unicodeRange,
) => ({
  weight,
  style: /** @type {const} */ ('normal'),
  src: /** @type {[string]} */ ([files[weight]]),
  unicodeRange,
});

export default defineConfig({
  // Deploy under a sub-path with BASE_PATH=/achievements/ (every link goes through `localizedPath`).
  base,
  site: siteUrl.origin,
  // Another output folder (OUT_DIR=dist-b) lets two builds be compared side by side.
  outDir,
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // Pages render one after another by default, and the main thread then waits on each page's
    // file write: at 3,000 achievements it sat idle a quarter of the render. Sixteen pages in
    // flight keep it busy (render 54 s to 32 s); the output is byte-identical.
    concurrency: 16,
  },
  markdown: {
    // No entry has code to highlight, and Shiki's inline styles would break the CSP if one
    // did; loading it cost every build time for nothing.
    syntaxHighlight: false,
  },
  i18n: {
    defaultLocale,
    locales: localeCodes,
    routing: { prefixDefaultLocale: false },
  },
  security: {
    // A Content-Security-Policy <meta> on every page, with hashes for Astro's own inline styles
    // and scripts. Nothing may come from another host; no inline handlers, no eval. The search
    // page alone adds 'wasm-unsafe-eval' for Pagefind (src/pages/[...lang]/search/index.astro).
    // Header-only directives (frame-ancestors) cannot go in a <meta>.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // The content check runs in the content collections' loaders (src/content.config.ts), on the
  // same reading of the files that they store.
  integrations: [
    sourceDates(),
    mdx(),
    dataStoreInPieces(),
    localizedNotFoundPages(localeCodes.filter((locale) => locale !== defaultLocale)),
    // sitemap-index.xml with hreflang alternates; robots.txt points to it (src/pages/robots.txt.ts).
    sitemap(sitemapOptions(new URL(withTrailingSlash(base), siteUrl.origin).href)),
    {
      name: 'site-url-placeholder',
      hooks: {
        'astro:build:done': ({ logger }) => {
          if (siteUrl.placeholder)
            logger.warn(
              `absolute URLs use the placeholder ${siteUrl.origin}: set SITE_URL (or "homepage" in package.json) to the real address`,
            );
        },
      },
    },
    // Last: src/build.ts takes `_headers` as the sign that Astro's build is done, then writes
    // the search index and the service worker.
    securityHeaders(),
  ],
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'IBM Plex Sans Arabic',
      cssVariable: '--font-arabic',
      fallbacks: ['system-ui', 'sans-serif'],
      options: { variants: [variant(arabicFiles, 400, arabicFont.unicodeRange), variant(arabicFiles, 700, arabicFont.unicodeRange)] },
    },
    {
      // Weight 400 only, as the package ships it: zgh text is never made bold (font-synthesis: none).
      provider: fontProviders.local(),
      name: 'Noto Sans Tifinagh',
      cssVariable: '--font-tifinagh',
      fallbacks: ['system-ui', 'sans-serif'],
      options: { variants: [variant(tifinaghFiles, 400, tifinaghFont.unicodeRange)] },
    },
  ],
  vite: {
    plugins: [tailwindcss()],
  },
});
