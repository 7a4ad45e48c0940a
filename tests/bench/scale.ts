/**
 * `npm run bench:scale -- N`: builds the whole site (pages, search index, service worker, font
 * subset) with N synthetic achievements added to the real ones, each in Arabic, French and
 * English, in a temporary copy of the project, and prints N, the pages built, the wall time,
 * the peak memory of the whole process tree, the pages per second and the time of each phase.
 *
 *   npm run bench:scale -- 1000            1,000 synthetic achievements (3,000 MDX files)
 *   npm run bench:scale -- 0               today's site alone (target: under 15 s)
 *   npm run bench:scale -- 10000 --profile  also writes V8 CPU profiles of the build's processes
 *   npm run bench:scale -- 200 --keep      keeps the copy (its path is printed)
 *
 * Targets: N = 10,000 in ≤ 180 s and ≤ 4 GB; N = 0 in < 15 s. Exits 1 when the build fails,
 * 2 on a wrong argument. A missed target is printed, not an error: the machine may be shared.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeSyntheticAchievements } from '../support/synthetic-content.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The project's last commit time, in seconds since 1970 (what a build in a checkout prints). */
function commitEpoch(): string {
  return execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8' }).trim();
}

/**
 * Makes the copy a git checkout of one commit, dated like the project's last one: the build
 * reads each achievement's last change from git, as it does in an editor's pull request.
 */
function commitCopy(copy: string): void {
  writeFileSync(join(copy, '.gitignore'), 'node_modules/\ndist/\n.astro/\nbuild.log\n');
  const epoch = `@${commitEpoch()} +0000`;
  const env = {
    ...process.env,
    GIT_AUTHOR_DATE: epoch,
    GIT_COMMITTER_DATE: epoch,
    GIT_AUTHOR_NAME: 'bench',
    GIT_AUTHOR_EMAIL: 'bench@localhost',
    GIT_COMMITTER_NAME: 'bench',
    GIT_COMMITTER_EMAIL: 'bench@localhost',
  };
  for (const command of [
    ['init', '-q'],
    ['add', '-A'],
    ['commit', '-q', '-m', 'synthetic achievements'],
  ]) {
    execFileSync('git', command, { cwd: copy, env, stdio: 'ignore' });
  }
}
const args = process.argv.slice(2);
const count = Number(args.find((arg) => !arg.startsWith('--')) ?? 1000);
const profile = args.includes('--profile');
const keep = args.includes('--keep');
if (!Number.isInteger(count) || count < 0) {
  console.error('Usage: npm run bench:scale -- <number of synthetic achievements> [--profile] [--keep]');
  process.exit(2);
}
const targets = count === 0 ? { seconds: 15, bytes: Infinity } : count === 10_000 ? { seconds: 180, bytes: 4 * 1024 ** 3 } : undefined;

/**
 * A copy of what the build reads. `node_modules` is a folder of symbolic links to the
 * project's packages, not one link: Astro and the font subset write their caches into
 * `node_modules/.astro` and `node_modules/.cache`, which must stay the copy's own.
 */
function copyProject(): string {
  const copy = mkdtempSync(join(tmpdir(), 'scale-bench-'));
  for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content']) {
    cpSync(join(root, item), join(copy, item), { recursive: true });
  }
  mkdirSync(join(copy, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (['.astro', '.cache', '.vite', '.package-lock.json'].includes(entry)) continue;
    symlinkSync(join(root, 'node_modules', entry), join(copy, 'node_modules', entry));
  }
  return copy;
}

/** A process and all its descendants, from /proc (Linux): resident memory and CPU time. */
function processTree(pid: number): { rss: number; cpuSeconds: number } {
  const children = new Map<number, number[]>();
  const stats = new Map<number, string[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      stats.set(Number(name), fields);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  let rss = 0;
  let ticks = 0;
  const visit = (id: number) => {
    const fields = stats.get(id);
    if (!fields) return;
    // utime, stime, and the same for children already ended (fields 14 to 17 of stat).
    ticks += [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index] ?? 0), 0);
    try {
      rss += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      return;
    }
    for (const child of children.get(id) ?? []) visit(child);
  };
  visit(pid);
  return { rss, cpuSeconds: ticks / 100 };
}

