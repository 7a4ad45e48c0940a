import type { Licence } from '../licence.ts';
import { settings } from '../settings.ts';
import { siteOrigin } from '../site-url.ts';

/** What the build knows beyond the content: where it runs and what it publishes under. */
export interface BuildContext {
  /** The site's origin, for absolute addresses. */
  origin: string;
  /** The deploy base. */
  base: string;
  /** The checkout, where git dates come from. */
  root: string;
  env: NodeJS.ProcessEnv;
  licence: Licence;
}

/** The build's own context, from Astro's settings and the environment. */
export function buildContext(): BuildContext {
  return {
    origin: siteOrigin(),
    base: import.meta.env?.BASE_URL ?? '/',
    root: process.cwd(),
    env: process.env,
    licence: settings().licence,
  };
}
