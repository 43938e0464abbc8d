// `node scripts/profile-analysis.mjs [options]`: the compare analysis (analyzeCompareSource) of
// a library's articles on one thread, for profiling and A/B speed work on core/analysis.
//
//   --library FILE   a library file (default: the newest bench/.cache/library-10000-*.sqlite)
//   --n N            articles per pass (default 2000; the sources are read once)
//   --rounds R       measured passes per side, after one warm-up pass (default 5)
//   --base DIR       a second source tree (e.g. `git archive main src | tar -x -C DIR`): each
//                    side warm in a process of its own (heaps apart), their passes alternating,
//                    so a loaded machine weighs on both alike
//   --one-process    with --base: both sides in one process (each its own module and caches),
//                    passes alternating, run twice with the sides loaded in either order; prints
//                    the geometric mean of the two ratios. Two processes of the same code differ
//                    by up to ±12 % on a loaded machine, one process by ~2 %, and the side loaded
//                    second runs ~5 % faster whatever its code (hence both orders)
//   --chunk N        with --one-process: the sides alternate every N articles (50 is good)
//                    within each pass instead of pass by pass, timed in ns (schedstat): on a
//                    machine at load ~10 the same code against itself gave x0.992 (both orders),
//                    where whole passes alternating gave x0.91 (one order x0.86) at times
//   --hash           sha256 of every article's analysis (all of the library), per side
//   --cold           each side in a fresh process: CPU per article of its first 1,000 and of
//                    the next 1,000 (the catch-up worker starts cold in every first build)
//   --top FILE       the top self-time frames of a .cpuprofile (from `node --cpu-prof …`)
//
// CPU is this thread's (user + system, /proc), which holds still on a shared machine where
// wall time does not; medians per article in ms.
import { build } from 'esbuild';
import { fork, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NODE_BUNDLE, root } from './lib/bundle-ts.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? dflt : args[i + 1];
};
const flag = (name) => args.includes(`--${name}`);

if (opt('top')) {
  topFrames(opt('top'));
  process.exit(0);
}

const n = Number(opt('n', 2000));
const rounds = Number(opt('rounds', 5));
const sides = [['new', opt('new') ? resolve(opt('new')) + '/' : root]];
if (opt('base')) sides.unshift(['base', resolve(opt('base')) + '/']);

/** Bundles the analysis of the tree at `dir` (its own copy of every module and cache). */
async function load(name, dir) {
  const outdir = join(root, 'out/profile');
  await build({
    stdin: {
      contents: "export { analyzeCompareSource } from './src/core/analysis/article-rows';\nexport { getCompareSource } from './src/core/store/queries/compare';",
      resolveDir: dir,
      loader: 'ts',
    },
    outfile: join(outdir, `${name}.js`),
    ...NODE_BUNDLE,
  });
  return import(pathToFileURL(join(outdir, `${name}.js`)).href + `?${Date.now()}`);
}

/** Nanoseconds this thread has run so far (`schedstat`: finer than `stat`'s 10 ms ticks). */
function threadNs() {
  return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
}

/** CPU ms of this thread so far. */
function threadMs() {
  const s = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
}

