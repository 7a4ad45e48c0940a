/**
 * `npm run verify:reproducible`: builds the site from clean four times, each in a folder of its
 * own with a different absolute path, and checks that the builds hold the same files with the
 * same SHA-256. Prints the differences; exits 1 if any.
 *
 * - Two copies of this checkout (its files as they are, with `.git`), at two paths of different
 *   lengths: the same site in any folder.
 * - Two extractions of `git archive HEAD`, as a release tarball or a "Download ZIP" gives it
 *   (no `.git`): each must build, warn once that dates come from the archive, and give the same
 *   site as the other.
 *
 * Each copy has its own `node_modules` (copied without Astro's, Vite's and the font's caches), so
 * that nothing of one build's folder is shared with the other's.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'reproducible-'));
const caches = new Set(['.cache', '.astro', '.vite']);

function copyModules(folder: string): void {
  mkdirSync(join(folder, 'node_modules'), { recursive: true });
  const entries = readdirSync(join(root, 'node_modules')).filter((entry) => !caches.has(entry));
  // cp keeps the packages' own symlinks (node_modules/.bin) and is several times faster than cpSync here.
  execFileSync('cp', ['-a', ...entries.map((entry) => join(root, 'node_modules', entry)), join(folder, 'node_modules')]);
}

/** A copy of the working tree (tracked and new files, not ignored ones) with its `.git`. */
function checkoutCopy(folder: string): string {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    try {
      cpSync(join(root, file), join(folder, file));
    } catch {
      // A tracked file deleted in the working tree is not part of it.
    }
  }
  cpSync(join(root, '.git'), join(folder, '.git'), { recursive: true });
  copyModules(folder);
  return folder;
}

/** `git archive HEAD`, extracted: the files of the last commit, without `.git`. */
function archiveCopy(folder: string): string {
  mkdirSync(folder, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', 'HEAD'], { cwd: root, maxBuffer: 1024 ** 3 });
  execFileSync('tar', ['-x', '-C', folder], { input: archive });
  copyModules(folder);
  return folder;
}

interface Build {
  label: string;
  hashes: Map<string, string>;
  log: string;
}

function build(label: string, folder: string): Build | undefined {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  // The date must come from the folder itself (git, or the archive), never from the caller.
  delete env.SOURCE_DATE_EPOCH;
  // `npm run build`'s script, run by this Node as npm would.
  const result = spawnSync(process.execPath, ['src/build.ts'], { cwd: folder, env, encoding: 'utf8', maxBuffer: 1024 ** 3 });
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) {
    console.log(`${label}: the build failed (exit ${result.status}); the end of its log:\n${log.trim().split('\n').slice(-15).join('\n')}`);
    return undefined;
  }
  const hashes = new Map<string, string>();
  const dist = join(folder, 'dist');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hashes.set(relative(dist, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dist);
  return { label, hashes, log };
}

/** Prints the files that differ between two builds; true when there are none. */
function compare(a: Build | undefined, b: Build | undefined): boolean {
  if (!a || !b) return false;
  const files = [...new Set([...a.hashes.keys(), ...b.hashes.keys()])].sort();
  const differences = files.filter((file) => a.hashes.get(file) !== b.hashes.get(file));
  for (const file of differences) {
    console.log(`  ${file}: ${a.hashes.get(file)?.slice(0, 12) ?? 'missing'} ≠ ${b.hashes.get(file)?.slice(0, 12) ?? 'missing'}`);
  }
  console.log(
    `${files.length} files compared, ${a.label} against ${b.label}: ${differences.length === 0 ? 'byte-identical' : `${differences.length} differ`}.`,
  );
  return differences.length === 0;
}

try {
  let same = compare(
    build('a copy of the checkout', checkoutCopy(join(scratch, 'a'))),
    build('a copy at another path', checkoutCopy(join(scratch, 'second', 'copy-b'))),
  );
  const archives = [
    build('git archive HEAD, extracted', archiveCopy(join(scratch, 'release-1'))),
    build('the same archive extracted elsewhere', archiveCopy(join(scratch, 'unpacked', 'release-2'))),
  ];
  same = compare(archives[0], archives[1]) && same;
  for (const archive of archives) {
    const warnings = archive?.log.match(/not a git checkout/g)?.length ?? 0;
    if (archive && warnings !== 1) {
      console.log(`${archive.label}: the build warned ${warnings} times that it is not a git checkout (once expected).`);
      same = false;
    }
  }
  process.exitCode = same ? 0 : 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
