import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, parseDocument } from 'yaml';

/**
 * The locale table is the one source of the site's languages: in a copy of the project, one
 * line adds a fictitious fifth language (`qaa`, from BCP 47's private-use range, formatted as
 * British English; only in the copy) whose texts and names are required, and the type checker, the
 * content check, the translations tool, the scaffold and the build follow from it. The steps
 * run in order and share the copy; the copy is built once.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'achievements-locale-'));
const path = (file: string) => join(dir, file);
const read = (file: string) => readFileSync(path(file), 'utf8');
const write = (file: string, text: string) => writeFileSync(path(file), text);
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CONTENT_CHECK_LANG: 'en', SOURCE_DATE_EPOCH: '1735689600' };
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};

/** The one line the table gets. The check has no catalogue in it: it reports in English. */
const TABLE_LINE =
  "  qaa: { label: 'Qaa', lang: 'qaa', dir: 'ltr', intl: 'en-GB', ogLocale: 'en_GB', punctuation: 'plain', plurals: ['one', 'other'], checkMessages: false, texts: 'required', names: 'required', font: 'system', conjunction: null, browserIntl: true },\n";

/** Type errors of the code that knows languages (Astro's generated collection types aside), as `file: code`. */
function typeErrors(): string[] {
  const { output } = run(join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '--pretty', 'false', '-p', 'tsconfig.locales.json');
  return [...output.matchAll(/^(\S+?)\(\d+,\d+\): error (TS\d+)/gm)].map((match) => `${match[1]}: ${match[2]}`);
}

