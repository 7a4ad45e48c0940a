import { existsSync, readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocatedYaml, splitFrontmatter, type SplitFile } from '../../check/frontmatter.ts';
import { readTextFile, sourceMaxBytes, type TextFileProblem } from '../text-file.ts';
import { localeCodes, type Locale } from '../../i18n/locales.ts';
import type { KnownIds } from '../../schemas/known-ids.ts';
import { renderEntry } from '../mdx-html.ts';

/**
 * The content folder, read once: every file the site is made from, its text read once, its
 * frontmatter parsed once (LocatedYaml: core schema, no custom tags, aliases bounded) and an
 * entry's text rendered once (renderEntry, with positions). The content check judges this
 * reading (src/check/run.ts) and the build's loaders store the same values and HTML
 * (src/lib/pipeline/loaders.ts), so what the check approves is what ships.
 *
 * Nothing here decides what is wrong: the reading only records what it found (a symbolic
 * link, a file it could not read, a folder where a file should be) for the check's rules.
 */

/** The data files of content/, by collection name. */
export const dataFileNames = {
  categories: 'categories.yaml',
  regions: 'regions.yaml',
  places: 'places.yaml',
  partners: 'partners.yaml',
} as const;

export type DataName = keyof typeof dataFileNames;

/** A file of content/, named from the project's folder (`content/regions.yaml`). */
export interface ReadFile {
  file: string;
  path: string;
  /** The text; undefined when the file is a symbolic link (never followed) or cannot be read. */
  text: string | undefined;
  /** Why the file cannot be used: missing, too large, not UTF-8 (a symbolic link is none of these: its folder's listing reports it). */
  problem: TextFileProblem | undefined;
}

export interface YamlFile extends ReadFile {
  yaml: LocatedYaml | undefined;
}

export type RenderedEntry = ReturnType<typeof renderEntry>;

/** One language's text of an achievement (`<slug>/<locale>.mdx`). */
export interface EntryText extends ReadFile {
  locale: Locale;
  /** Frontmatter and text; undefined when the file has no frontmatter. */
  split: SplitFile | undefined;
  yaml: LocatedYaml | undefined;
  /** The text as its page shows it; 'too-deep' when nesting exhausted the parser's stack. */
  rendered: RenderedEntry | 'too-deep' | undefined;
}

/** One folder of content/achievements/, as listed (never followed when a symbolic link). */
export interface EntryFolder {
  name: string;
  file: string;
  path: string;
  kind: 'folder' | 'symlink' | 'file';
  symlinks: string[];
  folders: string[];
  /** The plain files of the folder, by name. */
  names: string[];
  texts: Partial<Record<Locale, EntryText>>;
  /** Markdown or MDX files named otherwise than a language's text, read for the markup rules. */
  strays: (ReadFile & { name: string; split: SplitFile | undefined })[];
}

export interface ContentRead {
  /** Symbolic links under content/, outside the achievements' folders (listed in `folders`). */
  symlinks: string[];
  data: Record<DataName, YamlFile>;
  /** content/source/report.ar.txt */
  source: ReadFile;
  /** content/source/report.yaml */
  report: YamlFile;
  folders: EntryFolder[];
}

function readFile(path: string, file: string, maxBytes?: number): ReadFile {
  const read = readTextFile(path, maxBytes);
  return { file, path, text: 'text' in read ? read.text : undefined, problem: 'problem' in read ? read.problem : undefined };
}

function readYaml(path: string, file: string): YamlFile {
  const read = readFile(path, file);
  return { ...read, yaml: read.text === undefined ? undefined : new LocatedYaml(read.text, 1) };
}

function readEntryText(folder: string, folderFile: string, locale: Locale): EntryText {
  const read = readFile(join(folder, `${locale}.mdx`), `${folderFile}/${locale}.mdx`);
  const split = read.text === undefined ? undefined : splitFrontmatter(read.text);
  let rendered: EntryText['rendered'];
  if (split) {
    try {
      rendered = renderEntry(split.body, { positions: true });
    } catch (error) {
      // Thousands of nested quotes or lists exhaust the parser's stack: the check refuses the text.
      if (!(error instanceof RangeError)) throw error;
      rendered = 'too-deep';
    }
  }
  return { ...read, locale, split, yaml: split ? new LocatedYaml(split.yaml, split.yamlFirstLine) : undefined, rendered };
}

