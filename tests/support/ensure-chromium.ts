/**
 * Makes sure a Chromium is there for the browser tests. Playwright cannot download its own
 * browsers on these machines, so the tests use Debian's (see playwright.config.ts). On a fresh
 * Debian machine, as root, this installs it; anywhere else it says what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(chromium)) process.exit(0);

const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canInstall) {
  console.error(
    `No Chromium at ${chromium}. Install Debian's Chromium (sudo apt-get install chromium fonts-noto-core),\n` +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary, then run the tests again.',
  );
  process.exit(1);
}

console.log(`No Chromium at ${chromium}: installing Debian's chromium and fonts-noto-core…`);
const apt = (...args: string[]) =>
  execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
apt('update', '-qq');
apt('install', '-y', '-qq', 'chromium', 'fonts-noto-core');
if (!existsSync(chromium)) {
  console.error(`apt-get installed chromium, but ${chromium} is still missing: set CHROMIUM_PATH.`);
  process.exit(1);
}