/**
 * Lines of Astro's log that end a phase, in the order they appear. The content check runs in
 * the content collections' loaders, on the pipeline's one reading of the files, before they
 * store anything (src/lib/pipeline/loaders.ts).
 */
const markers: { phase: string; pattern: RegExp }[] = [
  { phase: 'start-up, config, font subset, Vite set-up', pattern: /\[content\] Syncing content/ },
  { phase: 'content read, parsed, rendered, checked', pattern: /\[content-check\] .*files checked/ },
  { phase: 'content stored (schemas)', pattern: /\[content\] Synced content/ },
  { phase: 'types and build info', pattern: /\[build\] Building static entrypoints/ },
  { phase: 'bundling (Vite)', pattern: /generating static routes/ },
  { phase: 'page render', pattern: /^[\d:]+ ✓ Completed in/ },
  { phase: 'sitemap, headers, Astro ends', pattern: /\[build\] Complete!/ },
  // `npm run build` (src/build.ts) runs these two after Astro's process has ended.
  { phase: 'search index', pattern: /\[search-index\] .*pages indexed/ },
  { phase: 'service worker', pattern: /\[service-worker\]/ },
];

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
}

/**
 * The time of a fixed single-thread workload (JSON and SHA-256 over Arabic text, as the build
 * does at every turn), in ms: the same build on this shared machine took 180 s one hour and
 * 200 s the next, and this tells a slow spell of the machine from a slower build.
 */
