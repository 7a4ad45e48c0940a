import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { arabicFont, scriptCharacters } from '../../src/integrations/script-fonts.ts';
import { resolveSiteUrl } from '../../src/lib/site-url.ts';

/**
 * Checks over the built folder (run after `npm run build`): every page is valid HTML, and no
 * internal link, asset or #anchor is broken.
 */
const dist = fileURLToPath(new URL(`../../${process.env.DIST_DIR ?? 'dist'}/`, import.meta.url));
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
/** Canonical, hreflang and feed links are absolute, on the site's own origin: they are checked too. */
const siteOrigin = new URL(resolveSiteUrl(process.env.SITE_URL, base).origin).origin;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
const pages = filesUnder(dist).filter((file) => file.endsWith('.html'));
const html = new Map(pages.map((file) => [file, readFileSync(file, 'utf8')]));

describe('the built site', () => {
  it('has every page', () => {
    assert.ok(pages.length > 200, `${pages.length} pages`);
  });

  it('is valid HTML on every page (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate(
      new StaticConfigLoader({
        extends: ['html-validate:recommended'],
        rules: {
          // Astro writes boolean attributes and void elements its own way; both are valid HTML.
          'void-style': 'off',
          'attribute-boolean-style': 'off',
          'no-trailing-whitespace': 'off',
          // Long Arabic lines are prose, not code.
          'long-title': 'off',
          'no-inline-style': 'off',
          // A group of checkboxes shares one name: that is how a form sends several values.
          'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
        },
      }),
    );
    const problems: string[] = [];
    for (const [file, text] of html) {
      const report = await validator.validateString(text, relative(dist, file));
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${result.filePath}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    assert.deepEqual(problems.slice(0, 40), [], `${problems.length} problems`);
  });

  it('has no broken internal link, asset or anchor', () => {
    const broken: string[] = [];
    let checked = 0;
    const idsOf = new Map<string, Set<string>>();
    const ids = (file: string) => {
      let found = idsOf.get(file);
      if (!found) {
        found = new Set([...(html.get(file) ?? '').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
        idsOf.set(file, found);
      }
      return found;
    };
    for (const [file, text] of html) {
      const pageUrl = new URL(`${base}${relative(dist, file).replace(/index\.html$/, '')}`, 'http://site');
      for (const match of text.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
        let target = new URL(match[1]!.replaceAll('&amp;', '&'), pageUrl);
        if (target.origin === siteOrigin) target = new URL(`${target.pathname}${target.search}${target.hash}`, 'http://site');
        if (target.origin !== 'http://site') continue;
        checked++;
        if (!target.pathname.startsWith(base)) {
          broken.push(`${relative(dist, file)}: ${match[1]} is outside the base path ${base}`);
          continue;
        }
        let path = join(dist, decodeURIComponent(target.pathname.slice(base.length)));
        if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
        if (!existsSync(path)) {
          broken.push(`${relative(dist, file)}: ${match[1]} (no ${relative(dist, path)})`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && path.endsWith('.html') && !ids(path).has(fragment)) broken.push(`${relative(dist, file)}: ${match[1]} (no #${fragment})`);
      }
    }
    assert.deepEqual(broken.slice(0, 30), [], `${broken.length} broken`);
    assert.ok(checked > pages.length * 10, `only ${checked} links checked`);
  });

  it('tells hosts that read _headers what browsers may do', () => {
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    assert.match(headers, new RegExp(`^${base}\\*\n`));
    assert.match(headers, /Content-Security-Policy: frame-ancestors 'none'/);
    assert.match(headers, /Strict-Transport-Security: max-age=\d+; includeSubDomains/);
    assert.match(headers, /X-Content-Type-Options: nosniff/);
    assert.match(headers, /Referrer-Policy: /);
    assert.match(headers, /Permissions-Policy: /);
    assert.match(headers, new RegExp(`${base}_astro/\\*\n  Cache-Control: public, max-age=31536000, immutable`));
  });

  it('has a service worker that parses, for this build and base path', () => {
    const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
    assert.doesNotThrow(() => new Function(worker), 'sw.js is valid JavaScript');
    const build = JSON.parse(/const BUILD = (\{.*\});/.exec(worker)?.[1] ?? 'null') as { version: string; base: string; shell: string[] };
    assert.match(build.version, /^[0-9a-f]{16}$/);
    assert.equal(build.base, base);
    for (const file of build.shell) assert.ok(file.startsWith(base), file);
  });

  it('shows no Arabic character the subset font lacks', () => {
    const inFont = new Set(scriptCharacters(arabicFont, fileURLToPath(new URL('../../', import.meta.url))));
    const missing = new Set<string>();
    for (const text of html.values()) {
      for (const char of text.match(/[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu) ?? []) {
        if (!inFont.has(char)) missing.add(`U+${char.codePointAt(0)!.toString(16).toUpperCase()}`);
      }
    }
    assert.deepEqual([...missing], []);
  });
});