function symlinksUnder(contentPath: string): string[] {
  const found: string[] = [];
  const walk = (path: string, file: string) => {
    for (const dirent of readdirSync(path, { withFileTypes: true })) {
      const child = `${file}/${dirent.name}`;
      if (dirent.isSymbolicLink()) found.push(child);
      // The achievements' folders are listed where they are read.
      else if (dirent.isDirectory() && child !== 'content/achievements') walk(join(path, dirent.name), child);
    }
  };
  if (existsSync(contentPath)) walk(contentPath, 'content');
  return found;
}

function readFolder(achievementsPath: string, dirent: Dirent): EntryFolder {
  const file = `content/achievements/${dirent.name}`;
  const path = join(achievementsPath, dirent.name);
  const folder: EntryFolder = {
    name: dirent.name,
    file,
    path,
    kind: 'folder',
    symlinks: [],
    folders: [],
    names: [],
    texts: {},
    strays: [],
  };
  if (dirent.isSymbolicLink()) return { ...folder, kind: 'symlink' };
  if (!dirent.isDirectory()) return { ...folder, kind: 'file' };
  // Listed once: which texts exist is read from here, not asked of the disk file by file.
  const listing = readdirSync(path, { withFileTypes: true });
  folder.symlinks = listing.filter((entry) => entry.isSymbolicLink()).map((entry) => entry.name);
  folder.folders = listing.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  folder.names = listing.filter((entry) => entry.isFile()).map((entry) => entry.name);
  const textNames = new Set(localeCodes.map((locale) => `${locale}.mdx`));
  for (const locale of localeCodes) if (folder.names.includes(`${locale}.mdx`)) folder.texts[locale] = readEntryText(path, file, locale);
  for (const name of folder.names.filter((name) => !textNames.has(name) && (name.endsWith('.md') || name.endsWith('.mdx')))) {
    const read = readFile(join(path, name), `${file}/${name}`);
    folder.strays.push({ ...read, name, split: read.text === undefined ? undefined : splitFrontmatter(read.text) });
  }
  return folder;
}

/** Reads the content folder of the project at `root`. Synchronous: the schemas need its ids before any loader runs. */
export function readContent(root: URL): ContentRead {
  const contentPath = fileURLToPath(new URL('content/', root));
  const data = Object.fromEntries(
    Object.entries(dataFileNames).map(([name, file]) => [name, readYaml(join(contentPath, file), `content/${file}`)]),
  ) as Record<DataName, YamlFile>;
  const achievementsPath = join(contentPath, 'achievements');
  const dirents = existsSync(achievementsPath) ? readdirSync(achievementsPath, { withFileTypes: true }) : [];
  return {
    symlinks: symlinksUnder(contentPath),
    data,
    source: readFile(join(contentPath, 'source/report.ar.txt'), 'content/source/report.ar.txt', sourceMaxBytes),
    report: readYaml(join(contentPath, 'source/report.yaml'), 'content/source/report.yaml'),
    folders: dirents.sort((a, b) => a.name.localeCompare(b.name)).map((dirent) => readFolder(achievementsPath, dirent)),
  };
}

type Row = { id?: unknown; region?: unknown };

/** The rows of a data file, or none when it is no list (the check reports why). */
export function dataRows(read: ContentRead, name: DataName): Row[] {
  const file = read.data[name];
  const value = file.yaml && file.yaml.errors().length === 0 ? file.yaml.value : undefined;
  return Array.isArray(value) ? (value as Row[]) : [];
}

/** The ids an achievement may refer to, from the data files as read. */
export function knownIdsOf(read: ContentRead): KnownIds {
  const idsOf = (name: DataName) =>
    dataRows(read, name)
      .map((row) => row?.id)
      .filter((id): id is string => typeof id === 'string');
  return {
    categories: idsOf('categories'),
    regions: idsOf('regions'),
    partners: idsOf('partners'),
    places: idsOf('places'),
    regionOfPlace: Object.fromEntries(dataRows(read, 'places').map((row) => [String(row?.id), String(row?.region ?? '')])),
  };
}