function referenceWorkloadMs(): number {
  const records = Array.from({ length: 20_000 }, (_, index) => ({
    id: index,
    title: `التكوين الأولي للشباب برسم سنة ${2000 + (index % 30)}`,
    figures: [index, index * 2],
  }));
  const once = () => {
    const started = performance.now();
    for (let round = 0; round < 10; round++) {
      const text = JSON.stringify(records);
      createHash('sha256').update(text).digest('hex');
      JSON.parse(text);
    }
    return performance.now() - started;
  };
  // The median of three: a moment's hiccup aside, what the machine gives now.
  return [once(), once(), once()].sort((a, b) => a - b)[1]!;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const gigabytes = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;

const copy = copyProject();
let exitCode = 0;
try {
  const generated = performance.now();
  writeSyntheticAchievements(pathToFileURL(join(copy, 'content/')), { count });
  commitCopy(copy);
  console.log(`${count} synthetic achievements × 3 languages written and committed in ${seconds(performance.now() - generated)} (${copy})`);

  const profileDir = join(root, 'tests/bench/profiles');
  // Through NODE_OPTIONS, so that Astro's process is profiled too: one profile per process.
  const profileOptions = profile
    ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${profileDir}`.trim() }
    : {};
  const started = performance.now();
  // GNU time, when there, adds the CPU time (user + system) of the build and its children:
  // on a shared machine it varies less than the wall time.
  // What `npm run build` runs: Astro, then the search index and the service worker.
  const command = [process.execPath, join(copy, 'src/build.ts')];
  const timed = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'bench-cpu %U %S', ...command] : command;
  const loadBefore = loadavg()[0]!;
  const speedBefore = referenceWorkloadMs();
  const build = spawn(timed[0]!, timed.slice(1), {
    cwd: copy,
    // Node's compile cache (Astro turns it on) in the copy, so that every run starts cold, as a
    // pull request with changed content does: shared, a run reused code an earlier run compiled.
    env: {
      ...process.env,
      ...profileOptions,
      NODE_COMPILE_CACHE: join(copy, 'node_modules/.cache/node-compile'),
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let peak = 0;
  let phasePeak = 0;
  let lastCpu = 0;
  const poll = setInterval(() => {
    const { rss, cpuSeconds } = processTree(build.pid!);
    lastCpu = Math.max(lastCpu, cpuSeconds);
    peak = Math.max(peak, rss);
    phasePeak = Math.max(phasePeak, rss);
  }, 100);
  const log: string[] = [];
  const reached: { phase: string; at: number; peak: number; cpu: number }[] = [];
  let nextMarker = 0;
  let cpu: number | undefined;
  const onLine = (line: string) => {
    const times = /^bench-cpu ([\d.]+) ([\d.]+)$/.exec(line);
    if (times) cpu = Number(times[1]) + Number(times[2]);
    log.push(line);
    for (let index = nextMarker; index < markers.length; index++) {
      if (markers[index]!.pattern.test(line)) {
        const at = performance.now() - started;
        const cpu = Math.max(lastCpu, processTree(build.pid!).cpuSeconds);
        lastCpu = cpu;
        reached.push({ phase: markers[index]!.phase, at, peak: phasePeak, cpu });
        phasePeak = 0;
        nextMarker = index + 1;
        break;
      }
    }
  };
  for (const stream of [build.stdout, build.stderr]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      lines.forEach(onLine);
    });
  }
  const status = await new Promise<number>((resolve) => build.on('close', (code) => resolve(code ?? 1)));
  clearInterval(poll);
  const wall = performance.now() - started;
  writeFileSync(join(copy, 'build.log'), `${log.join('\n')}\n`);
  if (status !== 0) {
    console.error(log.slice(-40).join('\n'));
    console.error(`The build failed (exit ${status}); full log in ${join(copy, 'build.log')}.`);
    exitCode = 1;
  } else {
    const pages = countPages(join(copy, 'dist'));
    const real = readdirSync(join(root, 'content/achievements')).length;
    console.log(`N = ${count} synthetic + ${real} real achievements, × 3 languages`);
    console.log(`pages built: ${pages}`);
    console.log(`wall time: ${seconds(wall)}${targets ? ` (target ≤ ${targets.seconds} s)` : ''}`);
    console.log(
      `peak memory (process tree RSS): ${gigabytes(peak)}${targets && targets.bytes < Infinity ? ` (target ≤ ${gigabytes(targets.bytes)})` : ''}`,
    );
    console.log(`pages per second: ${(pages / (wall / 1000)).toFixed(0)}`);
    if (cpu !== undefined) console.log(`CPU time (user + system): ${cpu.toFixed(1)} s`);
    console.log(`machine load (1-minute average, 2 cores here): ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`);
    console.log(
      `machine speed (a fixed single-thread workload; lower is faster): ${referenceWorkloadMs().toFixed(0)} ms after, ${speedBefore.toFixed(0)} ms before`,
    );
    let previous = 0;
    console.log(`phases: ${''.padEnd(25)} wall       CPU   peak memory`);
    let previousCpu = 0;
    const row = (phase: string, time: number, cpuTime: number, memory: number) =>
      console.log(
        `  ${phase.padEnd(30)} ${seconds(time).padStart(8)}  ${`${cpuTime.toFixed(1)} s`.padStart(8)}  ${gigabytes(memory).padStart(8)}`,
      );
    for (const { phase, at, peak: phaseMemory, cpu: cpuAt } of reached) {
      row(phase, at - previous, cpuAt - previousCpu, phaseMemory);
      previous = at;
      previousCpu = cpuAt;
    }
    row('after the last marker', wall - previous, (cpu ?? lastCpu) - previousCpu, phasePeak);
    if (profile) console.log(`CPU profiles, one per process (Astro's is the largest): ${profileDir}`);
    if (targets && (wall > targets.seconds * 1000 || peak > targets.bytes)) console.log('OVER TARGET');
  }
} finally {
  if (keep || exitCode !== 0) console.log(`copy kept in ${copy}`);
  else rmSync(copy, { recursive: true, force: true });
}
process.exit(exitCode);
