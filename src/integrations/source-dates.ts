import type { AstroIntegration } from 'astro';
import { dateSource, dateSourceWarning } from '../lib/build-date.ts';

/**
 * Says once, at the start of a build, where its dates come from when that is not git or
 * `SOURCE_DATE_EPOCH` (a build from a source archive); the pages then use the same dates.
 */
export function sourceDates(): AstroIntegration {
  return {
    name: 'source-dates',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const warning = dateSourceWarning(dateSource(process.cwd()));
        if (warning) logger.warn(warning);
      },
    },
  };
}
