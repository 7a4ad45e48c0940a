import type { AstroIntegration } from 'astro';
import { isLocale } from '../i18n/locales.ts';
import { formatText } from '../check/report.ts';
import { checkContent } from '../check/run.ts';

/**
 * Runs the content check before anything is built, so skipping `npm run check` cannot ship a
 * broken or unsafe entry: MDX is code, and this check is what keeps it from running.
 *
 * On errors a build stops with the check's report and no stack trace (an exception thrown
 * from a hook would print one). The dev server keeps running and shows the report.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const requested = process.env.CONTENT_CHECK_LANG ?? 'ar';
        const locale = isLocale(requested) ? requested : 'ar';
        const started = performance.now();
        const cpu = process.cpuUsage();
        const result = checkContent(config.root);
        const { user, system } = process.cpuUsage(cpu);
        const took = `(${Math.round(performance.now() - started)} ms, ${Math.round((user + system) / 1000)} ms CPU)`;
        const errors = result.problems.filter((problem) => problem.severity === 'error');
        if (result.problems.length === 0) {
          logger.info(`${result.filesChecked} files checked, no problem ${took}.`);
          return;
        }
        const report = formatText(result, locale);
        if (errors.length === 0 || command !== 'build') {
          logger.warn(`\n${report}`);
          return;
        }
        process.stderr.write(`\n${report}\n\n`);
        logger.error('The content check found errors: nothing was built. Correct the files above, then build again.');
        process.exit(1);
      },
    },
  };
}
