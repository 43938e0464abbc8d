// `node scripts/profile-first-build.mjs [options]`: a view's first build over a 10k library (every
// article waiting for the compare index, then the timeline and People & places asked for, as in
// `npm run bench compare`), for speed work on the catch-up and the grouping after it.
//
//   --library FILE   a library file (default: bench/.cache/first-build-10000.sqlite, made by
//                    ingesting the 10k bench corpus the first time, and brought current by
//                    this tree's code when a derived dataset's version moved since)
//   --base DIR       a second source tree (e.g. `git archive main src | tar -x -C DIR`), its
//                    builds alternating with this tree's, each in a fresh process on a fresh
//                    copy of the library, so a loaded machine weighs on both alike
//   --rounds R       builds per side (default 3)
//   --hash           sha256 of the stored compare rows and of the timeline, entities and
//                    stories views after each build, and the spellings' change count (they
//                    must not differ between sides)
//   --frugal         the catch-up first as after an import (the library thread only reads and
//                    writes, the worker analyses), measured alone, then the views
//   --regroup        the grouping alone on a library whose rows are built (its first build is
//                    kept in bench/.cache/regrouped-10000.sqlite): per fresh process, the views
//                    asked once after the compare version moved, CPU of the library thread
//   --prof DIR       a CPU profile of the library thread (node --cpu-prof) of each build, into DIR
//   --node "FLAGS"   Node/V8 flags for each build's process (`--trace-opt --trace-deopt`: what
//                    each thread compiles; `--no-concurrent-recompilation`: compiling on the
//                    thread that asks, so the platform threads' CPU shows what is compilation)
//   --warm N         the library thread analyses the first N articles twice before the build,
//                    as `npm run bench compare` has it (its per-article figure runs first): the
//                    build then pays the analysis code's warm-up (compilation) on the worker only
//
// Per build: wall ms, CPU ms of the library thread, the analysis workers and V8's platform
// threads (/proc, as bench/lib/thread-cpu.ts), the grouping alone afterwards (regroup: the rows
// indexed, the views asked again), and peak RSS; medians per side.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NODE_BUNDLE, root } from './lib/bundle-ts.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? dflt : args[i + 1];
};
const flag = (name) => args.includes(`--${name}`);

/** Bundles the tree at `dir`: what a build calls, and its compare and extract workers. */
async function bundle(name, dir) {
  const outdir = join(root, 'out/first-build', name);
  await build({
    stdin: {
      contents: [
        "export { openLibrary } from './src/core/library';",
        "export { createParallaxService } from './src/core/service';",
        "export { bumpCompareVersion } from './src/core/derived/explore-groupings';",
        "export { ingestPaths } from './src/core/ingest/ingest';",
        "export { compareIndexer } from './src/core/derived/compare-rows/catch-up';",
        "export { analyzeSources } from './src/core/derived/compare-rows/analysis-pool';",
        "export { getCompareSource } from './src/core/store/queries/compare';",
        `export { watchThreads } from '${join(root, 'bench/lib/thread-cpu.ts')}';`,
      ].join('\n'),
      resolveDir: dir,
      loader: 'ts',
    },
    outfile: join(outdir, 'side.js'),
    ...NODE_BUNDLE,
  });
  for (const w of ['compare-worker', 'extract-worker']) {
    await build({ entryPoints: [join(dir, `src/core/worker/${w}.ts`)], outfile: join(outdir, `${w}.js`), ...NODE_BUNDLE });
  }
  return outdir;
}

if (flag('child')) {
  const outdir = opt('dir');
  const m = await import(pathToFileURL(join(outdir, 'side.js')).href);
  const db = await m.openLibrary({ path: opt('lib'), seedDir: null });
  const api = m.createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: 'bench', version: '0', compareWorkerFile: join(outdir, 'compare-worker.js') });
  if (flag('regroup')) {
    m.bumpCompareVersion(db);
    const w = m.watchThreads();
    const at = performance.now();
    await api.getTimeline({ limit: 10_000 });
    await api.listEntities({ limit: 5000 });
    const out = { ms: performance.now() - at, regroup: performance.now() - at, ...w.stop() };
    if (flag('hash')) {
      const h = (x) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 12);
      m.bumpCompareVersion(db);
      out.views = h([await api.getTimeline({ limit: 10_000 }), await api.listEntities({ limit: 5000 }), await api.listStories()]);
    }
    db.close();
    console.log(JSON.stringify(out));
    process.exit(0);
  }
  db.transaction(() => {
    db.exec('DELETE FROM entity_mentions; DELETE FROM timeline_mentions; DELETE FROM compare_docs; INSERT OR IGNORE INTO compare_pending(article_id) SELECT id FROM articles;');
  })();
  m.bumpCompareVersion(db);
  if (opt('warm')) {
    const sources = db.prepare('SELECT id FROM articles ORDER BY rowid LIMIT ?').pluck().all(Number(opt('warm'))).map((id) => m.getCompareSource(db, id));
    for (let i = 0; i < 2; i++) m.analyzeSources(sources);
  }
  const watch = m.watchThreads();
  const at = performance.now();
  // Frugal: the catch-up as after an import (the library thread only reads and writes), then the views.
  let catchUp = null;
  if (flag('frugal')) {
    const w = m.watchThreads();
    await m.compareIndexer(db, { workerFile: join(outdir, 'compare-worker.js') }).catchUp();
    catchUp = { ms: Math.round(performance.now() - at), ...w.stop() };
  }
  await api.getTimeline({ limit: 10_000 });
  await api.listEntities({ limit: 5000 });
  const ms = performance.now() - at;
  const cpu = watch.stop();
  m.bumpCompareVersion(db);
  const rat = performance.now();
  await api.getTimeline({ limit: 10_000 });
  await api.listEntities({ limit: 5000 });
  const regroup = performance.now() - rat;
  const out = { ms, regroup, ...cpu, catchUp };
  if (flag('hash')) {
    const h = (x) => createHash('sha256').update(typeof x === 'string' ? x : JSON.stringify(x)).digest('hex').slice(0, 12);
    const all = (sql) => db.prepare(sql).raw().all();
    out.rows = h([
      all('SELECT * FROM entity_mentions ORDER BY article_id, kind, name'),
      all('SELECT * FROM timeline_mentions ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11'),
      all('SELECT * FROM compare_docs ORDER BY article_id'),
    ]);
    out.nameChanges = db.prepare('SELECT changes FROM name_spellings_state').pluck().get();
    m.bumpCompareVersion(db);
    out.views = h([await api.getTimeline({ limit: 10_000 }), await api.listEntities({ limit: 5000 }), await api.listStories()]);
  }
  db.close();
  console.log(JSON.stringify(out));
  process.exit(0);
}

