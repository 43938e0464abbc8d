// `node scripts/profile-library-thread.mjs MODE [options]`: the library thread's parts of a 10k
// first build measured one at a time, for speed work on the catch-up's writes and the grouping
// (core/derived, core/explore). Each pass runs in a fresh process; with --base the two trees'
// processes alternate, so a loaded machine weighs on both alike. CPU is the process's
// (user + system): no worker runs in these passes, so it is this thread and its collections.
//
//   --writes        every article's compare rows written into a library with none, 128 a
//                   transaction, as the catch-up writes them (the cells the worker sends, read
//                   back from a built library)
//   --grouping      the grouping after a catch-up, its parts in order (names, entity groups,
//                   story docs, story index, stories, timeline rows, timeline index, timeline
//                   result), `--reps` times in one process, medians; with a hash of what it made
//   --categories F  a .cpuprofile of the library thread (`profile-first-build --prof`): each
//                   sample under the outermost of analysis, writes, reads, grouping, GC, the
//                   bench's sampler; shares in %
//
//   --base DIR      a second source tree to compare with (its own node_modules not needed)
//   --rounds R      passes per side (default 3)
//   --reps N        --grouping: repetitions in one process (default 5)
//   --one-process   --grouping with --base: both trees in one process (each its own modules),
//                   their passes alternating, a full collection before each part, run twice
//                   with the trees loaded in either order (the side loaded second runs faster
//                   whatever its code); per part the ratio of medians of each order and their
//                   geometric mean. Fresh processes of one tree differ by ±15 % at load ~10;
//                   this resolves a few per cent
//   --built FILE    a library whose compare rows are built (default bench/.cache/regrouped-10000.sqlite,
//                   made by `profile-first-build --regroup`)
//   --empty FILE    --writes: the same library without them (default bench/.cache/first-build-10000.sqlite)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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

if (opt('categories')) {
  categories(opt('categories'));
  process.exit(0);
}

const built = resolve(opt('built', join(root, 'bench/.cache/regrouped-10000.sqlite')));
const empty = resolve(opt('empty', join(root, 'bench/.cache/first-build-10000.sqlite')));

if (flag('pair')) {
  // Both trees' groupings alternating in this process, `--first` loaded first.
  const [first, second] = [opt('first'), opt('second')];
  const mods = { [first]: await import(pathToFileURL(opt(`bundle-${first}`)).href), [second]: await import(pathToFileURL(opt(`bundle-${second}`)).href) };
  const dbs = Object.fromEntries(Object.entries(mods).map(([k, m]) => [k, m.openBuilt(built)]));
  const cpu = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  const parts = { [first]: {}, [second]: {} };
  const hashes = {};
  for (let r = 0; r <= Number(opt('reps', 9)); r++) {
    for (const side of [first, second]) {
      const t = {};
      const time = (name, f) => { globalThis.gc(); const a = cpu(); const v = f(); t[name] = cpu() - a; return v; };
      const made = mods[side].pass(dbs[side], time);
      if (r === 0) hashes[side] = createHash('sha256').update(JSON.stringify(made)).digest('hex').slice(0, 12);
      // The first pass of each side warms it up and is not counted.
      else for (const [k, v] of Object.entries({ ...t, total: Object.values(t).reduce((x, y) => x + y, 0) })) (parts[side][k] ??= []).push(v);
    }
  }
  console.log(JSON.stringify({ hashes, parts }));
  process.exit(0);
}

if (flag('child')) {
  const m = await import(pathToFileURL(opt('bundle')).href);
  const out = await m.run({ built, empty, work: join(tmpdir(), `library-thread-${process.pid}.sqlite`), reps: Number(opt('reps', 5)) });
  console.log(JSON.stringify(out));
  process.exit(0);
}

const mode = flag('writes') ? 'writes' : flag('grouping') ? 'grouping' : null;
if (!mode) {
  console.error('usage: profile-library-thread.mjs --writes | --grouping | --categories FILE.cpuprofile [--base DIR] [--rounds R]');
  process.exit(2);
}