const slugs = readdirSync(join(root, 'content/achievements'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

before(() => {
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), path(entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), path('node_modules'), 'dir');
  write(
    'tsconfig.locales.json',
    JSON.stringify({
      extends: './tsconfig.json',
      include: ['src/i18n/**/*.ts', 'src/schemas/**/*.ts', 'src/check/**/*.ts'],
      compilerOptions: { types: ['node', 'astro/client'] },
    }),
  );
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('a fifth locale added to the table (qaa, in a copy)', () => {
  it('is a type error until its unit labels and its dictionary are given', () => {
    assert.deepEqual(typeErrors(), [], 'the copy type-checks as it is');
    const table = read('src/i18n/locales.ts');
    const end = table.indexOf('} as const satisfies Record<string, LocaleConfig>;');
    assert.ok(end > 0, 'the locale table ends where this test expects');
    write('src/i18n/locales.ts', table.slice(0, end) + TABLE_LINE + table.slice(end));

    const missing = typeErrors();
    assert.ok(
      missing.some((error) => error.startsWith('src/schemas/units.ts:')),
      `unit labels are required: ${missing.join(', ')}`,
    );
    assert.ok(
      missing.some((error) => error.startsWith('src/i18n/ui/index.ts:')),
      `a dictionary is required: ${missing.join(', ')}`,
    );

    // Unit labels: English ones stand in (one and other, the forms the table gives qaa).
    const units = read('src/schemas/units.ts');
    const withLabels = units.replace(/^( +)en: (\{ one: .*\}),$/gm, '$1en: $2,\n$1qaa: $2,');
    assert.equal((withLabels.match(/^ +qaa: /gm) ?? []).length, (units.match(/^ +en: /gm) ?? []).length);
    write('src/schemas/units.ts', withLabels);
    const withoutDictionary = typeErrors();
    assert.ok(withoutDictionary.some((error) => error.startsWith('src/i18n/ui/index.ts:')));
    assert.deepEqual(
      withoutDictionary.filter((error) => !/^src\/i18n\/(ui\/)?index\.ts:/.test(error)),
      [],
      'with its unit labels, only the dictionary is missing (the registry, and the translator that reads it)',
    );

    // The dictionary: a copy of en.ts under the new name, and its line in the registry.
    write(
      'src/i18n/ui/qaa.ts',
      read('src/i18n/ui/en.ts').replace('export const en =', 'export const qaa =').replace("Dictionary<'en'>", "Dictionary<'qaa'>"),
    );
    const registry = read('src/i18n/ui/index.ts');
    write(
      'src/i18n/ui/index.ts',
      registry
        .replace("import { fr } from './fr.ts';", "import { fr } from './fr.ts';\nimport { qaa } from './qaa.ts';")
        .replace('{ ar, fr, en, zgh }', '{ ar, fr, en, zgh, qaa }'),
    );
    assert.deepEqual(typeErrors(), [], 'with its dictionary, the code type-checks');
  });

  it('makes the check ask for its names and for a text of every achievement in it, in English', () => {
    const { status, output } = run('src/check/cli.ts', '--lang', 'qaa');
    assert.equal(status, 1, output);
    for (const slug of slugs) {
      assert.match(
        output,
        new RegExp(`content/achievements/${slug}/qaa\\.mdx:1:1  warning \\[missing-translation\\]\\n  There is no qaa translation`),
      );
    }
    for (const file of ['categories', 'regions', 'places', 'partners']) {
      assert.match(output, new RegExp(`content/${file}\\.yaml:\\d+:\\d+ +error .*\\n  Field: item 1 › name › qaa\\n`), `${file}.yaml`);
    }
    assert.match(output, /content\/source\/report\.yaml:\d+:\d+ +error .*\n {2}Field: publisher › name › qaa\n/);
    assert.match(output, /What to do: /, 'a language the check does not speak is reported in English');

    // The names (English ones stand in) through the YAML document, and a text per achievement.
    for (const file of ['categories', 'regions', 'places', 'partners']) {
      const document = parseDocument(read(`content/${file}.yaml`));
      assert.ok(isSeq(document.contents));
      document.contents.items.forEach((item, index) => {
        assert.ok(isMap(item));
        document.setIn([index, 'name', 'qaa'], document.getIn([index, 'name', 'en']));
      });
      write(`content/${file}.yaml`, document.toString());
    }
    const report = parseDocument(read('content/source/report.yaml'));
    report.setIn(['publisher', 'name', 'qaa'], report.getIn(['publisher', 'name', 'en']));
    write('content/source/report.yaml', report.toString());
    // English texts stand in (its numbers are written as en-GB writes them), never compared with
    // the Arabic yet: no `sourceHash`.
    for (const slug of slugs) {
      write(`content/achievements/${slug}/qaa.mdx`, read(`content/achievements/${slug}/en.mdx`).replace(/^sourceHash: .*\n/m, ''));
    }
    const checked = run('src/check/cli.ts', '--lang', 'qaa');
    assert.equal(checked.status, 0, checked.output);
    assert.match(checked.output, /^No problem\. Files checked: \d+$/m);
  });

  it('makes the translations tool follow its texts', () => {
    const { status, output } = run('src/check/translations.ts');
    assert.equal(status, 0, output);
    assert.match(
      output,
      // fr and en current, qaa unmarked, zgh (texts optional) missing.
      new RegExp(
        `\\n${slugs.length * 4} translations: ${slugs.length * 2} current, 0 stale, ${slugs.length} missing, ${slugs.length} unmarked\\.`,
      ),
    );
    assert.match(output, /literacy-programme\/qaa\.mdx {2}UNMARKED/);
  });

  it('builds its pages under /qaa/, in its language and direction, with hreflang alternates', () => {
    const { status, output } = run(join(root, 'node_modules/astro/bin/astro.mjs'), 'build');
    assert.equal(status, 0, output);
    const page = (route: string) => readFileSync(path(`dist/${route}index.html`), 'utf8');
    for (const route of ['qaa/', 'qaa/achievements/literacy-programme/', 'qaa/regions/', 'qaa/data/']) {
      assert.match(page(route), /<html lang="qaa" dir="ltr"/, route);
    }
    assert.match(page(''), /hreflang="qaa" lang="qaa" dir="ltr"[^>]*>Qaa</, 'the language switcher names it');
    assert.match(page('achievements/literacy-programme/'), /hreflang="qaa" href="[^"]*\/qaa\/achievements\/literacy-programme\/"/);
    const english = /<title>([^<]+)<\/title>/.exec(page('en/achievements/literacy-programme/'))?.[1];
    assert.ok(english);
    assert.ok(page('qaa/achievements/literacy-programme/').includes(english), 'its own text, not the Arabic');
    assert.ok(existsSync(path('dist/qaa/404.html')), 'a 404 page of its own');
    const sitemap = readFileSync(path('dist/sitemap-0.xml'), 'utf8');
    assert.match(sitemap, /<xhtml:link rel="alternate" hreflang="qaa" href="[^"]*\/qaa\/"\/>/);
  });

  it('makes the scaffold write a file in it', () => {
    const { status, output } = run('src/check/new-entry.ts', '--root', dir, '--slug', 'new-entry', '--category', 'legal-framework');
    assert.equal(status, 0, output);
    assert.match(read('content/achievements/new-entry/qaa.mdx'), /translated into qaa/);
    assert.ok(!existsSync(path('content/achievements/new-entry/zgh.mdx')), 'a zgh text is optional: no file');
  });
});
