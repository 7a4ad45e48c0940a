import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * Compiles the achievements' MDX entries into a few large modules ("packs") of the build's
 * server bundle, instead of one module and one lazily imported chunk per file (two, with the
 * wrapper Astro adds to collect an entry's CSS).
 *
 * Astro imports each MDX entry on demand: the map of content modules
 * (`astro:content-module-imports`) holds `() => import(entry)` for every file. Each is a module
 * and a chunk of its own, and the bundler, Vite's and Astro's plugins and Node's module loader
 * all pay per module: measured, about 200 KB of memory and a few milliseconds each, so 30,000
 * entries (10,000 achievements in three languages) cost about 6 GB before any page is rendered.
 * A static build renders every entry anyway, so loading them lazily saves nothing.
 *
 * Here each entry is still compiled by Astro's own MDX plugins (the same code, byte for byte),
 * but 500 compiled entries share one module, each in its own function scope; the map of content
 * modules then points at them statically. Astro renders such an entry as it renders any MDX
 * module (`Content`, `frontmatter`, `getHeadings`). What the skipped wrapper adds is an entry's
 * own CSS and scripts, and entries have none: the content check refuses imports in MDX.
 *
 * Only the static build (`prerender`) changes; the dev server keeps Astro's lazy loading. An
 * entry whose compiled code does not have the expected shape is imported the usual way, and if
 * Astro's plugins or generated code change, nothing is packed: the build stays correct, only
 * slower, and says so.
 */
export function bundledContent(): AstroIntegration {
  const packs: string[][] = [];
  let packed = 0;
  let single = 0;
  let unpacked = 0;
  return {
    name: 'bundled-content',
    hooks: {
      'astro:config:setup': ({ updateConfig, command, config }) => {
        if (command !== 'build') return;
        let compile: ((path: string) => Promise<string>) | undefined;
        const plugin: Plugin = {
          name: 'bundled-content',
          enforce: 'pre',
          applyToEnvironment: (environment) => environment.name === 'prerender',
          configResolved(resolved) {
            compile = mdxCompiler(resolved.plugins);
          },
          resolveId(id) {
            return id.startsWith(PACK) ? `\0${id}` : undefined;
          },
          async load(id) {
            if (!id.startsWith(`\0${PACK}`)) return undefined;
            const files = packs[Number(id.slice(PACK.length + 2))] ?? [];
            // One file at a time: the bundler loads all packs at once, and 30,000 files opened
            // together exceed the system's limit (EMFILE).
            const entries: { path: string; code: string }[] = [];
            for (const path of files) entries.push({ path, code: await compile!(path) });
            const pack = packModule(entries);
            unpacked += pack.unpacked;
            return pack.code;
          },
          transform(code, id) {
            if (!id.endsWith('content-modules.mjs') && id !== '\0astro:content-module-imports') return undefined;
            const result = packedContentMap(code, config.root, compile !== undefined);
            if (result === undefined) return undefined;
            packs.push(...result.packs);
            packed += result.packs.flat().length;
            single += result.single;
            return { code: result.code, map: null };
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:build:done': ({ logger }) => {
        if (packed === 0 && single === 0) logger.warn('No MDX entry was bundled statically: Astro’s generated code has changed (src/integrations/bundled-content.ts).');
        else logger.info(`${packed - unpacked} MDX entries in ${packs.length} modules${single + unpacked > 0 ? `, ${single + unpacked} imported one by one` : ''}`);
      },
    },
  };
}

/** Id prefix of the pack modules. */
const PACK = 'virtual:bundled-content';
const PACK_SIZE = 500;
const LAZY_ENTRY = /\(\) => import\(("[^"\n]+")\)/g;

type Transform = (this: unknown, code: string, id: string) => unknown;

/** The transform of a Vite plugin, whether written as a function or as `{ handler }`. */
function transformOf(plugins: readonly Plugin[], name: string): Transform | undefined {
  const hook = plugins.find((plugin) => plugin.name === name)?.transform;
  const handler = typeof hook === 'function' ? hook : hook?.handler;
  return handler as Transform | undefined;
}

/**
 * Compiles an MDX file as Astro's MDX integration does for the build's server bundle: its
 * compiler plugin, then its post-processing plugin. Undefined when either is missing.
 */
function mdxCompiler(plugins: readonly Plugin[]): ((path: string) => Promise<string>) | undefined {
  const compileMdx = transformOf(plugins, '@mdx-js/rolldown');
  const postprocess = transformOf(plugins, '@astrojs/mdx-postprocess');
  if (!compileMdx || !postprocess) return undefined;
  const context = { environment: { name: 'prerender' } };
  const codeOf = (result: unknown) => (typeof result === 'string' ? result : (result as { code: string }).code);
  return async (path) => {
    const compiled = codeOf(await compileMdx.call(context, await readFile(path, 'utf8'), path));
    return codeOf(await postprocess.call(context, compiled, path));
  };
}

/**
 * The map of content modules with every MDX entry taken from a pack (`() => Promise.resolve(pack.e3)`),
 * and the files of each pack. Without a compiler, entries are imported statically one by one.
 * Undefined when the map holds no lazy import of an MDX file.
 */
export function packedContentMap(code: string, root: URL, canPack: boolean): { code: string; packs: string[][]; single: number } | undefined {
  const packs: string[][] = [];
  const singles: string[] = [];
  const map = code.replace(LAZY_ENTRY, (lazy, specifier: string) => {
    const id = JSON.parse(specifier) as string;
    const fileName = new URLSearchParams(id.split('?')[1] ?? '').get('fileName');
    if (!fileName?.endsWith('.mdx')) return lazy;
    const path = fileURLToPath(new URL(fileName, root));
    if (!canPack) {
      singles.push(`import * as __entry${singles.length} from ${JSON.stringify(path)};`);
      return `() => Promise.resolve(__entry${singles.length - 1})`;
    }
    if ((packs.at(-1)?.length ?? PACK_SIZE) >= PACK_SIZE) packs.push([]);
    const pack = packs.at(-1)!;
    pack.push(path);
    return `() => Promise.resolve(__pack${packs.length - 1}.e${pack.length - 1})`;
  });
  if (packs.length === 0 && singles.length === 0) return undefined;
  const imports = [...packs.map((_, index) => `import * as __pack${index} from ${JSON.stringify(`${PACK}/${index}`)};`), ...singles];
  return { code: `${imports.join('\n')}\n${map}`, packs, single: singles.length };
}

/** `import { a, b as c } from "x";` and `import * as n from "x";`: the forms compiled MDX uses. */
const IMPORT = /^import\s+(?:\{([^}]*)\}|\*\s+as\s+([\w$]+))\s+from\s+(["'][^"'\n]+["']);?[ \t]*$/gm;
const EXPORT_DECLARATION = /^export\s+(?=(?:const|let|var|function|async\s+function|class)\s)/gm;
const EXPORT_DEFAULT = /^export\s+default\s+([\w$]+)\s*;?[ \t]*$/m;
const DECLARED = /^(?:export\s+)?(?:const|let|var|function|async\s+function|class)\s+([\w$]+)/gm;

/**
 * One module holding compiled MDX entries, each in its own function scope and exported as
 * `e0`, `e1`… with the exports it had (`Content`, `default`, `frontmatter`, `getHeadings`…).
 * Their imports are merged at the top. An entry whose code does not have the expected shape is
 * re-exported from its own file instead (`export * as e3 from "…/fr.mdx"`), the usual way.
 */
export function packModule(entries: readonly { path: string; code: string }[]): { code: string; unpacked: number } {
  // local name → what it imports; one binding per local name across the pack.
  const bindings = new Map<string, { source: string; imported: string }>();
  let unpacked = 0;
  const parts = entries.map(({ path, code }, index) => {
    const scoped = scope(code, bindings);
    if (scoped === undefined) {
      unpacked++;
      return `export * as e${index} from ${JSON.stringify(path)};`;
    }
    return `export const e${index} = (() => {\n${scoped.body}\nreturn { ${scoped.fields} };\n})();`;
  });
  const bySource = new Map<string, string[]>();
  const namespaces: string[] = [];
  for (const [local, { source, imported }] of bindings) {
    if (imported === '*') namespaces.push(`import * as ${local} from ${source};`);
    else bySource.set(source, [...(bySource.get(source) ?? []), imported === local ? local : `${imported} as ${local}`]);
  }
  const imports = [...namespaces, ...[...bySource].map(([source, names]) => `import { ${names.join(', ')} } from ${source};`)];
  return { code: `${imports.join('\n')}\n${parts.join('\n')}\n`, unpacked };
}

/**
 * The code of a compiled MDX module without its imports (added to `bindings`) and with its
 * exports turned into plain declarations, and the fields that return them; undefined when an
 * import or export has an unexpected form, or an import clashes with one of another entry.
 */
function scope(code: string, bindings: Map<string, { source: string; imported: string }>): { body: string; fields: string } | undefined {
  const own = new Map<string, { source: string; imported: string }>();
  const body = code.replace(IMPORT, (_, named: string | undefined, namespace: string | undefined, quoted: string) => {
    const source = JSON.stringify(quoted.slice(1, -1));
    if (namespace) own.set(namespace, { source, imported: '*' });
    for (const specifier of (named ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
      const [imported, local = imported] = specifier.split(/\s+as\s+/) as [string, string?];
      own.set(local, { source, imported });
    }
    return '';
  });
  for (const [local, binding] of own) {
    const existing = bindings.get(local);
    if (existing && (existing.source !== binding.source || existing.imported !== binding.imported)) return undefined;
  }
  const exported = new Map<string, string>();
  for (const match of body.matchAll(DECLARED)) if (match[0].startsWith('export')) exported.set(match[1]!, match[1]!);
  const defaultExport = EXPORT_DEFAULT.exec(body)?.[1];
  if (defaultExport) exported.set('default', defaultExport);
  const scoped = body.replace(EXPORT_DEFAULT, '').replace(EXPORT_DECLARATION, '');
  if (/^\s*(?:import|export)\b/m.test(scoped) || !exported.has('Content')) return undefined;
  for (const [local, binding] of own) bindings.set(local, binding);
  return { body: scoped, fields: [...exported].map(([name, local]) => `${JSON.stringify(name)}: ${local}`).join(', ') };
}
