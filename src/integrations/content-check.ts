import type { AstroIntegration } from 'astro';
import { defaultLocale, isLocale } from '../i18n/locales.ts';
import { formatText } from '../check/report.ts';
import { checkContentAndImages, type CheckResult } from '../check/run.ts';
import { EditorError } from '../lib/editor-error.ts';
import { runInWorker, workerTask } from '../lib/worker-task.ts';

/**
 * Runs the content check before any content is loaded, so skipping `npm run check` cannot ship
 * a broken entry, and an editor sees the check's report rather than a loader's error.
 *
 * The check starts in a worker thread as soon as astro.config.mjs creates this integration, and
 * runs while Astro starts and the Arabic font is subset; the config hook waits for its result
 * (at 10,000 achievements it takes 9 s, about half of it hidden that way). If the thread
 * cannot run it, the hook runs it itself.
 *
 * On errors a build stops with the check's report and no stack trace (an EditorError). The
 * dev server keeps running and shows the report.
 */
export function contentCheck(root: URL): AstroIntegration {
  const started = performance.now();
  const checking = runInWorker<string, TimedCheck>(new URL(import.meta.url), CHECK_TASK, root.href);
  // Awaited in the hook, which falls back to checking in its own thread.
  checking.catch(() => undefined);
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const requested = process.env.CONTENT_CHECK_LANG ?? defaultLocale;
        const locale = isLocale(requested) ? requested : defaultLocale;
        const waitFrom = performance.now();
        const { result, cpuMs } =
          config.root.href === root.href ? await checking.catch(() => timedCheck(config.root.href)) : await timedCheck(config.root.href);
        const waited = Math.round(performance.now() - waitFrom);
        const took = `(${Math.round(performance.now() - started)} ms, ${cpuMs} ms CPU, ${waited} ms waited)`;
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
        throw new EditorError('The content check found errors: nothing was built. Correct the files above, then build again.');
      },
    },
  };
}

interface TimedCheck {
  result: CheckResult;
  /** CPU time of the thread that ran the check. */
  cpuMs: number;
}

async function timedCheck(rootHref: string): Promise<TimedCheck> {
  const cpu = process.threadCpuUsage();
  const result = await checkContentAndImages(new URL(rootHref));
  const { user, system } = process.threadCpuUsage(cpu);
  return { result, cpuMs: Math.round((user + system) / 1000) };
}

const CHECK_TASK = 'content-check';
workerTask(CHECK_TASK, timedCheck);
