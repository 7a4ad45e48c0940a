import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, beforeEach, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fieldReference } from '../../src/check/field-reference.ts';
import { createEntry } from '../../src/check/new-entry.ts';
import { checkContent } from '../../src/check/run.ts';
import { markTranslation, translationStatuses } from '../../src/check/translations.ts';
import { textsRequired } from '../../src/i18n/locales.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'content-tools-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
let project = '';
let copies = 0;
const contentDir = () => pathToFileURL(`${project}/content/`);
const file = (path: string) => join(project, 'content', path);
const node = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, script), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

beforeEach(() => {
  project = join(scratch, String(copies++));
  cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });
});

describe('npm run check', () => {
  it('exits 0 on clean content and 1 on an error, in the language asked for', () => {
    const clean = node('src/check/cli.ts', '--root', project);
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    assert.match(clean.stdout, /لا مشكلة/);
    writeFileSync(
      file('achievements/literacy-programme/fr.mdx'),
      readFileSync(file('achievements/literacy-programme/fr.mdx'), 'utf8').replace('19\u202f000', '19\u202f500'),
    );
    for (const [lang, words] of [
      ['ar', /الموجود: 19 500/],
      ['fr', /Trouvé : 19 500|Trouvé: 19 500/],
      ['en', /Found: 19 500/],
    ] as const) {
      const broken = node('src/check/cli.ts', '--root', project, '--lang', lang);
      assert.equal(broken.status, 1);
      assert.match(broken.stdout.replace(/\u202f/g, ' '), words);
      assert.match(broken.stdout, /content\/achievements\/literacy-programme\/fr\.mdx:\d+:\d+/);
    }
  });

  it('prints GitHub annotations for pull requests', () => {
    writeFileSync(
      file('achievements/literacy-programme/ar.mdx'),
      readFileSync(file('achievements/literacy-programme/ar.mdx'), 'utf8').replace('status: ongoing', 'status: done'),
    );
    const result = node('src/check/cli.ts', '--root', project, '--format', 'github', '--lang', 'en');
    assert.match(
      result.stdout,
      /^::error file=content\/achievements\/literacy-programme\/ar\.mdx,line=4,col=9,title=invalid-option \(status\)::The value "done" is not allowed/m,
    );
  });

  it('refuses an unknown option value', () => {
    assert.equal(node('src/check/cli.ts', '--lang', 'de').status, 2);
  });
});

describe('npm run new', () => {
  it('creates an entry in every language whose only problems are the TODOs, and that passes once filled in', () => {
    rmSync(file('achievements/standards-projects-agreement'), { recursive: true });
    const created = node(
      'src/check/new-entry.ts',
      '--root',
      project,
      '--slug',
      'standards-agreement',
      '--category',
      'quality-research-innovation',
    );
    assert.equal(created.status, 0, created.stderr);
    assert.match(created.stdout, /content\/achievements\/standards-agreement\/ar\.mdx/);

    const before = checkContent(pathToFileURL(`${project}/`)).problems;
    assert.deepEqual(new Set(before.map((problem) => problem.code)), new Set(['placeholder']));
    assert.deepEqual(new Set(before.map((problem) => problem.file.split('/').pop())), new Set(['ar.mdx', 'fr.mdx', 'en.mdx']));

    const fill = (path: string, replacements: [string | RegExp, string][]) => {
      let text = readFileSync(file(path), 'utf8');
      for (const [from, to] of replacements) text = text.replace(from, to);
      writeFileSync(file(path), text);
    };
    fill('achievements/standards-agreement/ar.mdx', [
      ['title: TODO', 'title: اتفاقية لإنجاز مشاريع المواصفات'],
      ['status: TODO', 'status: completed'],
      ['line: TODO', 'line: 28'],
      [/TODO: .*/, 'إبرام اتفاقية من أجل إنجاز مشاريع المواصفات.'],
    ]);
    fill('achievements/standards-agreement/fr.mdx', [
      ['title: TODO', 'title: Convention sur les normes'],
      [/TODO: .*/, 'Conclusion d’une convention.'],
    ]);
    fill('achievements/standards-agreement/en.mdx', [
      ['title: TODO', 'title: Agreement on standards'],
      [/TODO: .*/, 'Conclusion of an agreement.'],
    ]);
    assert.deepEqual(checkContent(pathToFileURL(`${project}/`)).problems, []);
  });

  it('refuses a bad slug, an unknown category and an existing folder', () => {
    assert.match(
      String((createEntry(contentDir(), { slug: 'Bad Slug', category: 'legal-framework' }) as { error: string }).error),
      /cannot be a slug/,
    );
    assert.match(String((createEntry(contentDir(), { slug: 'x', category: 'nope' }) as { error: string }).error), /is not a category/);
    assert.match(
      String((createEntry(contentDir(), { slug: 'literacy-programme', category: 'legal-framework' }) as { error: string }).error),
      /exists already/,
    );
    const cli = node('src/check/new-entry.ts', '--root', project, '--slug', 'x');
    assert.equal(cli.status, 2, 'without a TTY and without --category it says how to call it');
  });
});

