import { z } from 'astro/zod';
import { textsRequired, translationLocales, type Locale } from '../i18n/locales.ts';
import { NESTED_TOO_DEEPLY, type ProseSegment } from '../lib/mdx-html.ts';
import { numbersInFacts, numbersInText } from '../lib/fact-numbers.ts';
import { achievementSchema, translationSchema, type AchievementFacts } from '../schemas/achievement.ts';
import { dataFileNames, knownIdsOf, readContent, type ContentRead, type DataName, type ReadFile } from '../lib/pipeline/read.ts';
import { sourceReportSchema } from '../schemas/source-report.ts';
import { categorySchema, partnerSchema, placeSchema, regionSchema } from '../schemas/taxonomy.ts';
import { imageFormats } from './allow-list.ts';
import { AMBIGUOUS, LocatedYaml } from './frontmatter.ts';
import { positionAt, type FieldPath, type Problem } from './problem.ts';
import { strayProblems } from './rules/markup.ts';
import { imageDataProblems, renderedProblems, type ImageToDecode } from './rules/rendered.ts';
import { schemaProblems } from './rules/schema.ts';
import { decodedProblems, unicodeProblems } from './rules/unicode.ts';
import { readSourceBullets } from './source.ts';
import { closest } from './suggest.ts';

/**
 * The content check: every problem in every editor's file, in one pass, without running any
 * of them, judged on the content folder as the pipeline read it (src/lib/pipeline/read.ts).
 * `npm run check` prints its result; the build's loaders run it on their own reading and stop
 * on errors (src/lib/pipeline/loaders.ts).
 */
export interface CheckResult {
  problems: Problem[];
  filesChecked: number;
  /** The images of the texts whose files pass, still to be decoded ({@link checkContentAndImages}). */
  images: ImageToDecode[];
}

// Every language but the default one: its file holds the facts.
const TRANSLATIONS = translationLocales;
const entryFiles = ['ar.mdx', ...TRANSLATIONS.map((locale) => `${locale}.mdx`)];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PLACEHOLDER = /^TODO\b/;

const dataFiles = {
  categories: { file: dataFileNames.categories, schema: categorySchema },
  regions: { file: dataFileNames.regions, schema: regionSchema },
  places: { file: dataFileNames.places, schema: placeSchema },
  partners: { file: dataFileNames.partners, schema: partnerSchema },
} as const;

type Row = { id?: unknown; region?: unknown; seat?: unknown; name?: { ar?: unknown } };

/** The text of a file as read, or undefined with the reason recorded. A symbolic link is never followed ({@link symlinkProblem}). */
function readText(read: ReadFile, problems: Problem[]): string | undefined {
  if (read.problem) problems.push({ severity: 'error', file: read.file, expected: '', found: '', ...read.problem });
  return read.text;
}

const symlinkProblem = (file: string): Problem => ({
  code: 'symlink',
  severity: 'error',
  file,
  line: 1,
  column: 1,
  expected: '',
  found: file,
});

/** The character rules on the strings of a YAML document as decoded (escapes such as "\u202E" resolved). */
function decodedYamlProblems(yaml: LocatedYaml, file: string, raw: readonly Problem[]): Problem[] {
  const strings = yaml
    .scalars()
    .filter((scalar): scalar is { path: (string | number)[]; value: string } => typeof scalar.value === 'string');
  return decodedProblems(
    strings.map(({ path, value }) => ({ value, ...yaml.locate(path) })),
    file,
    raw,
  );
}

function yamlSyntaxProblems(yaml: LocatedYaml, text: string, firstLine: number, file: string): Problem[] {
  const lines = text.split('\n');
  return yaml.errors().map((error) => {
    const lineText = lines[error.line - firstLine]?.trim() ?? '';
    return {
      code: error.code === AMBIGUOUS ? 'yaml-ambiguous' : 'yaml-syntax',
      severity: 'error',
      file,
      line: error.line,
      column: error.column,
      expected: 'YAML',
      found: lineText,
      params: { detail: lineText },
    };
  });
}

/** The check of the content folder of the project at `root`, read for it (`npm run check`). */
export function checkContent(root: URL): CheckResult {
  return checkRead(readContent(root));
}

