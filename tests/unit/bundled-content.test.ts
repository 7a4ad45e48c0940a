import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { packedContentMap, packModule } from '../../src/integrations/bundled-content.ts';

/** Compiled MDX as Astro's plugins leave it: imports at the top, exports at line starts. */
const compiled = (title: string) => `import { join as _join } from "node:path";
import { sep as _sep } from 'node:path';
import * as _path from "node:path";
function _createMdxContent(props) {
  return _join("p", ${JSON.stringify(title)});
}
function MDXContent(props = {}) {
  return _createMdxContent(props);
}
export const frontmatter = { "title": ${JSON.stringify(title)} };
export function getHeadings() { return []; }
export const url = "content/x.mdx";
export const Content = (props = {}) => MDXContent({ ...props });
export default Content;
Content.moduleId = "/x.mdx";
`;

const folder = mkdtempSync(join(tmpdir(), 'bundled-content-'));
after(() => rmSync(folder, { recursive: true, force: true }));

describe('bundled content', () => {
  it('points every MDX entry of the content map at a pack, and leaves other imports alone', () => {
    const map = `export default new Map([
["content/achievements/a/ar.mdx", () => import("astro:content-layer-deferred-module?fileName=content%2Fachievements%2Fa%2Far.mdx&astroContentModuleFlag=true")],
["content/achievements/a/fr.mdx", () => import("astro:content-layer-deferred-module?fileName=content%2Fachievements%2Fa%2Ffr.mdx&astroContentModuleFlag=true")],
["content/data.json", () => import("astro:content-layer-deferred-module?fileName=content%2Fdata.json")]]);`;
    const result = packedContentMap(map, new URL('file:///site/'), true);
    assert.ok(result);
    assert.deepEqual(result.packs, [['/site/content/achievements/a/ar.mdx', '/site/content/achievements/a/fr.mdx']]);
    assert.match(result.code, /^import \* as __pack0 from "virtual:bundled-content\/0";/);
    assert.match(result.code, /\["content\/achievements\/a\/fr\.mdx", \(\) => Promise\.resolve\(__pack0\.e1\)\]/);
    assert.match(result.code, /content%2Fdata\.json/);
    assert.equal(packedContentMap('export default new Map();', new URL('file:///site/'), true), undefined);
  });

  it('imports entries one by one when they cannot be compiled into packs', () => {
    const result = packedContentMap('[["a.mdx", () => import("x?fileName=a.mdx")]]', new URL('file:///site/'), false);
    assert.equal(result?.single, 1);
    assert.match(result?.code ?? '', /^import \* as __entry0 from "\/site\/a\.mdx";\n\[\["a\.mdx", \(\) => Promise\.resolve\(__entry0\)\]\]$/);
  });

  it('packs compiled entries into one module that exports each as it was', async () => {
    const pack = packModule([
      { path: '/a.mdx', code: compiled('أ') },
      { path: '/b.mdx', code: compiled('B') },
    ]);
    assert.equal(pack.unpacked, 0);
    // Imports are merged: one binding per local name.
    assert.equal(pack.code.match(/^import /gm)?.length, 2);
    const file = join(folder, 'pack.mjs');
    writeFileSync(file, pack.code);
    const module = (await import(pathToFileURL(file).href)) as Record<string, Record<string, unknown>>;
    for (const [name, title] of [['e0', 'أ'], ['e1', 'B']] as const) {
      const entry = module[name]!;
      assert.deepEqual(Object.keys(entry).sort(), ['Content', 'default', 'frontmatter', 'getHeadings', 'url']);
      assert.equal(entry.default, entry.Content);
      assert.deepEqual(entry.frontmatter, { title });
      assert.equal((entry.Content as () => string)(), join('p', title));
    }
  });

  it('re-exports from its own file an entry whose imports clash or whose exports are unexpected', () => {
    const clash = compiled('C').replace('from "node:path";', 'from "node:url";');
    const reexport = `${compiled('D')}export { frontmatter as data };\n`;
    const pack = packModule([
      { path: '/a.mdx', code: compiled('A') },
      { path: '/c.mdx', code: clash },
      { path: '/d.mdx', code: reexport },
    ]);
    assert.equal(pack.unpacked, 2);
    assert.match(pack.code, /^export \* as e1 from "\/c\.mdx";$/m);
    assert.match(pack.code, /^export \* as e2 from "\/d\.mdx";$/m);
    assert.match(pack.code, /^export const e0 = \(\(\) => \{$/m);
  });
});