describe('npm run translations', () => {
  it('reports every translation current, then stale when the Arabic changes, and current again once marked', () => {
    const achievements = pathToFileURL(`${project}/content/achievements/`);
    // A language whose texts are optional (zgh) has none yet: the report lists each as missing.
    const optional = translationStatuses(achievements).filter((status) => !textsRequired(status.locale));
    assert.ok(optional.length > 0 && optional.every((status) => status.state === 'missing'), 'every zgh text is listed missing');
    const states = () => translationStatuses(achievements).filter((status) => textsRequired(status.locale));
    assert.ok(
      states().every((status) => status.state === 'current'),
      'all translations are marked against today’s Arabic',
    );

    const arabic = file('achievements/literacy-programme/ar.mdx');
    writeFileSync(arabic, readFileSync(arabic, 'utf8').replace('مواصلة تكوين', 'مواصلة تأطير'));
    rmSync(file('achievements/financial-education/en.mdx'));
    const changed = states().filter((status) => status.state !== 'current');
    assert.deepEqual(
      changed.map((status) => `${status.slug}/${status.locale} ${status.state}`),
      ['financial-education/en missing', 'literacy-programme/fr stale', 'literacy-programme/en stale'],
    );

    markTranslation(achievements, 'literacy-programme', 'fr');
    assert.equal(states().find((status) => status.slug === 'literacy-programme' && status.locale === 'fr')?.state, 'current');
    const cli = node('src/check/translations.ts');
    assert.equal(cli.status, 0);
    const required = states().length;
    assert.equal(required, 64);
    assert.match(
      cli.stdout,
      new RegExp(`${required + optional.length} translations: ${required} current, 0 stale, ${optional.length} missing`),
    );
  });
});

describe('marking a translation (npm run translations -- --mark)', () => {
  const achievements = () => pathToFileURL(`${project}/content/achievements/`);
  const translation = () => file('achievements/literacy-programme/fr.mdx');

  it('sets sourceHash in the frontmatter only, first, and leaves comments, order, quoting and text as written', () => {
    const original = readFileSync(translation(), 'utf8');
    const hash = /^sourceHash: (\w+)$/m.exec(original)?.[1];
    assert.ok(hash);
    const edited = original
      .replace(/^sourceHash: .*\n/m, '')
      .replace('---\n', '---\n# Relu le 3 mars.\n')
      .replace(/^title: (.*)$/m, 'title: "$1" # le titre du document')
      .concat('\nsourceHash: 000000000000\n');
    writeFileSync(translation(), edited);
    markTranslation(achievements(), 'literacy-programme', 'fr');
    assert.equal(readFileSync(translation(), 'utf8'), edited.replace('---\n', `---\nsourceHash: ${hash}\n`));

    markTranslation(achievements(), 'literacy-programme', 'fr');
    assert.equal(
      readFileSync(translation(), 'utf8'),
      edited.replace('---\n', `---\nsourceHash: ${hash}\n`),
      'marking again changes nothing',
    );
  });

  it('refuses a file without frontmatter, saying what to do', () => {
    writeFileSync(translation(), 'Texte sans en-tête.\n');
    assert.throws(() => markTranslation(achievements(), 'literacy-programme', 'fr'), /has no readable frontmatter: run npm run check/);
    assert.equal(readFileSync(translation(), 'utf8'), 'Texte sans en-tête.\n');
  });
});

describe('content/FIELDS.md', () => {
  it('is the reference generated from the schemas, up to date', () => {
    assert.equal(readFileSync(join(root, 'content/FIELDS.md'), 'utf8'), fieldReference());
  });
});
