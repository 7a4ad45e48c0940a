import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, beforeEach, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DOMParser, type Element } from '@xmldom/xmldom';
import fc from 'fast-check';
import * as prettier from 'prettier';
import { translationLocales } from '../../src/i18n/locales.ts';
import { checkContent } from '../../src/check/run.ts';
import {
  XLIFF_NS,
  dictionaryFile,
  exportXliff,
  interfaceUnits,
  markReviewed,
  paragraphs,
  planImport,
  reviewLine,
  reviewMarker,
  targetLanguage,
} from '../../src/check/xliff.ts';
import { dictionaries } from '../../src/i18n/ui/index.ts';
import { zgh, zghReview } from '../../src/i18n/ui/zgh.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'tests/fixtures/translations');
const scratch = mkdtempSync(join(tmpdir(), 'translations-xliff-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
let project = '';
let copies = 0;
const projectUrl = () => pathToFileURL(`${project}/`);
const inProject = (path: string) => join(project, path);
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'src/check/translations.ts'), '--root', project, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

/** Every file of the copy with its content, to compare the tree before and after. */
function tree(dir = project): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((path) => join(dir, path))
      .filter((path) => statSync(path).isFile())
      .map((path) => [relative(project, path), readFileSync(path, 'utf8')]),
  );
}

/** Parses strictly: any error or fatal error throws. */
function parseStrict(text: string) {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(text, 'text/xml');
}

const elements = (parent: { getElementsByTagNameNS(ns: string, name: string): ArrayLike<Element> }, name: string) =>
  Array.from(parent.getElementsByTagNameNS(XLIFF_NS, name));

/** The 1-based line of the first line of `text` holding `marker`. */
const lineHolding = (text: string, marker: string) => text.split('\n').findIndex((line) => line.includes(marker)) + 1;

async function prettierAccepts(path: string, content: string): Promise<boolean> {
  const options = await prettier.resolveConfig(join(root, path));
  return prettier.check(content, { ...options, filepath: join(root, path) });
}

beforeEach(() => {
  project = join(scratch, String(copies++));
  cpSync(join(root, 'content'), inProject('content'), { recursive: true });
  cpSync(join(root, 'src/i18n/ui'), inProject('src/i18n/ui'), { recursive: true });
  // One entry lacks its French text, so that the French file carries an entry.
  rmSync(inProject('content/achievements/literacy-programme/fr.mdx'));
});