/** What each pass runs, bundled from the tree it measures. */
const ENTRY = {
  writes: `
import Database from 'better-sqlite3';
import { copyFileSync, rmSync } from 'node:fs';
import { openLibrary } from './src/core/library';
import { writeAnalyses, pendingCompareIds } from './src/core/derived/compare-rows/rows';
import { beginAnalyses } from './src/core/derived/compare-rows/in-flight';
export async function run({ built, empty, work }) {
  // The cells the workers would send, from the rows a first build wrote.
  const src = new Database(built, { readonly: true });
  const group = (sql, width) => {
    const m = new Map();
    for (const r of src.prepare(sql).raw().all()) {
      let a = m.get(r[0]);
      if (!a) m.set(r[0], (a = []));
      for (let i = 1; i <= width; i++) a.push(r[i]);
    }
    return m;
  };
  const names = group('SELECT article_id, kind, name, count, mentions FROM entity_mentions', 4);
  const timeline = group('SELECT article_id, kind, start, end, text, date, end_date, sentence_start, sentence_end, sentence, keys FROM timeline_mentions', 10);
  const aliases = group('SELECT article_id, name, alias FROM entity_aliases', 2);
  const docs = new Map(src.prepare('SELECT article_id, date, keys FROM compare_docs').raw().all().map((r) => [r[0], r]));
  src.close();
  copyFileSync(empty, work);
  const db = await openLibrary({ path: work, seedDir: null });
  db.exec('DELETE FROM entity_mentions; DELETE FROM timeline_mentions; DELETE FROM compare_docs; INSERT OR IGNORE INTO compare_pending(article_id) SELECT id FROM articles;');
  const ids = pendingCompareIds(db);
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const at = cpu();
  let n = 0;
  for (let i = 0; i < ids.length; i += 128) {
    const batch = ids.slice(i, i + 128);
    beginAnalyses(db, batch);
    const cells = (id) => (docs.has(id) ? { names: names.get(id) ?? [], aliases: aliases.get(id) ?? [], timeline: timeline.get(id) ?? [], docDate: docs.get(id)[1], keys: docs.get(id)[2] } : null);
    n += writeAnalyses(db, batch.map((id) => ({ id, cells: cells(id) })));
  }
  const out = { articles: n, cpu: Math.round(cpu() - at) };
  db.close();
  for (const e of ['', '-wal', '-shm']) rmSync(work + e, { force: true });
  return { hash: String(n), parts: { writes: out.cpu } };
}`,
  grouping: `
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { nameStats, entityOverrides } from './src/core/store/queries/entities';
import { entityGrouper } from './src/core/explore/entity-groups';
import { nameContext } from './src/core/explore/name-context';
import { allCompareDocs } from './src/core/store/queries/compare';
import { StoryIndex } from './src/core/explore/stories';
import { storyNameKey } from './src/core/analysis/story-keys';
import { allTimelineRows } from './src/core/store/queries/timeline';
import { TimelineIndex } from './src/core/explore/timeline';
export function openBuilt(built) {
  return new Database(built, { readonly: true });
}
export function run({ built, reps }) {
  const db = openBuilt(built);
  const parts = {};
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const time = (name, f) => { const a = cpu(); const v = f(); (parts[name] ??= []).push(cpu() - a); return v; };
  let hash = '';
  for (let i = 0; i < reps; i++) {
    const at = cpu();
    const made = pass(db, time);
    (parts.total ??= []).push(cpu() - at);
    if (i === 0) hash = createHash('sha256').update(JSON.stringify(made)).digest('hex').slice(0, 12);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { hash, parts: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, Math.round(median(v))])) };
}
/** One grouping, each part timed by \`time(name, f)\`; what it made, for the hash. */
export function pass(db, time) {
  // As views.ts builds them: the stories name their keys by the entity groups, the timeline reads the stories.
  const stats = time('names', () => nameStats(db));
  const groups = time('entity groups', () => entityGrouper(stats, entityOverrides(db), nameContext(db)).groups());
  const docs = time('story docs', () => allCompareDocs(db));
  const index = time('story index', () => new StoryIndex(docs));
  const names = new Map();
  for (const g of groups) { const k = storyNameKey(g.kind, g.name); if (!names.has(k)) names.set(k, g.name); }
  const stories = time('stories', () => index.stories((k) => names.get(k) ?? null));
  const storyOf = new Map();
  for (const st of stories) for (const id of st.articleIds) storyOf.set(id, st.id);
  const rows = time('timeline rows', () => allTimelineRows(db));
  const timeline = time('timeline index', () => new TimelineIndex(rows, storyOf));
  const result = time('timeline result', () => timeline.result());
  return [groups, stories, result.events, [...result.textDates]];
}`,
};

