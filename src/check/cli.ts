/**
 * `npm run check`: checks every content file and prints every problem, in Arabic by default.
 *
 *   npm run check                      Arabic report
 *   npm run check -- --lang fr         French (or en)
 *   npm run check -- --format github   GitHub annotations, for pull requests
 *   npm run check -- --root ../other    check another copy of the project
 *
 * Exits with 1 when there is an error (warnings alone do not fail), 2 on a wrong option.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isLocale, localeCodes, type Locale } from '../i18n/locales.ts';
import { formatGithub, formatText } from './report.ts';
import { checkContentAndImages } from './run.ts';

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const inline = args.find((arg) => arg.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

const lang = option('lang') ?? process.env.CONTENT_CHECK_LANG ?? 'ar';
const format = option('format') ?? 'text';
if (!isLocale(lang) || !['text', 'github'].includes(format)) {
  console.error(`Usage: npm run check -- [--lang ${localeCodes.join('|')}] [--format text|github]`);
  process.exit(2);
}

const started = performance.now();
const rootOption = option('root');
const root = rootOption ? pathToFileURL(`${resolve(rootOption)}/`) : new URL('../../', import.meta.url);
const result = await checkContentAndImages(root);
const locale: Locale = lang;
if (format === 'github') {
  const annotations = formatGithub(result, locale);
  if (annotations) console.log(annotations);
}
console.log(formatText(result, locale));
console.log(`(${Math.round(performance.now() - started)} ms)`);
process.exit(result.problems.some((problem) => problem.severity === 'error') ? 1 : 0);