const rounds = Number(opt('rounds', 3));
const sides = [['new', opt('new') ? resolve(opt('new')) : root]];
if (opt('base')) sides.unshift(['base', resolve(opt('base'))]);
const dirs = new Map();
for (const [name, dir] of sides) dirs.set(name, await bundle(name, dir));

let lib = opt('library');
if (!lib) {
  lib = join(root, 'bench/.cache/first-build-10000.sqlite');
  if (!existsSync(lib)) {
    const outdir = dirs.get('new');
    const m = await import(pathToFileURL(join(outdir, 'side.js')).href);
    const { corpusFile } = await import(pathToFileURL(join(root, 'out/first-build/corpus.js')).href).catch(async () => {
      await build({ entryPoints: [join(root, 'bench/lib/corpus.ts')], outfile: join(root, 'out/first-build/corpus.js'), ...NODE_BUNDLE });
      return import(pathToFileURL(join(root, 'out/first-build/corpus.js')).href);
    });
    const db = await m.openLibrary({ path: lib, seedDir: null });
    await m.ingestPaths({ db, emit: () => {}, jobId: null, extractWorkerFile: join(outdir, 'extract-worker.js') }, [corpusFile(10_000)]);
    db.close();
  }
}

if (flag('regroup') && !opt('library')) {
  const built = join(root, 'bench/.cache/regrouped-10000.sqlite');
  if (!existsSync(built)) {
    copyFileSync(lib, built);
    const child = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--child', '--dir', dirs.get('new'), '--lib', built], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
  }
  lib = built;
}

if (!opt('library')) {
  // A cached library made by older code (a dataset's version moved since) is brought current
  // here, once: each build's process would otherwise rebuild it at open (a search index
  // version: ~5 s of the library thread in every profile, ~10 s of wall a build).
  const m = await import(pathToFileURL(join(dirs.get('new'), 'side.js')).href);
  const db = await m.openLibrary({ path: lib, seedDir: null });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

const tmp = mkdtempSync(join(tmpdir(), 'first-build-'));
const prof = opt('prof') ? resolve(opt('prof')) : null;
if (prof) mkdirSync(prof, { recursive: true });
const results = new Map(sides.map(([s]) => [s, []]));
try {
  for (let r = 0; r < rounds; r++) {
    for (const [side] of sides) {
      const copy = join(tmp, `${side}.sqlite`);
      copyFileSync(lib, copy);
      const node = prof ? ['--cpu-prof', '--cpu-prof-dir', prof, '--cpu-prof-name', `${side}-${r}.cpuprofile`] : [];
      if (opt('node')) node.push(...opt('node').split(' ').filter(Boolean));
      const pass = ['hash', 'frugal', 'regroup'].filter(flag).map((f) => `--${f}`);
      if (opt('warm')) pass.push('--warm', opt('warm'));
      const child = spawnSync(process.execPath, [...node, new URL(import.meta.url).pathname, '--child', '--dir', dirs.get(side), '--lib', copy, ...pass], { encoding: 'utf8' });
      rmSync(copy, { force: true });
      for (const ext of ['-wal', '-shm']) rmSync(copy + ext, { force: true });
      if (child.status !== 0) throw new Error(child.stderr);
      const res = JSON.parse(child.stdout.trim().split('\n').pop());
      results.get(side).push(res);
      const f = (x) => Math.round(x);
      console.log(`${side.padEnd(5)} ${f(res.ms)} ms wall, CPU library ${res.main} / workers ${res.workers} / platform ${res.platform} ms, regroup ${f(res.regroup)} ms, peak ${f(res.rssMb)} MB${res.catchUp ? `; catch-up alone ${res.catchUp.ms} ms, CPU library ${res.catchUp.main} / workers ${res.catchUp.workers} / platform ${res.catchUp.platform}` : ''}${res.rows ? `, rows ${res.rows}` : ''}${res.views ? `, views ${res.views}, name changes ${res.nameChanges}` : ''}`);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [side, rs] of results) {
  const md = (k) => Math.round(median(rs.map((x) => x[k])));
  console.log(`${side.padEnd(5)} medians of ${rs.length}: ${md('ms')} ms wall, CPU library ${md('main')} / workers ${md('workers')} / platform ${md('platform')} ms, regroup ${md('regroup')} ms, peak ${md('rssMb')} MB`);
  if (rs[0].catchUp) {
    const mc = (k) => Math.round(median(rs.map((x) => x.catchUp[k])));
    console.log(`${side.padEnd(5)} frugal catch-up alone: ${mc('ms')} ms wall, CPU library ${mc('main')} / workers ${mc('workers')} / platform ${mc('platform')} ms`);
  }
}