describe('npm run translations -- --export', () => {
  it('writes well-formed XLIFF 2.0 with every interface string, the missing entry and the other languages beside each, the same bytes each time', () => {
    const text = exportXliff(projectUrl(), targetLanguage('fr'));
    assert.equal(text, exportXliff(projectUrl(), targetLanguage('fr')), 'two exports are equal');
    const document = parseStrict(text);
    const xliff = document.documentElement;
    assert.ok(xliff);
    assert.equal(xliff.namespaceURI, XLIFF_NS);
    assert.equal(xliff.getAttribute('version'), '2.0');
    assert.equal(xliff.getAttribute('srcLang'), 'ar');
    assert.equal(xliff.getAttribute('trgLang'), 'fr');

    const files = elements(document, 'file');
    assert.deepEqual(
      files.map((file) => file.getAttribute('id')),
      ['ui', 'entry:literacy-programme'],
    );
    const [ui, entry] = files as [Element, Element];
    const units = new Map(elements(ui, 'unit').map((unit) => [unit.getAttribute('id'), unit]));
    assert.deepEqual([...units.keys()].sort(), Object.keys(dictionaries.fr).sort(), 'one unit per French dictionary key');
    const home = units.get('nav.home');
    assert.ok(home);
    assert.equal(elements(home, 'source')[0]?.textContent, dictionaries.ar['nav.home']);
    assert.equal(elements(home, 'target')[0]?.textContent, dictionaries.fr['nav.home']);
    assert.equal(elements(home, 'note').find((note) => note.getAttribute('category') === 'en')?.textContent, dictionaries.en['nav.home']);
    const other = units.get('count.achievements_other');
    assert.ok(other);
    assert.deepEqual(
      elements(other, 'note').map((note) => note.getAttribute('category')),
      ['plural', ...translationLocales.filter((code) => code !== 'fr'), 'ar-zero', 'ar-one', 'ar-two', 'ar-few', 'ar-many', 'ar-other'],
      'a counted phrase shows every Arabic form',
    );

    const notes = elements(entry, 'note').map((note) => `${note.getAttribute('category')}: ${note.textContent}`);
    assert.ok(notes.includes('facts: numbers the facts hold (a number in the text must be one of them): 19000'), notes.join('\n'));
    assert.ok(notes.some((note) => note.startsWith('en: Continued training of 19,000 artisans')));
    const bodyUnit = elements(entry, 'unit').find((unit) => unit.getAttribute('id') === 'body');
    assert.ok(bodyUnit);
    const arabicBody = readFileSync(inProject('content/achievements/literacy-programme/ar.mdx'), 'utf8').split('---\n')[2];
    assert.equal(
      elements(bodyUnit, 'source')
        .map((source) => source.textContent)
        .join(''),
      arabicBody,
      'paragraphs and the space between them give back the Arabic body exactly',
    );
  });

  it('shows the French beside each string in the English file', () => {
    const document = parseStrict(exportXliff(projectUrl(), targetLanguage('en')));
    const notes = elements(document, 'note').filter((note) => note.getAttribute('category') === 'fr');
    assert.ok(notes.some((note) => note.textContent === dictionaries.fr['nav.home']));
    assert.ok(notes.some((note) => note.textContent === 'Formation des artisans dans le cadre du programme d’alphabétisation') === false);
    assert.equal(elements(document, 'file').length, 1, 'every English entry text is current');
  });

  it('exports for a language the locale table does not hold yet (zgh): its draft as targets, every entry text, French and English beside', () => {
    const text = exportXliff(projectUrl(), { code: 'zgh', plurals: ['one', 'other'], dictionary: zgh });
    const document = parseStrict(text);
    assert.equal(document.documentElement?.getAttribute('trgLang'), 'zgh');
    const files = elements(document, 'file');
    const entries = readdirSync(inProject('content/achievements')).filter((slug) =>
      existsSync(inProject(`content/achievements/${slug}/ar.mdx`)),
    );
    assert.equal(files.length, 1 + entries.length, 'every entry text lacks zgh');
    const title = elements(files[0] as Element, 'unit').find((unit) => unit.getAttribute('id') === 'site.title');
    assert.ok(title);
    assert.equal(elements(title, 'target')[0]?.textContent, zgh['site.title']);
    assert.deepEqual(
      elements(title, 'note').map((note) => note.getAttribute('category')),
      ['fr', 'en'],
    );
  });

  it('keeps the file well-formed whatever the text holds', () => {
    const hostile = 'a < b & "c" \'d\' ]]> \u0001 \r\n end';
    const text = exportXliff(projectUrl(), { code: 'zgh', plurals: ['one', 'other'], dictionary: { ...zgh, 'nav.home': hostile } });
    const home = elements(parseStrict(text), 'unit').find((unit) => unit.getAttribute('id') === 'nav.home');
    assert.equal(home && elements(home, 'target')[0]?.textContent, hostile.replace('\u0001', '\uFFFD'));
  });
});

