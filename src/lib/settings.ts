import packageJson from '../../package.json' with { type: 'json' };
import { resolveLicence, type Licence, type LicenceId } from './licence.ts';
import { withTrailingSlash } from './routing.ts';
import { resolveSiteUrl, type SiteUrlSettings } from './site-url.ts';

/**
 * Every setting of a build, read from the environment and package.json in this one module and
 * checked at once: a bad value stops the build with one message per setting, saying what to
 * write instead. The README's settings table documents each; dates have their own order
 * (`SOURCE_DATE_EPOCH`, git…) in build-date.ts.
 */
export interface Settings {
  /** `BASE_PATH`: the sub-path the site is served under, with slashes at both ends. */
  base: string;
  /** `OUT_DIR`: where the build writes the site. */
  outDir: string;
  /** `SITE_URL`, else package.json `homepage`: scheme and host of every absolute URL. */
  site: SiteUrlSettings;
  /** `DATA_LICENSE`, else package.json `config.dataLicense`: the open data's and texts' licence. */
  licence: Licence & { id: LicenceId };
  /** `REPOSITORY_URL` (else package.json `repository.url`) and `REPOSITORY_BRANCH` (else main): where editors propose changes. */
  repository: { url: string; branch: string };
}

/** Thrown with every bad setting named; Astro prints the message alone. */
export class SettingsError extends Error {
  constructor(problems: readonly string[]) {
    super(`The build's settings are not valid:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    this.name = 'SettingsError';
    this.stack = '';
  }
}

/**
 * Reads and checks every setting.
 * @throws SettingsError naming each bad value
 * @example readSettings({ BASE_PATH: '/achievements/' }).base // '/achievements/'
 */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const problems: string[] = [];
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
      return undefined;
    }
  };
  const base = attempt(() => {
    const value = env.BASE_PATH?.trim() || '/';
    if (!/^\/(?:[A-Za-z0-9._~-]+\/?)*$/.test(value)) {
      throw new Error(`BASE_PATH is "${value}": write the sub-path the site is served under, starting with /, like /achievements/`);
    }
    return withTrailingSlash(value);
  });
  const site = base === undefined ? undefined : attempt(() => resolveSiteUrl(env.SITE_URL, base));
  const licence = attempt(() => resolveLicence(env.DATA_LICENSE));
  const repository = attempt(() => {
    const value = env.REPOSITORY_URL?.trim() || packageJson.repository.url;
    const from = env.REPOSITORY_URL?.trim() ? 'REPOSITORY_URL' : 'package.json "repository.url"';
    if (!/^https:\/\/[^/\s]+\/\S+$/.test(value))
      throw new Error(`${from} is "${value}": write the repository's https address, like https://github.com/owner/name`);
    const branch = env.REPOSITORY_BRANCH?.trim() || 'main';
    if (!/^[\w./-]+$/.test(branch) || branch.includes('..'))
      throw new Error(`REPOSITORY_BRANCH is "${branch}": write a branch name, like main`);
    return { url: value.replace(/\.git$/, '').replace(/\/$/, ''), branch };
  });
  if (problems.length > 0 || !base || !site || !licence || !repository) throw new SettingsError(problems);
  return { base, outDir: env.OUT_DIR?.trim() || './dist', site, licence, repository };
}

let current: Settings | undefined;

/** This build's settings, read once per process. */
export function settings(): Settings {
  current ??= readSettings();
  return current;
}
