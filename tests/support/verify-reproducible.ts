/**
 * `npm run verify:reproducible`: builds the site twice from clean, into two folders, and checks
 * that they hold the same files with the same SHA-256. Prints the differences; exits 1 if any.
 *
 * The first build is `npm run build`'s (src/build.ts: search index and service worker after
 * Astro's process), the second `astro build` alone (everything in Astro's process): both ways
 * must give the same site.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'reproducible-'));

function cleanBuild(outDir: string, script: string): Map<string, string> {
  // Astro's caches would let the second build reuse the first one's work.
  for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(root, cache), { recursive: true, force: true });
  execFileSync(process.execPath, [join(root, script), ...(script.endsWith('astro.mjs') ? ['build'] : [])], {
    cwd: root,
    env: { ...process.env, OUT_DIR: outDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const hashes = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hashes.set(relative(outDir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(outDir);
  return hashes;
}

try {
  const first = cleanBuild(join(scratch, 'a'), 'src/build.ts');
  const second = cleanBuild(join(scratch, 'b'), 'node_modules/astro/bin/astro.mjs');
  const files = [...new Set([...first.keys(), ...second.keys()])].sort();
  const differences = files.filter((file) => first.get(file) !== second.get(file));
  for (const file of differences) {
    console.log(`${file}: ${first.get(file)?.slice(0, 12) ?? 'missing'} ≠ ${second.get(file)?.slice(0, 12) ?? 'missing'}`);
  }
  console.log(`${files.length} files compared across two clean builds (npm run build, astro build): ${differences.length === 0 ? 'byte-identical' : `${differences.length} differ`}.`);
  process.exitCode = differences.length === 0 ? 0 : 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