/** The whole check, images decoded: what `npm run check` runs. */
export async function checkContentAndImages(root: URL): Promise<CheckResult> {
  return withImageData(checkContent(root));
}

/** A check's result with its images decoded, the one rule that waits. */
export async function withImageData(result: CheckResult): Promise<CheckResult> {
  return { ...result, problems: [...result.problems, ...(await imageDataProblems(result.images))] };
}

/** The check of a reading of the content folder, every rule but the decoding of images: the build's loaders judge their own this way. */
export function checkRead(read: ContentRead): CheckResult {
  const problems: Problem[] = [];
  const images: ImageToDecode[] = [];
  let filesChecked = 0;
  const relative = (path: string) => `content/${path}`;
  problems.push(...read.symlinks.map(symlinkProblem));

  // 1. The data files: categories, regions, places, partners.
  const rows = {} as Record<DataName, Row[]>;
  const yamls = {} as Partial<Record<DataName, LocatedYaml>>;
  for (const [name, { file, schema }] of Object.entries(dataFiles) as [DataName, (typeof dataFiles)[DataName]][]) {
    rows[name] = [];
    const text = readText(read.data[name], problems);
    const yaml = read.data[name].yaml;
    if (text === undefined || yaml === undefined) continue;
    filesChecked++;
    const characters = unicodeProblems(text, relative(file));
    problems.push(...characters);
    yamls[name] = yaml;
    const syntax = yamlSyntaxProblems(yaml, text, 1, relative(file));
    if (syntax.length > 0) {
      problems.push(...syntax);
      continue;
    }
    problems.push(...decodedYamlProblems(yaml, relative(file), characters));
    const data: unknown = yaml.value;
    if (!Array.isArray(data)) {
      problems.push({
        code: 'data-not-list',
        severity: 'error',
        file: relative(file),
        line: 1,
        column: 1,
        expected: '- id: …',
        found: { kind: data === null ? 'null' : 'object' },
      });
      continue;
    }
    rows[name] = data as Row[];
    const result = z.array(schema).safeParse(data, { reportInput: true });
    if (!result.success) problems.push(...schemaProblems(result.error.issues, yaml, relative(file)));
    const seen = new Set<unknown>();
    data.forEach((row: Row, index) => {
      if (row?.id === undefined) return;
      if (seen.has(row.id)) {
        problems.push({
          code: 'duplicate-id',
          severity: 'error',
          file: relative(file),
          ...yaml.locate([index, 'id']),
          field: [index, 'id'],
          expected: '',
          found: String(row.id),
        });
      }
      seen.add(row.id);
    });
  }
  // Each region has its own tile on the schematic map (src/lib/tile-map.ts).
  const tileOwners = new Map<string, unknown>();
  rows.regions.forEach((row, index) => {
    const tile = (row as { tile?: { row?: unknown; column?: unknown } } | undefined)?.tile;
    if (typeof tile?.row !== 'number' || typeof tile.column !== 'number') return;
    const key = `(${tile.row}, ${tile.column})`;
    const other = tileOwners.get(key);
    if (other === undefined) tileOwners.set(key, row?.id);
    else {
      problems.push({
        code: 'duplicate-tile',
        severity: 'error',
        file: relative(dataFiles.regions.file),
        ...(yamls.regions?.locate([index, 'tile']) ?? { line: 1, column: 1 }),
        field: [index, 'tile'],
        expected: '',
        found: key,
        params: { other: String(other) },
      });
    }
  });
  const knownIds = knownIdsOf(read);
  const crossReference = (name: DataName, key: 'region' | 'seat', target: DataName) =>
    rows[name].forEach((row, index) => {
      const value = row?.[key];
      if (typeof value === 'string' && !knownIds[target].includes(value)) {
        const file = dataFiles[target].file;
        problems.push({
          code: 'unknown-reference',
          severity: 'error',
          file: relative(dataFiles[name].file),
          ...(yamls[name]?.locate([index, key]) ?? { line: 1, column: 1 }),
          field: [index, key],
          expected: `content/${file}`,
          found: value,
          params: { file: `content/${file}` },
        });
      }
    });
  crossReference('places', 'region', 'regions');
  crossReference('partners', 'seat', 'places');

  // 2. The source document, which every achievement points into.
  const sourceText = readText(read.source, problems) ?? '';
  const bullets = readSourceBullets(sourceText);
  const headingOf = new Map(rows.categories.map((row) => [row?.id, row?.name?.ar]));
  const sourceLines = new Map<number, string>();

  // 2b. How the source document is cited: its publisher and date (content/source/report.yaml).
  const reportFile = read.report.file;
  const reportText = readText(read.report, problems);
  const reportYaml = read.report.yaml;
  if (reportText !== undefined && reportYaml !== undefined) {
    filesChecked++;
    const characters = unicodeProblems(reportText, reportFile);
    problems.push(...characters);
    const yaml = reportYaml;
    const syntax = yamlSyntaxProblems(yaml, reportText, 1, reportFile);
    if (syntax.length > 0) problems.push(...syntax);
    else {
      problems.push(...decodedYamlProblems(yaml, reportFile, characters));
      const result = sourceReportSchema.safeParse(yaml.value ?? {}, { reportInput: true });
      if (!result.success) problems.push(...schemaProblems(result.error.issues, yaml, reportFile));
    }
  }

  // 3. The achievements, one folder each.
  const schema = achievementSchema(knownIds);
  for (const folder of read.folders) {
    const folderFile = folder.file;
    if (folder.kind === 'symlink') {
      problems.push(symlinkProblem(folderFile));
      continue;
    }
    if (folder.kind === 'file') {
      problems.push({
        code: 'unexpected-file',
        severity: 'error',
        file: folderFile,
        line: 1,
        column: 1,
        expected: '<slug>/ar.mdx',
        found: folder.name,
      });
      continue;
    }
    const slug = folder.name;
    const folderPath = folder.path;
    for (const link of folder.symlinks) problems.push(symlinkProblem(`${folderFile}/${link}`));
    // A folder inside an entry's folder is no file of the entry (an image must sit beside its text).
    for (const inner of folder.folders) {
      problems.push({
        code: 'unexpected-file',
        severity: 'error',
        file: `${folderFile}/${inner}`,
        line: 1,
        column: 1,
        expected: 'ar.mdx, fr.mdx, en.mdx',
        found: `${inner}/`,
      });
    }
    const names = folder.names;
    // Git keeps no empty folder: one left behind on an editor's disk is nothing to report.
    if (names.length === 0) continue;
    if (!SLUG.test(slug)) {
      problems.push({
        code: 'slug-invalid',
        severity: 'error',
        file: folderFile,
        line: 1,
        column: 1,
        expected: 'literacy-programme',
        found: slug,
      });
    }
    for (const name of names) {
      const known = entryFiles.includes(name);
      const image = imageFormats.some((extension) => name.toLowerCase().endsWith(extension));
      if (!known && !image) {
        problems.push({
          code: 'unexpected-file',
          severity: 'error',
          file: `${folderFile}/${name}`,
          line: 1,
          column: 1,
          expected: entryFiles.join(', '),
          found: name,
        });
        const stray = folder.strays.find((candidate) => candidate.name === name);
        if (stray) {
          const text = readText(stray, problems);
          if (text !== undefined) {
            const split = stray.split;
            problems.push(
              ...strayProblems(split?.body ?? text, name.endsWith('.mdx') ? 'mdx' : 'md', {
                file: `${folderFile}/${name}`,
                firstLine: split?.bodyFirstLine ?? 1,
              }),
            );
          }
        }
      }
    }

    const entry = (locale: Locale) => {
      const read = folder.texts[locale];
      if (!read) return undefined;
      const file = read.file;
      const text = readText(read, problems);
      if (text === undefined) return undefined;
      filesChecked++;
      const characters = unicodeProblems(text, file);
      problems.push(...characters);
      const split = read.split;
      if (!split || !read.yaml) {
        problems.push({
          code: 'frontmatter-missing',
          severity: 'error',
          file,
          line: 1,
          column: 1,
          expected: '---',
          found: text.split('\n')[0]?.slice(0, 40) ?? '',
        });
        return undefined;
      }
      const yaml = read.yaml;
      const syntax = yamlSyntaxProblems(yaml, text, 1, file);
      let prose: ProseSegment[] = [];
      if (read.rendered === 'too-deep') {
        // Thousands of nested quotes or lists exhaust the parser's stack: the text is refused, not the check.
        problems.push({
          code: 'mdx-syntax',
          severity: 'error',
          file,
          line: split.bodyFirstLine,
          column: 1,
          expected: '',
          found: NESTED_TOO_DEEPLY,
          params: { detail: NESTED_TOO_DEEPLY },
        });
      } else if (read.rendered) {
        prose = read.rendered.prose.map((segment) => ({ ...segment, line: segment.line + split.bodyFirstLine - 1 }));
        problems.push(
          ...renderedProblems(read.rendered, {
            file,
            firstLine: split.bodyFirstLine,
            folder: folderPath,
            body: split.body,
            characters,
            images,
          }),
        );
      }
      if (!split.body.trim()) {
        problems.push({ code: 'empty-text', severity: 'error', file, line: split.bodyFirstLine, column: 1, expected: '…', found: '' });
      }
      const bodyPlaceholder = /\bTODO\b/.exec(split.body);
      if (bodyPlaceholder) {
        problems.push({
          code: 'placeholder',
          severity: 'error',
          file,
          ...positionAtBody(split.body, bodyPlaceholder.index, split.bodyFirstLine),
          field: ['text'],
          expected: '…',
          found: 'TODO',
        });
      }
      if (syntax.length > 0) {
        problems.push(...syntax);
        return undefined;
      }
      problems.push(...decodedYamlProblems(yaml, file, characters));
      const placeholders = yaml.scalars().filter(({ value }) => typeof value === 'string' && PLACEHOLDER.test(value));
      for (const { path } of placeholders) {
        problems.push({ code: 'placeholder', severity: 'error', file, ...yaml.locate(path), field: path, expected: '…', found: 'TODO' });
      }
      const isUnder = (path: FieldPath) =>
        placeholders.some((placeholder) => placeholder.path.every((part, index) => path[index] === part));
      const data: unknown = yaml.value ?? {};
      const result =
        locale === 'ar' ? schema.safeParse(data, { reportInput: true }) : translationSchema.safeParse(data, { reportInput: true });
      if (!result.success) {
        const found = schemaProblems(result.error.issues, yaml, file).filter((problem) => !problem.field || !isUnder(problem.field));
        problems.push(...found);
        // Zod skips the breakdown sums when another field of the entry is wrong: check them
        // here too, so one run reports every problem.
        if (locale === 'ar' && !found.some((problem) => problem.code === 'breakdown-sum')) {
          problems.push(...rawBreakdownProblems(data, yaml, file));
        }
      }
      return { file, yaml, prose, data: result.success ? result.data : undefined };
    };

    const arabic = names.includes('ar.mdx') ? entry('ar') : undefined;
    const facts = arabic?.data as AchievementFacts | undefined;
    if (!names.includes('ar.mdx')) {
      problems.push({
        code: 'missing-arabic',
        severity: 'error',
        file: `${folderFile}/ar.mdx`,
        line: 1,
        column: 1,
        expected: 'ar.mdx',
        found: slug,
      });
    }

    if (facts && arabic) {
      const line = facts.source.line;
      const bullet = bullets.find((candidate) => candidate.line === line);
      if (!bullet || bullet.heading !== headingOf.get(facts.category)) {
        problems.push({
          code: 'source-line',
          severity: 'error',
          file: arabic.file,
          ...arabic.yaml.locate(['source', 'line']),
          field: ['source', 'line'],
          expected: bullets
            .filter((candidate) => candidate.heading === headingOf.get(facts.category))
            .map((candidate) => candidate.line)
            .join(', '),
          found: String(line),
          params: { category: facts.category },
        });
      }
      const other = sourceLines.get(line);
      if (other) {
        problems.push({
          code: 'duplicate-source-line',
          severity: 'error',
          file: arabic.file,
          ...arabic.yaml.locate(['source', 'line']),
          field: ['source', 'line'],
          expected: '',
          found: String(line),
          params: { other },
        });
      }
      sourceLines.set(line, arabic.file);
    }

    const texts = [
      ...(arabic ? [{ locale: 'ar' as Locale, ...arabic }] : []),
      ...TRANSLATIONS.flatMap((locale) => {
        if (!names.includes(`${locale}.mdx`)) {
          // A language whose texts are optional: the translations report lists the missing ones.
          if (names.includes('ar.mdx') && textsRequired(locale)) {
            problems.push({
              code: 'missing-translation',
              severity: 'warning',
              file: `${folderFile}/${locale}.mdx`,
              line: 1,
              column: 1,
              expected: locale,
              found: '',
              params: { file: `${folderFile}/${locale}.mdx` },
            });
          }
          return [];
        }
        const translation = entry(locale);
        return translation ? [{ locale, ...translation }] : [];
      }),
    ];

    // Numbers in a text that the facts do not hold: a translation (or the Arabic) drifted.
    if (facts) {
      const allowed = numbersInFacts(facts);
      const expected = [...allowed].sort((a, b) => a - b).join(', ');
      for (const text of texts) {
        const title = (text.data as { title?: string } | undefined)?.title ?? '';
        const titleAt = text.yaml.locate(['title']);
        for (const number of numbersInText(title, text.locale)) {
          if (!allowed.has(number.value)) {
            problems.push({
              code: 'translation-drift',
              severity: 'error',
              file: text.file,
              line: titleAt.line,
              column: titleAt.column + number.index,
              field: ['title'],
              expected,
              found: number.text,
            });
          }
        }
        // Keywords are searched as the text is read: the same numbers rule holds for them.
        const keywords = (text.data as { keywords?: readonly string[] } | undefined)?.keywords ?? [];
        keywords.forEach((keyword, index) => {
          const at = text.yaml.locate(['keywords', index]);
          for (const number of numbersInText(keyword, text.locale)) {
            if (!allowed.has(number.value)) {
              problems.push({
                code: 'translation-drift',
                severity: 'error',
                file: text.file,
                line: at.line,
                column: at.column + number.index,
                field: ['keywords', index],
                expected,
                found: number.text,
              });
            }
          }
        });
        for (const segment of text.prose) {
          for (const number of numbersInText(segment.value, text.locale)) {
            if (!allowed.has(number.value)) {
              problems.push({
                code: 'translation-drift',
                severity: 'error',
                file: text.file,
                ...positionInSegment(segment, number.index),
                field: ['text'],
                expected,
                found: number.text,
              });
            }
          }
        }
      }
    }
  }

  // A likely typo in a reference: name the id that was probably meant.
  const idsByFile: Record<string, readonly string[]> = Object.fromEntries(
    (Object.keys(dataFiles) as DataName[]).map((name) => [`content/${dataFiles[name].file}`, knownIds[name]]),
  );
  for (const problem of problems) {
    if (problem.code !== 'unknown-reference' || typeof problem.found !== 'string') continue;
    const suggestion = closest(problem.found, idsByFile[String(problem.params?.file)] ?? []);
    if (suggestion) problem.params = { ...problem.params, suggestion };
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { problems, filesChecked, images };
}

/** Breakdown sums read from the raw frontmatter, for entries the schema rejected. */
function rawBreakdownProblems(data: unknown, yaml: LocatedYaml, file: string): Problem[] {
  const figures = (data as { figures?: unknown }).figures;
  if (!Array.isArray(figures)) return [];
  return figures.flatMap((figure: { value?: unknown; breakdown?: unknown }, index): Problem[] => {
    if (typeof figure?.value !== 'number' || !Array.isArray(figure.breakdown)) return [];
    const values = figure.breakdown.map((part: { value?: unknown }) => part?.value);
    if (!values.every((value): value is number => typeof value === 'number')) return [];
    const sum = values.reduce((total, value) => total + value, 0);
    if (sum === figure.value) return [];
    const field = ['figures', index, 'breakdown'];
    return [
      {
        code: 'breakdown-sum',
        severity: 'error',
        file,
        ...yaml.locate(field),
        field,
        expected: String(figure.value),
        found: String(sum),
        params: { parts: values.join(' + ') },
      },
    ];
  });
}

function positionInSegment(segment: ProseSegment, index: number) {
  const position = positionAt(segment.value, index);
  return position.line === 1
    ? { line: segment.line, column: segment.column + position.column - 1 }
    : { line: segment.line + position.line - 1, column: position.column };
}

function positionAtBody(body: string, index: number, firstLine: number) {
  const position = positionAt(body, index);
  return { line: position.line + firstLine - 1, column: position.column };
}
