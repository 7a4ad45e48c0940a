/**
 * The translators' round trip: one XLIFF 2.0 file per language with every interface string and
 * every entry text the language lacks (or has stale), and its import, which checks the file
 * against the project and writes nothing unless every unit passes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { isMap, parse, parseDocument, Document, type YAMLMap } from 'yaml';
import { defaultLocale, isLocale, locales, translationLocales, type CheckLocale, type Locale, type PluralForm } from '../i18n/locales.ts';
import { dictionaries } from '../i18n/ui/index.ts';
import { numbersInFacts, numbersInText } from '../lib/fact-numbers.ts';
import { escapeXml } from '../lib/share/feed.ts';
import { achievementSchema, type AchievementFacts } from '../schemas/achievement.ts';
import { loadKnownIds } from '../schemas/known-ids.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { checkMessages, fill } from './messages/index.ts';
import { importMessages, type ImportCode } from './messages/xliff.ts';
import type { ProblemCode } from './problem.ts';
import { unicodeProblems } from './rules/unicode.ts';
import { sourceHash, translationState } from './translation-state.ts';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';

type Strings = Readonly<Record<string, string>>;

/** A language to translate into: its code, the plural forms it needs, its dictionary so far. */
export interface TargetLanguage {
  code: string;
  plurals: readonly PluralForm[];
  dictionary: Strings;
}

// Read by code: a language the table has just gained may have no dictionary yet (its type error is in the registry).
const allDictionaries: Readonly<Partial<Record<string, Strings>>> = dictionaries;
const arabic: Strings = dictionaries[defaultLocale];