/** Every article's compare source, read once from the library and kept as JSON beside it. */
async function sources(mod) {
  let lib = opt('library');
  if (!lib) {
    const dir = join(root, 'bench/.cache');
    const found = existsSync(dir) ? readdirSync(dir).filter((f) => /^library-10000-.*\.sqlite$/.test(f)) : [];
    found.sort((a, b) => statSync(join(dir, b)).mtimeMs - statSync(join(dir, a)).mtimeMs);
    if (!found.length) throw new Error('profile-analysis: no bench/.cache/library-10000-*.sqlite (run `npm run bench compare` once, or pass --library)');
    lib = join(dir, found[0]);
  }
  const cache = `${lib}.sources.json`;
  if (existsSync(cache) && statSync(cache).mtimeMs > statSync(lib).mtimeMs) return JSON.parse(readFileSync(cache, 'utf8'));
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(lib, { readonly: true });
  const ids = db.prepare('SELECT id FROM articles ORDER BY rowid').pluck().all();
  const out = ids.map((id) => mod.getCompareSource(db, id));
  db.close();
  writeFileSync(cache, JSON.stringify(out));
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (flag('cold-child')) {
  // One side, fresh process: its first 1,000 articles, then the next 1,000.
  const mod = await load(`cold-${process.pid}`, opt('dir'));
  const all = await sources(mod);
  const out = [];
  for (const [from, to] of [[0, 1000], [1000, 2000]]) {
    const at = threadMs();
    for (let i = from; i < to; i++) mod.analyzeCompareSource(all[i]);
    out.push((threadMs() - at) / (to - from));
  }
  console.log(JSON.stringify(out));
  process.exit(0);
}

if (flag('cold')) {
  const figures = new Map(sides.map(([s]) => [s, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [side, dir] of sides) {
      const child = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--cold-child', '--dir', dir, ...(opt('library') ? ['--library', opt('library')] : [])], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(child.stderr);
      figures.get(side).push(JSON.parse(child.stdout.trim().split('\n').pop()));
    }
  }
  for (const [side, runs] of figures) {
    console.log(`${side.padEnd(5)} first 1,000: ${median(runs.map((r) => r[0])).toFixed(3)} ms an article, next 1,000: ${median(runs.map((r) => r[1])).toFixed(3)} (median of ${runs.length} fresh processes)`);
  }
  process.exit(0);
}

if (flag('one-process-child')) {
  // Both sides in this process, loaded in the order given; warm-up, then alternating passes.
  const order = opt('order').split(',');
  const mods = [];
  for (const side of order) mods.push([side, await load(`one-${side}-${process.pid}`, sides.find(([s]) => s === side)[1])]);
  const all = await sources(mods[0][1]);
  const pass = all.slice(0, n);
  for (const [, mod] of mods) for (const s of all.slice(0, 2 * n)) mod.analyzeCompareSource(s);
  const times = Object.fromEntries(order.map((side) => [side, []]));
  const chunk = Number(opt('chunk', 0));
  for (let r = 0; r < rounds; r++) {
    if (chunk > 0) {
      // Sides alternating every `chunk` articles, timed by the thread's run time in ns: both
      // see the same moments of a loaded machine (see --chunk above).
      const sum = Object.fromEntries(order.map((side) => [side, 0]));
      for (let from = 0; from < pass.length; from += chunk) {
        for (const [side, mod] of (from / chunk + r) % 2 ? [...mods].reverse() : mods) {
          const at = threadNs();
          for (let k = from; k < from + chunk && k < pass.length; k++) mod.analyzeCompareSource(pass[k]);
          sum[side] += threadNs() - at;
        }
      }
      for (const side of order) times[side].push(sum[side] / 1e6 / pass.length);
      continue;
    }
    for (const [side, mod] of r % 2 ? [...mods].reverse() : mods) {
      const at = threadMs();
      for (const s of pass) mod.analyzeCompareSource(s);
      times[side].push((threadMs() - at) / pass.length);
    }
  }
  console.log(JSON.stringify({ base: median(times.base), new: median(times.new) }));
  process.exit(0);
}

if (flag('one-process')) {
  if (!opt('base')) throw new Error('profile-analysis: --one-process needs --base');
  const ratios = [];
  for (const order of ['base,new', 'new,base']) {
    const child = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--one-process-child', '--order', order, ...args.filter((a) => a !== '--one-process')], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
    const m = JSON.parse(child.stdout.trim().split('\n').pop());
    console.log(`loaded ${order.padEnd(8)} base ${m.base.toFixed(3)} new ${m.new.toFixed(3)} ms an article (medians of ${rounds} passes over ${n}): ×${(m.new / m.base).toFixed(3)}`);
    ratios.push(m.new / m.base);
  }
  console.log(`ratio new/base ×${Math.sqrt(ratios[0] * ratios[1]).toFixed(3)} (geometric mean of both load orders)`);
  process.exit(0);
}

if (flag('side-child')) {
  // One side of the A/B in a process of its own (its own heap: one side's caches and garbage
  // would weigh on the other's collections): a warm-up pass, then one pass per message.
  const mod = await load(`side-${process.pid}`, opt('dir'));
  const pass = (await sources(mod)).slice(0, n);
  for (const s of pass) mod.analyzeCompareSource(s);
  process.on('message', () => {
    const at = threadMs();
    for (const s of pass) mod.analyzeCompareSource(s);
    process.send((threadMs() - at) / pass.length);
  });
  process.send('ready');
} else {
  const mods = [];
  for (const [side, dir] of sides) mods.push([side, await load(side, dir)]);
  const all = await sources(mods[0][1]);
  if (flag('hash')) {
    for (const [side, mod] of mods) {
      const h = createHash('sha256');
      for (const s of all) h.update(JSON.stringify(mod.analyzeCompareSource(s)) + '\n');
      console.log(`${side.padEnd(5)} sha256 of ${all.length} analyses: ${h.digest('hex')}`);
    }
  }
  // Each side in its own process, its passes alternating with the other's.
  const children = sides.map(([side, dir]) => {
    const child = fork(new URL(import.meta.url).pathname, ['--side-child', '--dir', dir, '--n', String(n), ...(opt('library') ? ['--library', opt('library')] : [])]);
    return { side, child, next: () => new Promise((done) => child.once('message', done)) };
  });
  await Promise.all(children.map((c) => c.next()));
  const times = new Map(sides.map(([side]) => [side, []]));
  for (let r = 0; r < rounds; r++) {
    for (const c of r % 2 ? [...children].reverse() : children) {
      const reply = c.next();
      c.child.send('run');
      times.get(c.side).push(await reply);
    }
  }
  for (const c of children) c.child.kill();
  const m = new Map([...times].map(([side, xs]) => [side, median(xs)]));
  const count = Math.min(n, all.length);
  for (const [side, xs] of times) console.log(`${side.padEnd(5)} ${m.get(side).toFixed(3)} ms an article (median of ${xs.length} passes over ${count}: ${xs.map((x) => x.toFixed(3)).join(' ')})`);
  if (m.has('base')) console.log(`ratio new/base ×${(m.get('new') / m.get('base')).toFixed(3)}`);
}

/** Prints the top self-time frames of a CPU profile, with their share. */
function topFrames(file) {
  const p = JSON.parse(readFileSync(file, 'utf8'));
  const self = new Map();
  const byId = new Map(p.nodes.map((x) => [x.id, x]));
  const dt = new Map();
  p.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  let total = 0;
  for (const [id, t] of dt) {
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + t);
    total += t;
  }
  const parent = new Map();
  for (const x of p.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  const incl = new Map();
  for (const [id, t] of dt) {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at).callFrame;
      const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      if (!seen.has(key)) incl.set(key, (incl.get(key) ?? 0) + t);
      seen.add(key);
    }
  }
  const count = Number(opt('count', 30));
  for (const [title, m] of [['self', self], ['inclusive', incl]]) {
    console.log(`${title}:`);
    for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, count)) console.log(`${((t / total) * 100).toFixed(1).padStart(5)} %  ${k}`);
  }
}
