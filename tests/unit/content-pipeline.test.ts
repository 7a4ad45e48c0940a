import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import fs, { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { checkRead } from '../../src/check/run.ts';
import { EditorError } from '../../src/lib/editor-error.ts';
import { renderEntry } from '../../src/lib/mdx-html.ts';
import { contentPipeline, type ContentPipeline } from '../../src/lib/pipeline/loaders.ts';

/**
 * The one content pipeline (src/lib/pipeline/): the check and every collection's loader share
 * one reading of content/, and the loaders store what the check judged.
 */
const root = new URL('../../', import.meta.url);
const copies: string[] = [];
after(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A project folder holding a copy of content/, edited by `edit` (path under content/ → new text). */
function projectWith(edit: Record<string, (text: string) => string> = {}): URL {
  const dir = mkdtempSync(join(tmpdir(), 'content-pipeline-'));
  copies.push(dir);
  cpSync(new URL('content/', root), join(dir, 'content'), { recursive: true });
  for (const [file, change] of Object.entries(edit)) {
    const path = join(dir, 'content', file);
    const text = readFileSync(path, 'utf8');
    const edited = change(text);
    assert.notEqual(edited, text, `the edit of ${file} changed nothing`);
    writeFileSync(path, edited);
  }
  return pathToFileURL(`${dir}/`);
}

type Stored = Parameters<LoaderContext['store']['set']>[0];

/** What Astro hands a loader, kept in memory; `parsed` counts the schema validations. */
function fakeContext(collection: string, watcher?: EventEmitter) {
  const entries = new Map<string, Stored>();
  const logged: string[] = [];
  const logger = {
    info: (message: string) => logged.push(message),
    warn: (message: string) => logged.push(message),
    error: (message: string) => logged.push(message),
    debug: () => {},
    fork: () => logger,
  };
  const state = { parsed: [] as unknown[], entries, logged };
  const context = {
    collection,
    logger,
    watcher: watcher && Object.assign(watcher, { add: () => watcher }),
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    parseData: async ({ data }: { data: Record<string, unknown> }) => {
      state.parsed.push(data);
      return data;
    },
    store: {
      get: (id: string) => entries.get(id),
      keys: () => [...entries.keys()],
      set: (entry: Stored) => (entries.set(entry.id, entry), true),
      delete: (id: string) => entries.delete(id),
      clear: () => entries.clear(),
    },
  } as unknown as LoaderContext;
  return { context, ...state };
}

/** Runs every collection's loader of `pipeline`, as Astro's content sync does. */
async function loadAll(pipeline: ContentPipeline, watcher?: EventEmitter) {
  const loaders = {
    achievements: pipeline.achievements,
    translations: pipeline.translations,
    categories: pipeline.data('categories'),
    regions: pipeline.data('regions'),
    places: pipeline.data('places'),
    partners: pipeline.data('partners'),
    sourceReport: pipeline.sourceReport,
  };
  const contexts = Object.fromEntries(Object.keys(loaders).map((name) => [name, fakeContext(name, watcher)]));
  await Promise.all(Object.entries(loaders).map(([name, loader]) => loader.load(contexts[name]!.context)));
  return contexts as Record<keyof typeof loaders, ReturnType<typeof fakeContext>>;
}

describe('the content pipeline', () => {
  it('reads each file of content/ once for the check and all seven collections', async () => {
    const reads = new Map<string, number>();
    const original = fs.readFileSync;
    fs.readFileSync = ((path: fs.PathOrFileDescriptor, options?: never) => {
      reads.set(String(path), (reads.get(String(path)) ?? 0) + 1);
      return original(path, options);
    }) as typeof fs.readFileSync;
    syncBuiltinESMExports();
    try {
      const pipeline = contentPipeline(root);
      pipeline.knownIds();
      await loadAll(pipeline);
    } finally {
      fs.readFileSync = original;
      syncBuiltinESMExports();
    }
    const contentReads = [...reads].filter(([path]) => path.includes('/content/'));
    assert.ok(contentReads.length > 100, `${contentReads.length} files read`);
    for (const [path, count] of contentReads) assert.equal(count, 1, `${path} read ${count} times`);
  });

  it('stores the values the check judged and the HTML of the renderer the check inspects', async () => {
    const pipeline = contentPipeline(root);
    const read = pipeline.read();
    const loaded = await loadAll(pipeline);
    assert.deepEqual(checkRead(read).problems, []);
    const folder = read.folders.find((candidate) => candidate.name === 'literacy-programme')!;
    const arabic = folder.texts.ar!;
    const stored = loaded.achievements.entries.get('literacy-programme')!;
    // The very object the check's YAML built, not a second parse of the file.
    assert.ok(loaded.achievements.parsed.includes(arabic.yaml!.value));
    assert.equal(stored.data, arabic.yaml!.value);
    assert.equal(stored.filePath, 'content/achievements/literacy-programme/ar.mdx');
    assert.equal(stored.body, arabic.split!.body.trim());
    assert.equal(stored.rendered?.html, renderEntry(arabic.split!.body).html);
    assert.match(stored.rendered?.html ?? '', /^<p>مواصلة تكوين 19.000/);
    assert.ok(loaded.translations.entries.has('literacy-programme/fr'));
    assert.ok(loaded.translations.entries.has('literacy-programme/en'));
    assert.equal(loaded.achievements.entries.size, read.folders.filter((candidate) => candidate.texts.ar).length);
    // The data files: the check's reading of them, row by row.
    const regions = read.data.regions.yaml!.value as { id: string }[];
    assert.deepEqual(
      [...loaded.regions.entries.keys()],
      regions.map((row) => row.id),
    );
    assert.equal(loaded.regions.entries.get(regions[0]!.id)?.data, regions[0]);
    assert.equal(loaded.regions.entries.get(regions[0]!.id)?.filePath, 'content/regions.yaml');
    assert.equal(loaded.sourceReport.entries.get('report')?.data, read.report.yaml!.value);
    assert.match(loaded.achievements.logged.join('\n'), /\d+ files checked, no problem/);
  });

  it('leaves an unchanged entry as stored: no second validation or store', async () => {
    const pipeline = contentPipeline(root);
    const first = fakeContext('achievements');
    await pipeline.achievements.load(first.context);
    const count = first.parsed.length;
    assert.ok(count > 10);
    await pipeline.achievements.load(first.context);
    assert.equal(first.parsed.length, count, 'nothing validated again');
  });

  it('stops a build with the check’s report, naming file, line and field, with no stack trace', async () => {
    const project = projectWith({
      'achievements/copper-ware-quality-fes/ar.mdx': (text) => text.replace('regions: [fes-meknes]', 'regions: [fez-meknes]'),
    });
    const pipeline = contentPipeline(project);
    const written: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((chunk: string) => (written.push(chunk), true)) as typeof process.stderr.write;
    let failures: unknown[];
    try {
      failures = (
        await Promise.allSettled([pipeline.achievements, pipeline.data('regions')].map((loader) => loader.load(fakeContext('x').context)))
      )
        .filter((result) => result.status === 'rejected')
        .map((result) => (result as PromiseRejectedResult).reason);
    } finally {
      process.stderr.write = write;
    }
    assert.equal(failures.length, 2, 'every loader stops');
    for (const failure of failures) {
      assert.ok(failure instanceof EditorError);
      assert.equal(failure.stack, '');
      assert.match(failure.message, /The content check found errors: nothing was built/);
    }
    const report = written.join('');
    assert.match(report, /content\/achievements\/copper-ware-quality-fes\/ar\.mdx:7:11/);
    assert.match(report, /unknown-reference/);
    assert.equal(report.match(/unknown-reference/g)?.length, 1, 'the report is printed once');
  });

  it('refuses what the renderer refuses when the check is left out', async () => {
    const project = projectWith({
      'achievements/literacy-programme/ar.mdx': (text) => `${text.trimEnd()}\n\n[a link](javascript:alert(1))\n`,
    });
    const pipeline = contentPipeline(project, { check: false });
    const { context, logged } = fakeContext('achievements');
    await assert.rejects(pipeline.achievements.load(context), (error: Error) => {
      assert.ok(error instanceof EditorError);
      assert.match(
        error.message,
        /An achievement's text cannot be rendered:\ncontent\/achievements\/literacy-programme\/ar\.mdx: .*unsafe-url \(javascript:alert\(1\)\)/,
      );
      return true;
    });
    assert.doesNotMatch(logged.join('\n'), /files checked/, 'the check did not run');
  });

  it('in the dev server, logs the report, keeps the last good entry and reloads after a change', async () => {
    const project = projectWith();
    const watcher = new EventEmitter();
    const pipeline = contentPipeline(project);
    const loaded = await loadAll(pipeline, watcher);
    const file = new URL('content/achievements/literacy-programme/ar.mdx', project);
    const good = loaded.achievements.entries.get('literacy-programme')!;
    const change = async () => {
      for (const listener of watcher.listeners('change')) await (listener as (path: string) => Promise<void>)(file.pathname);
    };
    // A broken edit: reported, and the page keeps its last good text.
    writeFileSync(file, readFileSync(file, 'utf8').replace('scope: national', 'scope: galactic'));
    await change();
    assert.equal(loaded.achievements.entries.get('literacy-programme'), good);
    // Whichever collection reloads first runs the check and logs its report.
    const logged = Object.values(loaded).flatMap((collection) => collection.logged);
    assert.match(logged.join('\n'), /content\/achievements\/literacy-programme\/ar\.mdx:\d+:\d+/);
    // Mended and rewritten: stored again, the other entries left as they were.
    const other = loaded.achievements.entries.get('financial-education');
    writeFileSync(file, readFileSync(file, 'utf8').replace('scope: galactic', 'scope: national').replace('مواصلة', 'متابعة'));
    await change();
    assert.match(loaded.achievements.entries.get('literacy-programme')?.rendered?.html ?? '', /^<p>متابعة/);
    assert.equal(loaded.achievements.entries.get('financial-education'), other);
    assert.equal(watcher.listenerCount('change'), 1, 'one listener for every collection');
  });
});
