import { execFileSync } from 'node:child_process';

/**
 * Dates that a build writes (the access date of a citation, a feed's last build date, an
 * achievement's last change) come from git, never from the clock, so that two builds of the
 * same commit are byte-identical.
 *
 * `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention) overrides the commit date
 * for a build made outside a git checkout.
 */

/** Runs git; undefined when git or the repository is not there. */
function git(args: readonly string[], cwd: string): string | undefined {
  try {
    // The history walk below lists every file of every commit: far more than the default 1 MB.
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1024 ** 3 }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Reads `SOURCE_DATE_EPOCH`, or stops the build with a message when it is not a whole number of seconds. */
export function sourceDateEpoch(value: string | undefined): Date | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`SOURCE_DATE_EPOCH is "${value}": write the date as whole seconds since 1970 (like 1735689600)`);
  return new Date(Number(value) * 1000);
}

const cache = new Map<string, Date | undefined>();

/**
 * The date of the repository's last commit; undefined outside a git checkout. (A file's or a
 * folder's last change: {@link changedOn}.)
 */
function lastCommitDate(root: string): Date | undefined {
  if (!cache.has(root)) {
    const iso = git(['log', '-1', '--format=%cI'], root);
    cache.set(root, iso ? new Date(iso) : undefined);
  }
  return cache.get(root);
}

/**
 * The date of this build: `SOURCE_DATE_EPOCH` if set, otherwise the date of the last commit.
 * @throws when neither is available (a copy of the files without git).
 */
export function buildDate(root: string, env: NodeJS.ProcessEnv = process.env): Date {
  const date = sourceDateEpoch(env.SOURCE_DATE_EPOCH) ?? lastCommitDate(root);
  if (!date) {
    throw new Error(
      'The build date comes from the last git commit, and this folder is not a git checkout: ' +
        'set SOURCE_DATE_EPOCH to the date to print, in seconds since 1970 (SOURCE_DATE_EPOCH=1735689600 npm run build).',
    );
  }
  return date;
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
  const fixed = sourceDateEpoch(env.SOURCE_DATE_EPOCH);
  if (fixed) return fixed;
  const dates = changeDates(root);
  const newest = paths
    .map((path) => dates.get(path.replace(/\/+$/, '')))
    .filter((date): date is Date => date !== undefined)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  return newest ?? buildDate(root, env);
}