export function targetLanguage(code: Locale): TargetLanguage {
  return { code, plurals: locales[code].plurals, dictionary: allDictionaries[code] ?? {} };
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Keys counted phrases are made of, without their plural suffix (`count.achievements`). */
const pluralBases = new Set(Object.keys(arabic).flatMap((key) => (PLURAL_SUFFIX.test(key) ? [key.replace(PLURAL_SUFFIX, '')] : [])));

/** The interface units a language needs, in the order of the Arabic dictionary: a counted phrase gives one per plural form. */
export function interfaceUnits(plurals: readonly PluralForm[]): { id: string; base: string; form?: PluralForm }[] {
  const seen = new Set<string>();
  return Object.keys(arabic).flatMap((key) => {
    const base = key.replace(PLURAL_SUFFIX, '');
    if (!pluralBases.has(base)) return [{ id: key, base: key }];
    if (seen.has(base)) return [];
    seen.add(base);
    return plurals.map((form) => ({ id: `${base}_${form}`, base, form }));
  });
}

/** The Arabic a unit translates: the same plural form, or `other` if Arabic had none of that name. */
function arabicSource(base: string, form?: PluralForm): string {
  return form ? (arabic[`${base}_${form}`] ?? arabic[`${base}_other`] ?? '') : (arabic[base] ?? '');
}

/** `{{count}}`, `{{total}}`…: what i18next fills in, which a translation must keep as it is. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*[^{}]+?\s*\}\}/g)].map((match) => match[0].replace(/\s+/g, '')).sort();
}

/** A body cut into paragraphs and the blank space between them: joined back, it is the body, byte for byte. */
export function paragraphs(body: string): { kind: 'text' | 'space'; text: string }[] {
  const parts: { kind: 'text' | 'space'; text: string }[] = [];
  let last = 0;
  for (const match of body.matchAll(/^\s+|[ \t]*\n[ \t]*\n\s*|\s+$/g)) {
    if (match.index > last) parts.push({ kind: 'text', text: body.slice(last, match.index) });
    parts.push({ kind: 'space', text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < body.length) parts.push({ kind: 'text', text: body.slice(last) });
  return parts;
}

/** Text for XML character data and attributes; a carriage return stays one through parsing. */
const xml = (text: string) => escapeXml(text).replaceAll('\r', '&#13;');

interface ArabicEntry {
  slug: string;
  title: string;
  body: string;
  facts: AchievementFacts | undefined;
}

function readArabic(achievementsDir: URL, slug: string, schema: ReturnType<typeof achievementSchema>): ArabicEntry {
  const text = readFileSync(new URL(`${slug}/ar.mdx`, achievementsDir), 'utf8');
  const split = splitFrontmatter(text);
  const data: unknown = split ? parse(split.yaml) : undefined;
  const result = schema.safeParse(data ?? {});
  const title = String((data as { title?: unknown } | undefined)?.title ?? '');
  return { slug, title, body: split?.body ?? text, facts: result.success ? result.data : undefined };
}

function readTranslation(achievementsDir: URL, slug: string, code: string): { title: string; body: string } | undefined {
  const file = new URL(`${slug}/${code}.mdx`, achievementsDir);
  if (!existsSync(file)) return undefined;
  const split = splitFrontmatter(readFileSync(file, 'utf8'));
  if (!split) return undefined;
  return { title: String((parse(split.yaml) as { title?: unknown } | null)?.title ?? ''), body: split.body.trim() };
}

function slugsOf(achievementsDir: URL): string[] {
  return readdirSync(achievementsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/ar.mdx`, achievementsDir)))
    .map((entry) => entry.name)
    .sort();
}

const sortedNumbers = (facts: AchievementFacts | undefined) => (facts ? [...numbersInFacts(facts)].sort((a, b) => a - b) : []);

/** The other languages shown beside each unit: every translation language but the target. */
const referenceLocales = (code: string) => translationLocales.filter((locale) => locale !== code);

/**
 * The XLIFF 2.0 file for `target`, from the project at `root`: the same project gives the same
 * bytes. Interface units carry the language's text so far as their target.
 */
export function exportXliff(root: URL, target: TargetLanguage): string {
  const achievementsDir = new URL('content/achievements/', root);
  const schema = achievementSchema(loadKnownIds(new URL('content/', root)));
  const references = referenceLocales(target.code);
  const note = (category: string, text: string) => `<note category="${xml(category)}">${xml(text)}</note>`;
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_NS}" version="2.0" srcLang="${defaultLocale}" trgLang="${xml(target.code)}">`,
    '  <file id="ui" original="src/i18n/ui/ar.ts" xml:space="preserve">',
  ];
  for (const unit of interfaceUnits(target.plurals)) {
    const notes = references.flatMap((locale) => {
      const text = allDictionaries[locale]?.[unit.id] ?? allDictionaries[locale]?.[`${unit.base}_other`];
      return text === undefined ? [] : [note(locale, text)];
    });
    if (unit.form) {
      const forms = (['zero', 'one', 'two', 'few', 'many', 'other'] as const).filter(
        (form) => arabic[`${unit.base}_${form}`] !== undefined,
      );
      notes.unshift(note('plural', `${target.code}: ${unit.form}`));
      notes.push(...forms.map((form) => note(`ar-${form}`, arabic[`${unit.base}_${form}`] ?? '')));
    }
    const existing = target.dictionary[unit.id];
    lines.push(
      `    <unit id="${xml(unit.id)}">`,
      ...(notes.length > 0 ? ['      <notes>', ...notes.map((line) => `        ${line}`), '      </notes>'] : []),
      `      <segment state="${existing === undefined ? 'initial' : 'translated'}">`,
      `        <source>${xml(arabicSource(unit.base, unit.form))}</source>`,
      ...(existing === undefined ? [] : [`        <target>${xml(existing)}</target>`]),
      '      </segment>',
      '    </unit>',
    );
  }
  lines.push('  </file>');
  for (const slug of slugsOf(achievementsDir)) {
    if (translationState(achievementsDir, slug, target.code) === 'current') continue;
    const entry = readArabic(achievementsDir, slug, schema);
    const others = references.flatMap((locale) => {
      const translation = readTranslation(achievementsDir, slug, locale);
      return translation ? [{ locale, ...translation }] : [];
    });
    const numbers = note(
      'facts',
      `numbers the facts hold (a number in the text must be one of them): ${sortedNumbers(entry.facts).join(', ') || '-'}`,
    );
    const notesOf = (pick: (other: { title: string; body: string }) => string) => [
      '      <notes>',
      ...others.map((other) => `        ${note(other.locale, pick(other))}`),
      `        ${numbers}`,
      '      </notes>',
    ];
    lines.push(
      `  <file id="entry:${xml(slug)}" original="content/achievements/${xml(slug)}/ar.mdx" xml:space="preserve">`,
      '    <unit id="title">',
      ...notesOf((other) => other.title),
      '      <segment state="initial">',
      `        <source>${xml(entry.title)}</source>`,
      '      </segment>',
      '    </unit>',
      '    <unit id="body">',
      ...notesOf((other) => other.body),
    );
    let paragraph = 0;
    for (const part of paragraphs(entry.body)) {
      if (part.kind === 'space') lines.push(`      <ignorable><source>${xml(part.text)}</source></ignorable>`);
      else {
        paragraph++;
        lines.push(`      <segment id="p${paragraph}" state="initial">`, `        <source>${xml(part.text)}</source>`, '      </segment>');
      }
    }
    lines.push('    </unit>', '  </file>');
  }
  lines.push('</xliff>', '');
  return lines.join('\n');
}

/** One thing the import refuses, where it is in the XLIFF file. */
export interface ImportProblem {
  code: ImportCode | ProblemCode;
  line: number;
  unit: string;
  params: Record<string, string | number>;
}

export interface ImportPlan {
  locale: string | undefined;
  problems: ImportProblem[];
  /** Files to write, relative to the project root, with their new content. */
  writes: { path: string; content: string }[];
  unchanged: number;
  skipped: string[];
}

const childElements = (parent: Element, name: string): Element[] =>
  Array.from(parent.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (node as Element).namespaceURI === XLIFF_NS && (node as Element).localName === name,
  );

const lineOf = (element: Element | undefined) => element?.lineNumber ?? 1;

/** Checks a translator's file against the project at `root` and plans the writes; nothing is written here. */
export function planImport(root: URL, xliffText: string): ImportPlan {
  const plan: ImportPlan = { locale: undefined, problems: [], writes: [], unchanged: 0, skipped: [] };
  const problem = (code: ImportProblem['code'], line: number, unit: string, params: ImportProblem['params'] = {}) =>
    plan.problems.push({ code, line, unit, params });
  let documentElement: Element | null;
  let failure = { line: 1, message: '' };
  try {
    const parsed = new DOMParser({
      onError: (level, message, context: { locator?: { lineNumber?: number } } | undefined) => {
        if (level === 'warning') return;
        failure = { line: context?.locator?.lineNumber ?? 1, message };
        throw new Error(message);
      },
    }).parseFromString(xliffText, 'text/xml');
    documentElement = parsed.documentElement;
  } catch (error) {
    problem('not-xml', failure.line, '-', { found: failure.message || (error as Error).message });
    return plan;
  }
  if (
    !documentElement ||
    documentElement.namespaceURI !== XLIFF_NS ||
    documentElement.localName !== 'xliff' ||
    documentElement.getAttribute('version') !== '2.0'
  ) {
    problem('not-xliff', lineOf(documentElement ?? undefined), '-');
    return plan;
  }
  const code = documentElement.getAttribute('trgLang') ?? '';
  const expected = translationLocales.join(', ');
  if (documentElement.getAttribute('srcLang') !== defaultLocale || !isLocale(code) || code === defaultLocale) {
    problem('wrong-language', lineOf(documentElement), '-', { found: code, expected });
    return plan;
  }
  plan.locale = code;
  const target = targetLanguage(code);
  const achievementsDir = new URL('content/achievements/', root);
  const schema = achievementSchema(loadKnownIds(new URL('content/', root)));

  /** Character rules of the content check, at the line of the XLIFF file the text is on. */
  const characters = (text: string, element: Element, unit: string) => {
    for (const found of unicodeProblems(text, ''))
      problem(found.code, lineOf(element) + found.line - 1, unit, { found: String(found.found), expected: String(found.expected) });
  };
  /** A segment's translation: an interface string may be empty (`map.regionPrefix`), an entry's text may not. */
  const targetOf = (segment: Element, emptyAllowed = false) => {
    const element = childElements(segment, 'target')[0];
    const text = element?.textContent ?? '';
    return element && (emptyAllowed || text.trim() !== '') ? { element, text } : undefined;
  };

  const interfaceValues: Record<string, string> = {};
  for (const file of childElements(documentElement, 'file')) {
    const fileId = file.getAttribute('id') ?? '';
    if (fileId === 'ui') {
      const needed = new Map(interfaceUnits(target.plurals).map((unit) => [unit.id, unit]));
      const seen = new Set<string>();
      const unitsById = new Map(childElements(file, 'unit').map((unit) => [unit.getAttribute('id') ?? '', unit]));
      for (const unitElement of childElements(file, 'unit')) {
        const id = unitElement.getAttribute('id') ?? '';
        const unit = needed.get(id);
        if (!unit) {
          problem('unknown-unit', lineOf(unitElement), `ui/${id}`, { found: id });
          continue;
        }
        seen.add(id);
        const segment = childElements(unitElement, 'segment')[0];
        const translated = segment ? targetOf(segment, true) : undefined;
        if (!translated) {
          if (unit.form)
            problem('missing-plural-form', lineOf(unitElement), `ui/${id}`, {
              found: id,
              expected: unit.form,
              forms: target.plurals.join(', '),
            });
          else problem('missing-target', lineOf(unitElement), `ui/${id}`);
          continue;
        }
        // A counted phrase may leave the number out («إنجاز واحد»): i18next gives it anyway.
        const counted = (list: string[]) => (unit.form ? list.filter((name) => name !== '{{count}}') : list);
        const source = counted(placeholders(arabicSource(unit.base, unit.form)));
        const found = counted(placeholders(translated.text));
        if (source.join(' ') !== found.join(' ')) {
          problem('placeholders', lineOf(translated.element), `ui/${id}`, {
            found: found.join(' ') || '-',
            expected: source.join(' ') || '-',
          });
        }
        characters(translated.text, translated.element, `ui/${id}`);
        interfaceValues[id] = translated.text;
      }
      // A file may hold some of the strings only; a counted phrase it holds needs every form.
      const bases = new Map([...seen].map((id) => [needed.get(id)?.base, lineOf(unitsById.get(id))]));
      for (const unit of needed.values()) {
        if (seen.has(unit.id) || !bases.has(unit.base)) continue;
        if (unit.form)
          problem('missing-plural-form', bases.get(unit.base) ?? lineOf(file), `ui/${unit.id}`, {
            found: unit.id,
            expected: unit.form,
            forms: target.plurals.join(', '),
          });
        else problem('missing-target', lineOf(file), `ui/${unit.id}`);
      }
      continue;
    }
    const slug = fileId.startsWith('entry:') ? fileId.slice('entry:'.length) : '';
    if (!slug || !existsSync(new URL(`${slug}/ar.mdx`, achievementsDir))) {
      problem('unknown-file', lineOf(file), fileId, { found: fileId });
      continue;
    }
    const entry = readArabic(achievementsDir, slug, schema);
    const allowed = entry.facts ? numbersInFacts(entry.facts) : new Set<number>();
    const allowedText = sortedNumbers(entry.facts).join(', ');
    const numbers = (text: string, element: Element, unit: string) => {
      for (const number of numbersInText(text, code)) {
        if (allowed.has(number.value)) continue;
        const line = lineOf(element) + (text.slice(0, number.index).match(/\n/g)?.length ?? 0);
        problem('translation-drift', line, unit, { found: number.text, expected: allowedText });
      }
    };
    const sourceParts = paragraphs(entry.body);
    const sourceTexts = sourceParts.filter((part) => part.kind === 'text').map((part) => part.text);
    const units = new Map(childElements(file, 'unit').map((unit) => [unit.getAttribute('id') ?? '', unit]));
    for (const [id, unitElement] of units) {
      if (id !== 'title' && id !== 'body') problem('unknown-unit', lineOf(unitElement), `${fileId}/${id}`, { found: id });
    }
    const titleUnit = units.get('title');
    const titleSegment = titleUnit ? childElements(titleUnit, 'segment')[0] : undefined;
    const bodyUnit = units.get('body');
    const bodySegments = bodyUnit ? childElements(bodyUnit, 'segment') : [];
    const titleTarget = titleSegment ? targetOf(titleSegment) : undefined;
    const bodyTargets = bodySegments.map((segment) => ({ segment, id: segment.getAttribute('id') ?? '', translated: targetOf(segment) }));
    if (!titleTarget && bodyTargets.every((segment) => !segment.translated)) {
      plan.skipped.push(slug);
      continue;
    }
    const titleSource = titleSegment ? (childElements(titleSegment, 'source')[0]?.textContent ?? '') : '';
    if (titleSource !== entry.title) problem('source-changed', lineOf(titleSegment ?? file), `${fileId}/title`);
    if (titleTarget) {
      numbers(titleTarget.text, titleTarget.element, `${fileId}/title`);
      characters(titleTarget.text, titleTarget.element, `${fileId}/title`);
    } else problem('missing-target', lineOf(titleUnit ?? file), `${fileId}/title`);
    const byId = new Map(bodyTargets.map((segment) => [segment.id, segment]));
    for (const segment of bodyTargets) {
      if (!/^p\d+$/.test(segment.id) || Number(segment.id.slice(1)) > sourceTexts.length) {
        problem('unknown-unit', lineOf(segment.segment), `${fileId}/body#${segment.id}`, { found: segment.id });
      }
    }
    const bodyParts: string[] = [];
    let paragraph = 0;
    for (const part of sourceParts) {
      if (part.kind === 'space') {
        bodyParts.push(part.text);
        continue;
      }
      paragraph++;
      const unitName = `${fileId}/body#p${paragraph}`;
      const segment = byId.get(`p${paragraph}`);
      if (!segment) {
        problem('missing-target', lineOf(bodyUnit ?? file), unitName);
        continue;
      }
      if ((childElements(segment.segment, 'source')[0]?.textContent ?? '') !== part.text)
        problem('source-changed', lineOf(segment.segment), unitName);
      if (!segment.translated) {
        problem('missing-target', lineOf(segment.segment), unitName);
        continue;
      }
      numbers(segment.translated.text, segment.translated.element, unitName);
      characters(segment.translated.text, segment.translated.element, unitName);
      bodyParts.push(segment.translated.text);
    }
    if (titleTarget) {
      const path = `content/achievements/${slug}/${code}.mdx`;
      const content = translationFile(achievementsDir, slug, code, titleTarget.text, bodyParts.join(''));
      if (existsSync(new URL(path, root)) && readFileSync(new URL(path, root), 'utf8') === content) plan.unchanged++;
      else plan.writes.push({ path, content });
    }
  }

  const dictionaryPath = `src/i18n/ui/${code}.ts`;
  if (Object.keys(interfaceValues).length > 0) {
    const current = existsSync(new URL(dictionaryPath, root)) ? readFileSync(new URL(dictionaryPath, root), 'utf8') : undefined;
    const changed = Object.entries(interfaceValues).filter(([key, value]) => target.dictionary[key] !== value);
    plan.unchanged += Object.keys(interfaceValues).length - changed.length;
    const content = dictionaryFile(
      current,
      code,
      current === undefined ? interfaceValues : Object.fromEntries(changed),
      interfaceUnits(target.plurals).map((unit) => unit.id),
    );
    if (content !== current) plan.writes.push({ path: dictionaryPath, content });
  }
  if (plan.problems.length > 0) plan.writes = [];
  plan.problems.sort((a, b) => a.line - b.line);
  return plan;
}

/** Writes what a clean plan holds. */
export function applyImport(root: URL, plan: ImportPlan): void {
  if (plan.problems.length > 0) return;
  for (const write of plan.writes) writeFileSync(new URL(write.path, root), write.content);
}

/** `<slug>/<code>.mdx` with the imported title and text, marked as made from today's Arabic; other fields are kept. */
function translationFile(achievementsDir: URL, slug: string, code: string, title: string, body: string): string {
  const hash = sourceHash(readFileSync(new URL(`${slug}/ar.mdx`, achievementsDir), 'utf8'));
  const file = new URL(`${slug}/${code}.mdx`, achievementsDir);
  const split = existsSync(file) ? splitFrontmatter(readFileSync(file, 'utf8')) : undefined;
  const existing = split ? parseDocument(split.yaml) : undefined;
  const document = existing && existing.errors.length === 0 && isMap(existing.contents) ? existing : new Document({ title });
  document.set('title', title);
  if (document.has('sourceHash')) document.set('sourceHash', hash);
  else (document.contents as YAMLMap).items.unshift(document.createPair('sourceHash', hash));
  return `---\n${document.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${body}`;
}

const PRINT_WIDTH = 140;

/** A string literal as prettier writes it with `singleQuote`: double quotes only when they need fewer escapes. */
function literal(value: string): string {
  // Spaces that look like others (no-break, narrow) are written as escapes, as the dictionaries do.
  const body = value
    .replaceAll('\\', '\\\\')
    .replaceAll('\n', '\\n')
    .replace(/[\u00a0\u2000-\u200f\u2028\u2029\u202f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const singles = value.split("'").length - 1;
  const doubles = value.split('"').length - 1;
  return doubles < singles ? `"${body.replaceAll('"', '\\"')}"` : `'${body.replaceAll("'", "\\'")}'`;
}

/** One dictionary line, broken after the key as prettier does when it is wider than the print width. */
function entryLine(key: string, value: string): string {
  const line = `  ${literal(key)}: ${literal(value)},`;
  // Prettier's width: code points, combining accents counting nothing.
  return [...line.replace(/[\u0300-\u036f]/g, '')].length <= PRINT_WIDTH ? `${line}\n` : `  ${literal(key)}:\n    ${literal(value)},\n`;
}

const entryPattern = (key: string) =>
  new RegExp(
    `^  ${literal(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\s*(?:'(?:[^'\\\\\\n]|\\\\.)*'|"(?:[^"\\\\\\n]|\\\\.)*"),\\n`,
    'm',
  );

/**
 * The dictionary file with `values` written in: an existing file keeps its comments, order and
 * review marker, each value replaced where it stands and a new key placed after the key before
 * it in the Arabic order; a new file lists the keys in that order.
 */
export function dictionaryFile(current: string | undefined, code: string, values: Strings, order: readonly string[]): string {
  if (current === undefined) {
    const lines = order.filter((key) => values[key] !== undefined).map((key) => entryLine(key, values[key] ?? ''));
    return [
      "import type { Dictionary } from '../dictionary.ts';\n\n",
      `/** UI strings in ${code}, imported from a translator’s XLIFF file (npm run translations -- --import). */\n`,
      `export const ${code} = {\n`,
      ...lines,
      `} as const satisfies Dictionary<'${code}'>;\n`,
    ].join('');
  }
  const end = current.search(/^\} as const satisfies Dictionary/m);
  let head = end === -1 ? current : current.slice(0, end);
  const tail = end === -1 ? '' : current.slice(end);
  order.forEach((key, index) => {
    const value = values[key];
    if (value === undefined) return;
    const match = entryPattern(key).exec(head);
    if (match) {
      head = head.slice(0, match.index) + entryLine(key, value) + head.slice(match.index + match[0].length);
      return;
    }
    const before = order
      .slice(0, index)
      .reverse()
      .map((previous) => entryPattern(previous).exec(head))
      .find((found) => found);
    const at = before ? before.index + before[0].length : head.indexOf('{\n') + 2;
    head = head.slice(0, at) + entryLine(key, value) + head.slice(at);
  });
  return head + tail;
}

/** The review marker of a dictionary (`export const zghReview = { status, reviewedBy }`); a language without one counts as reviewed. */
export interface ReviewMarker {
  status: 'draft' | 'reviewed';
  reviewedBy: string | null;
  uncertain?: Readonly<Record<string, string>>;
}

export async function reviewMarker(root: URL, code: string): Promise<ReviewMarker | undefined> {
  const file = new URL(`src/i18n/ui/${code}.ts`, root);
  if (!existsSync(file)) return undefined;
  // The file's content in the URL: a marker rewritten since the last import is read anew.
  const version = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);
  const module = (await import(`${file.href}?${version}`)) as Record<string, unknown>;
  const marker = module[`${code}Review`] as Partial<ReviewMarker> | undefined;
  if (!marker || (marker.status !== 'draft' && marker.status !== 'reviewed')) return undefined;
  return { status: marker.status, reviewedBy: marker.reviewedBy ?? null, uncertain: marker.uncertain };
}

/**
 * The dictionary file with its review marker set to reviewed, by `by`.
 * @throws when the file has no marker to set.
 */
export function markReviewed(current: string, code: string, by: string): string {
  const start = current.search(new RegExp(`^export const ${code}Review\\b`, 'm'));
  if (start === -1)
    throw new Error(`src/i18n/ui/${code}.ts has no ${code}Review marker: a language without one already counts as reviewed.`);
  // The value, not the type annotation before it (`status: 'draft' | 'reviewed'`).
  const value = current.indexOf('= {', start);
  const at = value === -1 ? start : value;
  const marker = current
    .slice(at)
    .replace(/status: '(?:draft|reviewed)'/, "status: 'reviewed'")
    .replace(/reviewedBy: (?:null|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/, `reviewedBy: ${literal(by)}`);
  return current.slice(0, at) + marker;
}

/** The report line of a language's interface text: reviewed, or a draft until a qualified translator marks it. */
export function reviewLine(code: string, marker: ReviewMarker | undefined): string {
  if (!marker) return `${code}: interface text reviewed`;
  if (marker.status === 'reviewed') return `${code}: interface text reviewed${marker.reviewedBy ? ` by ${marker.reviewedBy}` : ''}`;
  const uncertain = Object.keys(marker.uncertain ?? {}).length;
  return `${code}: interface text is a DRAFT, not yet reviewed by a qualified translator${uncertain > 0 ? ` (${uncertain} keys marked uncertain in ${code}Review)` : ''}; once reviewed: npm run translations -- --reviewed ${code} --by "Name"`;
}

/** The import's report in the editor's language: each problem with its line and what to do, or what was written. */
export function formatImport(plan: ImportPlan, file: string, editor: CheckLocale): string {
  const messages = importMessages[editor];
  const check = checkMessages[editor];
  const lines: string[] = [];
  for (const found of plan.problems) {
    const own = (importMessages[editor].problems as Partial<Record<string, { text: string; fix: string }>>)[found.code];
    const message = own ??
      (check.problems as Partial<Record<string, { text: string; fix: string }>>)[found.code] ?? { text: found.code, fix: '' };
    lines.push(
      `${file}:${found.line}  ${messages.labels.unit} ${found.unit}: ${fill(message.text, found.params)}`,
      `    ${messages.labels.fix}: ${fill(message.fix, found.params)}`,
    );
  }
  if (plan.problems.length > 0) {
    lines.push('', fill(messages.labels.refused, { count: plan.problems.length, file }));
    return lines.join('\n');
  }
  for (const write of plan.writes) lines.push(fill(messages.labels.written, { file: write.path }));
  if (plan.unchanged > 0) lines.push(fill(messages.labels.unchanged, { count: plan.unchanged }));
  if (plan.skipped.length > 0) lines.push(fill(messages.labels.skipped, { slugs: plan.skipped.join(', ') }));
  return lines.join('\n');
}
