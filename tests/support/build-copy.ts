import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

const copies: string[] = [];
process.on('exit', () => (process.env.KEEP_COPIES ? undefined : copies.forEach((dir) => rmSync(dir, { recursive: true, force: true }))));

/** A copy of the project in a temporary folder, sharing its node_modules; removed when the tests end. */
export function projectCopy(prefix = 'achievements-copy-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  copies.push(dir);
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** `npm run build` in a copy: its exit status and everything it printed. */
export function buildCopy(dir: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(dir, 'src/build.ts')], {
    cwd: dir,
    encoding: 'utf8',
    // A copy is not a git checkout: the build date comes from here instead.
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CONTENT_CHECK_LANG: 'en', SOURCE_DATE_EPOCH: '1735689600', ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