describe('npm run translations -- --import', () => {
  it('writes a translated file into the dictionary and the entry, marked, in the shape prettier and the content check accept', async () => {
    const plan = planImport(projectUrl(), fixture('fr-translated.xlf'));
    assert.deepEqual(plan.problems, []);
    const run = cli('--import', join(fixtures, 'fr-translated.xlf'), '--lang', 'en');
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /wrote content\/achievements\/literacy-programme\/fr\.mdx/);

    const entry = readFileSync(inProject('content/achievements/literacy-programme/fr.mdx'), 'utf8');
    const hash = /^sourceHash: (\w+)$/m.exec(readFileSync(join(root, 'content/achievements/literacy-programme/fr.mdx'), 'utf8'))?.[1];
    assert.equal(
      entry,
      `---\nsourceHash: ${hash}\ntitle: Les artisans au programme d’alphabétisation & de lecture\n---\n\n` +
        'Formation continue de 19\u202f000 artisans au programme d’alphabétisation, avec l’Agence nationale de lutte contre l’analphabétisme.\n',
    );

    const before = readFileSync(join(root, 'src/i18n/ui/fr.ts'), 'utf8');
    const after = readFileSync(inProject('src/i18n/ui/fr.ts'), 'utf8');
    const changed = after.split('\n').filter((line) => !before.split('\n').includes(line));
    assert.deepEqual(changed, [
      "  'nav.home': 'Page d’accueil',",
      "  'home.glanceRegions': 'sur {{total}}, là où des réalisations sont localisées',",
      "  'count.achievements_one': '{{count}} réalisation recensée',",
      "  'count.achievements_other': '{{count}} réalisations recensées',",
    ]);
    assert.equal(after.split('\n').length, before.split('\n').length, 'comments and every other line stay');
    assert.ok(await prettierAccepts('src/i18n/ui/fr.ts', after));

    const check = checkContent(pathToFileURL(`${project}/`));
    assert.deepEqual(
      check.problems.filter((problem) => problem.severity === 'error'),
      [],
    );
    assert.deepEqual(planImport(projectUrl(), fixture('fr-translated.xlf')).writes, [], 'importing again changes nothing');
  });

  it('refuses a broken file, naming the line of each mistake, and writes nothing', () => {
    const broken = fixture('fr-broken.xlf');
    const plan = planImport(projectUrl(), broken);
    assert.deepEqual(
      plan.problems.map((problem) => `${problem.line} ${problem.code} ${problem.unit}`),
      [
        `${lineHolding(broken, 'sur douze')} placeholders ui/home.glanceRegions`,
        `${lineHolding(broken, 'unit id="count.achievements_one"')} missing-plural-form ui/count.achievements_other`,
        `${lineHolding(broken, '19\u202f500')} translation-drift entry:literacy-programme/body#p1`,
      ],
    );
    assert.deepEqual(plan.writes, []);

    const before = tree();
    for (const lang of ['ar', 'fr', 'en']) {
      const run = cli('--import', join(fixtures, 'fr-broken.xlf'), '--lang', lang);
      assert.equal(run.status, 1);
      assert.match(run.stdout, new RegExp(`fr-broken\\.xlf:${lineHolding(broken, '19\u202f500')} `));
    }
    const run = cli('--import', join(fixtures, 'fr-broken.xlf'), '--lang', 'en');
    assert.match(run.stdout, /The placeholders of the translation \(-\) are not those of the original \(\{\{total\}\}\)/);
    assert.match(run.stdout, /The plural form "other" is missing; the language needs the forms: one, other/);
    assert.match(run.stdout, /The number 19\u202f500 in the text matches no figure or date/);
    assert.match(run.stdout, /No file written: 3 problem\(s\)/);
    assert.deepEqual(tree(), before, 'nothing written');
  });

  it('refuses a file that is not XML, for another language, or with units the project does not have', () => {
    const translated = fixture('fr-translated.xlf');
    const codes = (text: string) =>
      planImport(projectUrl(), text).problems.map((problem) => `${problem.line} ${problem.code} ${problem.unit}`);
    assert.deepEqual(codes(translated.replace('</unit>', '</unt>')), ['9 not-xml -']);
    assert.deepEqual(codes(translated.replace('trgLang="fr"', 'trgLang="de"')), [`${lineHolding(translated, '<xliff ')} wrong-language -`]);
    assert.deepEqual(codes(translated.replace('unit id="nav.home"', 'unit id="nav.homepage"')), [
      `${lineHolding(translated, 'nav.home')} unknown-unit ui/nav.homepage`,
    ]);
    assert.deepEqual(codes(translated.replace('<target>Page d’accueil</target>', '')), [
      `${lineHolding(translated, 'nav.home')} missing-target ui/nav.home`,
    ]);
    assert.deepEqual(codes(translated.replace('Page d’accueil', 'Page\u202Ed’accueil')), [
      `${lineHolding(translated, 'Page d’accueil')} bidi-control ui/nav.home`,
    ]);
    assert.deepEqual(codes(translated.replace('entry:literacy-programme', 'entry:no-such-entry')), [
      `${lineHolding(translated, 'entry:literacy-programme')} unknown-file entry:no-such-entry`,
    ]);
  });
});