const sides = [['new', root]];
if (opt('base')) sides.unshift(['base', resolve(opt('base'))]);
const bundles = new Map();
for (const [side, dir] of sides) {
  const outfile = join(root, 'out/library-thread', side, `${mode}.js`);
  // Dependencies resolve from this tree's node_modules (a scratch tree of main may have none).
  await build({ stdin: { contents: ENTRY[mode], resolveDir: dir, loader: 'ts' }, outfile, ...NODE_BUNDLE, nodePaths: [join(root, 'node_modules')] });
  bundles.set(side, outfile);
}
if (flag('one-process')) {
  if (mode !== 'grouping' || !opt('base')) throw new Error('--one-process: with --grouping and --base');
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ratios = [];
  for (const [first, second] of [['base', 'new'], ['new', 'base']]) {
    const pass = ['--pair', '--first', first, '--second', second, '--bundle-base', bundles.get('base'), '--bundle-new', bundles.get('new'), '--built', built, '--reps', opt('reps', '9')];
    const child = spawnSync(process.execPath, ['--expose-gc', new URL(import.meta.url).pathname, ...pass], { encoding: 'utf8', cwd: root });
    if (child.status !== 0) throw new Error(child.stderr);
    const { hashes, parts } = JSON.parse(child.stdout.trim().split('\n').pop());
    const ratio = Object.fromEntries(Object.keys(parts.base).map((k) => [k, median(parts.new[k]) / median(parts.base[k])]));
    ratios.push(ratio);
    console.log(`${first} loaded first: hashes base ${hashes.base} new ${hashes.new}`);
    for (const k of Object.keys(ratio)) console.log(`  ${k.padEnd(16)} ${median(parts.base[k]).toFixed(1).padStart(8)} -> ${median(parts.new[k]).toFixed(1).padStart(8)} ms  x${ratio[k].toFixed(3)}`);
  }
  console.log('geometric mean of both orders (new / base):');
  for (const k of Object.keys(ratios[0])) console.log(`  ${k.padEnd(16)} x${Math.sqrt(ratios[0][k] * ratios[1][k]).toFixed(3)}`);
  process.exit(0);
}

const results = new Map(sides.map(([s]) => [s, []]));
for (let r = 0; r < Number(opt('rounds', 3)); r++) {
  for (const [side] of sides) {
    const pass = ['--child', '--bundle', bundles.get(side), '--built', built, '--empty', empty, '--reps', opt('reps', '5')];
    const child = spawnSync(process.execPath, [new URL(import.meta.url).pathname, ...pass], { encoding: 'utf8', cwd: root });
    if (child.status !== 0) throw new Error(child.stderr);
    const res = JSON.parse(child.stdout.trim().split('\n').pop());
    results.get(side).push(res);
    console.log(`${side.padEnd(5)} ${res.hash} ${Object.entries(res.parts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [side, rs] of results) {
  console.log(`${side.padEnd(5)} medians of ${rs.length} (ms CPU): ${Object.keys(rs[0].parts).map((k) => `${k} ${median(rs.map((x) => x.parts[k]))}`).join(', ')}`);
}

/** Shares of a library thread's profile by what each sample runs under (see the header). */
function categories(file) {
  const p = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // First match wins: the sampler and GC wherever they run, then the catch-up's parts, then the grouping.
  const cats = [
    ["the bench's sampler", /^(sample|threadCpu|memoryUsage)$/],
    ['analysis on this thread', /^analyzeSources$/],
    ['writes', /^(writeOutcomes|writeAnalyses)$/],
    ['reads (sources)', /^(take|sourcesOf|getCompareSource)$/],
    ['grouping', /^(cachedView|timelineResult|entityGroups|listStories|entitySummaries)$/],
    ['GC on this thread', /^\(garbage collector\)$/],
    ['idle', /^\(idle\)$/],
  ];
  const shares = new Map();
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = p.timeDeltas[i] ?? 0;
    total += dt;
    const names = [];
    for (let cur = p.samples[i]; cur !== undefined; cur = parent.get(cur)) names.push(byId.get(cur).callFrame.functionName);
    const cat = cats.find(([, re]) => names.some((n) => re.test(n)))?.[0] ?? 'the rest';
    shares.set(cat, (shares.get(cat) ?? 0) + dt);
  }
  for (const [c, t] of [...shares].sort((a, b) => b[1] - a[1])) console.log(`${((100 * t) / total).toFixed(1).padStart(5)} %  ${c}`);
}
