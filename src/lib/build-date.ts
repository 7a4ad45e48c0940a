import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Dates that a build writes (the access date of a citation, a feed's last build date, an
 * achievement's last change) never come from the clock, so that two builds of the same files
 * are byte-identical. They come, in this order, from:
 *
 * 1. `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention), for every date;
 * 2. git, in a checkout: the last commit, and the last commit that changed each file;
 * 3. in a source archive made by git (`git archive`, a forge's "Download ZIP"), which has no
 *    `.git`: the commit date that git wrote into {@link ARCHIVE_STAMP}, for every date;
 * 4. otherwise, the files' modification times (a copy of the files made without git).
 *
 * The last two come with a warning, printed once per build (src/integrations/source-dates.ts).
 */

/**
 * A file whose `$Format:%ct$` git replaces with the commit's time when it writes an archive
 * (`export-subst` in .gitattributes); in a checkout it keeps the placeholder.
 */
export const ARCHIVE_STAMP = '.archive-date';

/** Folders whose files are not the project's sources: installs, caches, build output. */
const NOT_SOURCES = new Set(['.git', 'node_modules', '.astro', 'dist', 'dist-base', 'test-results', 'playwright-report', 'bench-results']);

/** Runs git; undefined when git or the repository is not there. */
function git(args: readonly string[], cwd: string): string | undefined {
  try {
    // The history walk below lists every file of every commit: far more than the default 1 MB.
    return (
      execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1024 ** 3 }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

/** Reads `SOURCE_DATE_EPOCH`, or stops the build with a message when it is not a whole number of seconds. */
export function sourceDateEpoch(value: string | undefined): Date | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value))
    throw new Error(`SOURCE_DATE_EPOCH is "${value}": write the date as whole seconds since 1970 (like 1735689600)`);
  return new Date(Number(value) * 1000);
}

/** Where this build's dates come from; see the module's comment. */
export type DateSource =
  { kind: 'epoch'; date: Date } | { kind: 'git'; date: Date } | { kind: 'archive'; date: Date } | { kind: 'file-times'; date: Date };

/** The newest modification time of the files under `path` (a file or a folder), sources only. */
function newestFileTime(path: string): Date | undefined {
  if (!existsSync(path)) return undefined;
  let newest = 0;
  const visit = (current: string) => {
    const stats = statSync(current);
    if (!stats.isDirectory()) {
      newest = Math.max(newest, Math.floor(stats.mtimeMs / 1000) * 1000);
      return;
    }
    for (const entry of readdirSync(current)) if (!NOT_SOURCES.has(entry)) visit(join(current, entry));
  };
  visit(path);
  return newest > 0 ? new Date(newest) : undefined;
}

/** True when `root` is the top of a git checkout (not a folder inside another repository). */
function isCheckout(root: string): boolean {
  const top = git(['rev-parse', '--show-toplevel'], root);
  return top !== undefined && realpathSync(top) === realpathSync(root);
}

const sources = new Map<string, DateSource>();

/** Where the dates of a build in `root` come from, decided once per folder. */
export function dateSource(root: string, env: NodeJS.ProcessEnv = process.env): DateSource {
  const fixed = sourceDateEpoch(env.SOURCE_DATE_EPOCH);
  if (fixed) return { kind: 'epoch', date: fixed };
  let source = sources.get(root);
  if (!source) {
    const committed = isCheckout(root) ? git(['log', '-1', '--format=%cI'], root) : undefined;
    const stampFile = join(root, ARCHIVE_STAMP);
    const stamp = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';
    if (committed) source = { kind: 'git', date: new Date(committed) };
    else if (/^\d+$/.test(stamp)) source = { kind: 'archive', date: new Date(Number(stamp) * 1000) };
    else source = { kind: 'file-times', date: newestFileTime(root) ?? new Date(0) };
    sources.set(root, source);
  }
  return source;
}

/** The warning a build outside a git checkout prints once; undefined where dates are exact. */
export function dateSourceWarning(source: DateSource): string | undefined {
  const day = source.date.toISOString();
  if (source.kind === 'archive') {
    return `This folder is not a git checkout (a source archive): every date the site shows (last update, feeds, citations) is the archive's commit date, ${day}, from ${ARCHIVE_STAMP}. Build from a git clone for each achievement's own date, or set SOURCE_DATE_EPOCH (seconds since 1970) to choose the date.`;
  }
  if (source.kind === 'file-times') {
    return `This folder is not a git checkout and is not a source archive made by git: dates (last update, feeds, citations) come from the files' modification times (the newest is ${day}). Build from a git clone, or set SOURCE_DATE_EPOCH (seconds since 1970) to choose the date.`;
  }
  return undefined;
}

/**
 * The date of this build: `SOURCE_DATE_EPOCH` if set, otherwise the date of the last commit, or
 * its fallbacks outside a checkout ({@link dateSource}).
 */
export function buildDate(root: string, env: NodeJS.ProcessEnv = process.env): Date {
  return dateSource(root, env).date;
}

const walks = new Map<string, Map<string, Date>>();

/**
 * When each file and folder of the repository last changed, from one walk of the history.
 *
 * One `git log -1 -- <folder>` per achievement took 6 ms each on a short history, and grows
 * with it: 10,000 achievements would spend minutes there. A single `git log --name-only`
 * lists every commit's files once; each file's newest date is carried up to its folders.
 * Merge commits list no files, so a change is dated by the commit that made it.
 */
function changeDates(root: string): Map<string, Date> {
  let dates = walks.get(root);
  if (!dates) {
    dates = new Map();
    const log = git(['-c', 'core.quotePath=false', 'log', '--format=%x1e%cI', '--name-only', '--no-renames'], root) ?? '';
    for (const commit of log.split('\x1e')) {
      const [iso, ...files] = commit.trim().split('\n');
      if (!iso) continue;
      const date = new Date(iso);
      for (const file of files.filter(Boolean)) {
        const parts = file.split('/');
        for (let depth = parts.length; depth > 0; depth--) {
          const path = parts.slice(0, depth).join('/');
          const known = dates.get(path);
          // Newer commits come first: once a folder holds a date at least as new, so do its parents.
          if (known && known >= date) break;
          dates.set(path, date);
        }
      }
    }
    walks.set(root, dates);
  }
  return dates;
}

/**
 * When the files of a piece of content last changed (an achievement's folder, a file), for
 * feeds and `dateModified`; the build date for files git does not know yet.
 */
export function changedOn(root: string, paths: readonly string[], env: NodeJS.ProcessEnv = process.env): Date {
  const source = dateSource(root, env);
  if (source.kind === 'epoch' || source.kind === 'archive') return source.date;
  if (source.kind === 'file-times') {
    const times = paths.map((path) => newestFileTime(join(root, path))).filter((date): date is Date => date !== undefined);
    return times.sort((a, b) => b.getTime() - a.getTime())[0] ?? source.date;
  }
  const dates = changeDates(root);
  const newest = paths
    .map((path) => dates.get(path.replace(/\/+$/, '')))
    .filter((date): date is Date => date !== undefined)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  return newest ?? source.date;
}