describe('the pieces of the round trip', () => {
  it('cuts a body into paragraphs that join back to it exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'ب', ' ', '\n', '\t', '- ', '19.000')).map((parts) => parts.join('')),
        (body) => {
          const parts = paragraphs(body);
          assert.equal(parts.map((part) => part.text).join(''), body);
          assert.ok(parts.every((part) => part.kind === 'space' || !/^\s|\n\s*\n|\s$/.test(part.text)));
        },
      ),
    );
    assert.deepEqual(
      paragraphs('\nFirst.\n\nSecond\nline.\n').map((part) => part.kind),
      ['space', 'text', 'space', 'text', 'space'],
    );
  });

  it('rewrites nothing in a dictionary given its own values, and writes a new one prettier accepts', async () => {
    const order = interfaceUnits(['one', 'other']).map((unit) => unit.id);
    const french = readFileSync(join(root, 'src/i18n/ui/fr.ts'), 'utf8');
    const some = { 'nav.home': dictionaries.fr['nav.home'], 'site.description': dictionaries.fr['site.description'] };
    assert.equal(dictionaryFile(french, 'fr', some, order), french, 'a short and a long line, as prettier writes them');
    const fresh = dictionaryFile(undefined, 'fr', dictionaries.fr, order);
    assert.ok(await prettierAccepts('src/i18n/ui/fr.ts', fresh));
    assert.ok(fresh.includes("'punctuation.labelSeparator': '\\u00a0: ',"), 'a no-break space stays visible as an escape');
  });

  it('says a draft is a draft until it is marked reviewed, and marks it without touching the rest', async () => {
    assert.equal(zghReview.status, 'draft');
    assert.match(
      reviewLine('zgh', await reviewMarker(projectUrl(), 'zgh')),
      /^zgh: interface text is a DRAFT, not yet reviewed.*--reviewed zgh --by/,
    );
    assert.equal(reviewLine('fr', await reviewMarker(projectUrl(), 'fr')), 'fr: interface text reviewed', 'no marker: reviewed');

    const run = cli('--reviewed', 'zgh', '--by', 'Tasnim Ait Ali');
    assert.equal(run.status, 0, run.stderr);
    const marked = readFileSync(inProject('src/i18n/ui/zgh.ts'), 'utf8');
    const original = readFileSync(join(root, 'src/i18n/ui/zgh.ts'), 'utf8');
    assert.equal(
      marked,
      original.replace("status: 'draft',", "status: 'reviewed',").replace('reviewedBy: null,', "reviewedBy: 'Tasnim Ait Ali',"),
    );
    assert.equal(reviewLine('zgh', await reviewMarker(projectUrl(), 'zgh')), 'zgh: interface text reviewed by Tasnim Ait Ali');
    assert.ok(await prettierAccepts('src/i18n/ui/zgh.ts', marked));
    assert.throws(() => markReviewed(readFileSync(join(root, 'src/i18n/ui/fr.ts'), 'utf8'), 'fr', 'X'), /no frReview marker/);
  });

  it('reports the review state of each language', () => {
    const run = cli();
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /literacy-programme\/fr\.mdx {2}MISSING/);
    assert.match(run.stdout, /^fr: interface text reviewed$/m);
    assert.match(run.stdout, /^en: interface text reviewed$/m);
  });
});
