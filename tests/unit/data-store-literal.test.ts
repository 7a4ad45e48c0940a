import assert from 'node:assert/strict';
import fs, { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DATA_STORE_MODULE, splitDataStoreLiteral, splitJsonLiteral } from '../../src/integrations/data-store-literal.ts';

/** What the module's code evaluates to. */
const evaluate = (code: string): unknown => new Function(code.replace('export default ', 'return '))();

const store = JSON.stringify({
  achievements: [['law-50-17', { title: 'المصادقة على القانون رقم 50-17', note: 'emoji 🧵 and "quotes" \\ backslash' }]],
});
const astroCode = `export default JSON.parse(${JSON.stringify(store)})`;

describe('the content data store, loaded in pieces', () => {
  it('gives back the same data, whatever the piece length, surrogate pairs and escapes included', () => {
    for (const pieceLength of [1, 2, 7, 16, 64, store.length - 1]) {
      const split = splitJsonLiteral(astroCode, pieceLength);
      assert.ok(split, `not split at ${pieceLength}`);
      const pieces = split.split('\n');
      assert.ok(pieces.length > 1 && pieces.length <= Math.ceil(JSON.stringify(store).length / pieceLength), 'one literal a piece');
      // Each piece can go through the bundler as UTF-8: no half of a surrogate pair alone.
      assert.ok(
        pieces.every((piece) => piece.isWellFormed()),
        `a surrogate pair cut at ${pieceLength}`,
      );
      assert.deepEqual(evaluate(split), JSON.parse(store));
    }
  });

  it('leaves code of any other shape as Astro wrote it', () => {
    assert.equal(splitJsonLiteral(astroCode), null, 'shorter than one piece');
    assert.equal(splitJsonLiteral('export default new Map()', 1), null);
    assert.equal(splitJsonLiteral(`export default JSON.parse(${JSON.stringify(store)}, reviver)`, 1), null);
    assert.equal(splitJsonLiteral(`export default JSON.parse("a" + "b")`, 1), null);
    assert.equal(splitJsonLiteral(`${astroCode};\nexport const extra = 1`, 1), null);
  });

  it('rewrites Astro’s data store module only', () => {
    const plugin = splitDataStoreLiteral();
    const transform = plugin.transform as { filter: { id: RegExp }; handler: (code: string, id: string) => { code: string } | null };
    const data = { text: 'x'.repeat(2 * 1024 * 1024) };
    const long = `export default JSON.parse(${JSON.stringify(JSON.stringify(data))})`;
    assert.ok(transform.filter.id.test(DATA_STORE_MODULE));
    assert.equal(transform.filter.id.test('/src/pages/index.astro'), false);
    assert.equal(transform.handler(long, '/src/lib/content.ts'), null);
    const split = transform.handler(long, DATA_STORE_MODULE);
    assert.deepEqual(evaluate(split!.code), data);
    assert.equal(split!.code.split('\n').length, 3, 'three pieces of 1 MiB at most');
  });
});

/**
 * The module as Astro itself emits it, from a data store file written here: if an Astro upgrade
 * changes its shape (or moves the plugin), this fails and says what to update, instead of the
 * rewrite silently no longer applying and the build merely getting slower.
 */
describe('Astro’s own data store module', () => {
  const UPGRADE =
    'Astro no longer emits its data store module as `export default JSON.parse("…")`: src/integrations/data-store-literal.ts ' +
    'would silently stop applying. Update splitJsonLiteral to the new shape, or drop the integration for experimental.collectionStorage.';

  it('has the one shape the rewrite applies to, and the rewrite gives back the same data', async () => {
    const plugin = new URL('../../node_modules/astro/dist/content/vite-plugin-content-virtual-mod.js', import.meta.url);
    type VirtualModPlugin = {
      config: (user: object, env: { command: string }) => void;
      load: { handler: (this: object, id: string) => Promise<{ code: string } | undefined> };
    };
    let astroPlugin: (options: { settings: object; fs: typeof fs }) => VirtualModPlugin;
    try {
      ({ astroContentVirtualModPlugin: astroPlugin } = (await import(plugin.href)) as { astroContentVirtualModPlugin: typeof astroPlugin });
    } catch (error) {
      assert.fail(`${UPGRADE} (the plugin that writes it cannot be imported: ${String(error)})`);
    }
    const cacheDir = pathToFileURL(`${mkdtempSync(join(tmpdir(), 'data-store-shape-'))}/`);
    const data = [['achievements', 'map', [['law-50-17', { id: 'law-50-17', data: { title: 'المصادقة 🧵 "x"' } }]]]];
    writeFileSync(new URL('data-store.json', cacheDir), JSON.stringify(data));
    const root = new URL('../../', import.meta.url);
    const instance = astroPlugin({
      settings: { config: { root, srcDir: new URL('src/', root), cacheDir, experimental: {} }, dotAstroDir: new URL('.astro/', cacheDir) },
      fs,
    });
    instance.config({}, { command: 'build' });
    const loaded = await instance.load.handler.call({ environment: { name: 'ssr' } }, DATA_STORE_MODULE);
    assert.ok(loaded?.code, UPGRADE);
    const split = splitJsonLiteral(loaded.code, 8);
    assert.ok(split, `${UPGRADE}\nAstro wrote: ${loaded.code.slice(0, 120)}`);
    assert.deepEqual(evaluate(split), evaluate(loaded.code));
    assert.deepEqual(evaluate(split), data);
  });
});
