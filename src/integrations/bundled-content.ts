import type { AstroIntegration } from 'astro';

/**
 * Puts every achievement's MDX module in the build's server bundle with static imports, instead
 * of one lazily imported chunk per file.
 *
 * Astro imports each MDX entry on demand, through two dynamic imports: the map of content
 * modules (`astro:content-module-imports`, `() => import(entry)`) and a wrapper per entry that
 * carries its CSS (`?astroPropagatedAssets`, `getMod() { return import(entry) }`). Each dynamic
 * import is a chunk of its own: 60,000 chunks for 10,000 achievements in three languages, and
 * the bundler, Vite's and Astro's chunk hooks, and Node's module loader all pay per chunk. A
 * static build renders every entry anyway, so loading them lazily saves nothing. Measured at
 * 1,000 achievements: about a fifth less CPU time for the build, byte-identical output.
 *
 * The wrapper's CSS lists stay empty, as they are today: the content check refuses imports in
 * MDX, so no entry brings CSS of its own. Only the static build (`prerender`) is changed; the
 * dev server keeps Astro's lazy loading. If Astro changes the code these rewrite, nothing is
 * rewritten and the build stays correct, only slower; the build then says so.
 */
export function bundledContent(): AstroIntegration {
  let rewritten = 0;
  return {
    name: 'bundled-content',
    hooks: {
      'astro:config:setup': ({ updateConfig, command }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'bundled-content',
                enforce: 'post',
                applyToEnvironment: (environment) => environment.name === 'prerender',
                transform(code, id) {
                  const result = staticImports(code, id);
                  if (result === undefined) return undefined;
                  rewritten++;
                  return { code: result, map: null };
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ logger }) => {
        if (rewritten === 0) logger.warn('No content module was bundled statically: Astro’s generated code has changed (src/integrations/bundled-content.ts).');
        else logger.info(`${rewritten} content modules bundled statically`);
      },
    },
  };
}

const LAZY_ENTRY = /\(\) => import\(("[^"\n]+")\)/g;
const LAZY_WRAPPED = /return import\(("[^"\n]+")\);/;
const HEAD_DIRECTIVE = '"use astro:head-inject";';

/**
 * The module's code with its lazy content imports made static, or undefined when the module
 * is not one of Astro's content maps or wrappers (or no longer has the expected shape).
 * @example staticImports('export default new Map([["a.mdx", () => import("/a.mdx")]]);', '/x/content-modules.mjs')
 * // 'import * as __content0 from "/a.mdx";\nexport default new Map([["a.mdx", () => Promise.resolve(__content0)]]);'
 */
export function staticImports(code: string, id: string): string | undefined {
  if (id.endsWith('content-modules.mjs') || id === '\0astro:content-module-imports') {
    const imports: string[] = [];
    const map = code.replace(LAZY_ENTRY, (_, specifier: string) => {
      const name = `__content${imports.length}`;
      imports.push(`import * as ${name} from ${specifier};`);
      return `() => Promise.resolve(${name})`;
    });
    return imports.length > 0 ? `${imports.join('\n')}\n${map}` : undefined;
  }
  if (/[?&]astroPropagatedAssets(?:&|=|$)/.test(id)) {
    const specifier = LAZY_WRAPPED.exec(code)?.[1];
    if (!specifier || !code.includes(HEAD_DIRECTIVE)) return undefined;
    // The directive must stay the module's first statement.
    return code.replace(LAZY_WRAPPED, 'return __entry;').replace(HEAD_DIRECTIVE, `${HEAD_DIRECTIVE}\nimport * as __entry from ${specifier};`);
  }
  return undefined;
}
