/**
 * `npm run audit:ship`: lists what ships (the production dependencies of package-lock.json, with
 * versions and integrity hashes), then asks the registry for advisories on them
 * (`npm audit --omit=dev --audit-level=high`).
 *
 * Exit codes: 0 when the audit ran and found nothing high or critical; 1 when it found some;
 * when the registry refuses the audit (this network's registry answers 405 to the advisories
 * endpoint), a clear notice and 0, or 2 with `--strict`. Never "passed" when it did not run.
 * `--quiet` leaves out the list of packages.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { exitCode, readAudit, shippedPackages, type Lockfile } from './audit.ts';

const root = new URL('../../', import.meta.url);
const strict = process.argv.includes('--strict');
const quiet = process.argv.includes('--quiet');

let lock: Lockfile;
try {
  lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as Lockfile;
} catch (error) {
  console.error(`Cannot read package-lock.json: ${(error as Error).message}. Run npm install first.`);
  process.exit(2);
}
let shipped;
try {
  shipped = shippedPackages(lock);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

if (!quiet) {
  console.log('What ships (package-lock.json, without devDependencies): * direct, ? optional\n');
  for (const item of shipped) {
    const marks = `${item.direct ? '*' : ' '}${item.optional ? '?' : ' '}`;
    const where = item.bundledIn ? `bundled in ${item.bundledIn}` : (item.integrity ?? 'no integrity recorded');
    console.log(`${marks} ${item.name}@${item.version}  ${where}${item.platform ? `  [${item.platform}]` : ''}`);
  }
  console.log('');
}
const optional = shipped.filter((item) => item.optional).length;
console.log(
  `${shipped.length} production packages (${shipped.filter((item) => item.direct).length} direct; ${optional} optional, ` +
    `mostly native binaries for other platforms). They run at build time: visitors get the static files ` +
    "the build writes, which carry a little of them (Astro's and Pagefind's browser code).",
);

const audit = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const outcome = audit.error
  ? { ran: false as const, reason: `could not start npm (${audit.error.message})` }
  : readAudit(audit.stdout, audit.stderr);

if (!outcome.ran) {
  const notice =
    `npm audit did NOT run: ${outcome.reason}. No advisory was checked, so this is not a pass. ` +
    'Run `npm audit --omit=dev` where the registry serves advisories, or check the list above against https://github.com/advisories.';
  console.log(`\n${notice}`);
  if (process.env.GITHUB_ACTIONS) console.log(`::warning title=npm audit did not run::${notice}`);
} else {
  const { counts, serious } = outcome;
  console.log(
    `\nnpm audit (production dependencies): ${counts.critical} critical, ${counts.high} high, ${counts.moderate} moderate, ${counts.low} low.`,
  );
  for (const line of serious) console.log(`  ${line}`);
  console.log(
    serious.length > 0
      ? 'High or critical advisories in what ships: fix them before release.'
      : 'No high or critical advisory in what ships.',
  );
}
process.exitCode = exitCode(outcome, strict);
