// `node scripts/profile-compare.mjs [options]`: the compare of `npm run bench compare` (two ~800-word
// reports: analysis, alignment, differences, passages) on one thread, for profiling and A/B speed
// work on core/compare; the same inputs as the bench (the eight longest records of the corpus).
//
//   --rounds R       measured passes per side after one warm-up (default 7); a pass is every one
//                    of the bench's four pairs `--reps` times (default 10)
//   --base DIR       a second source tree (`git archive main src eval | tar -x -C DIR`): both in
//                    this process (each its own modules and caches), alternating every pair, timed
//                    by the thread's run time (schedstat); run in both load orders, the figure is
//                    the geometric mean of the two ratios (the side loaded second runs faster)
//   --loop N         only run N compares of this tree (for `node --cpu-prof`)
//   --hash           sha256 of the compare JSON of every pair and of the four-report sets of the
//                    bench inputs, and of `compareArticles` (the service, library IDF) of every two
//                    reports of each dev event and of the seeds (no held-out event), per side
//
// Medians of ms per compare per side (thread CPU), and its ratio to the plain TF-IDF sentence
// alignment of the bench measured in the same passes (the bench's "x TF-IDF" figure, on medians
// where the bench takes p95s).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NODE_BUNDLE, root } from './lib/bundle-ts.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? dflt : args[i + 1];
};
const flag = (name) => args.includes(`--${name}`);

/** Bundles the compare of the tree at `dir` (its own copy of every module and cache). */
async function load(name, dir) {
  const outfile = join(root, 'out/profile', `compare-${name}.js`);
  const evalLib = flag('hash') ? "export { loadGold } from './eval/compare/lib/gold';\nexport { buildLibrary } from './eval/compare/lib/library';\n" : '';
  await build({
    stdin: {
      contents:
        "export { analyzeArticle } from './src/core/analysis/analyze';\nexport { compare } from './src/core/compare/compare';\n" +
        "export { extract } from './src/core/ingest/extract/index';\nexport { splitSentences } from './src/core/text/sentences';\n" +
        "export { contentStems } from './src/core/analysis/content-words';\n" + evalLib,
      resolveDir: dir,
      loader: 'ts',
    },
    outfile,
    ...NODE_BUNDLE,
  });
  return import(pathToFileURL(outfile).href + `?${Date.now()}`);
}

/** The bench's inputs: the eight longest records cut to 800 words, sentence per paragraph. */
function inputs(mod) {
  const records = readFileSync(join(root, '../shared/corpus/10kgnad-test.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const byLength = [...records].sort((a, b) => b.text.split(/\s+/).length - a.text.split(/\s+/).length);
  return byLength.slice(0, 8).map((r, i) => {
    const text = r.text.split(/\s+/).slice(0, 800).join(' ').replace(/([.!?])\s+/g, '$1\n\n');
    const x = mod.extract({ text: `${r.title}\n\n${text}`, format: 'text', hints: { title: r.title } });
    return { id: `bench${i}`.padEnd(12, '0'), title: r.title, site: null, published: null, dateConflict: null, text: x.text, blocks: x.blocks, dateMentions: x.dateMentions, dateline: x.dateline };
  });
}

const idOf = (kind, name) => `${kind}:${name}`;
/** The bench's `full`: analysis of each report, IDF over their sentences, the comparison. */
function full(mod, set) {
  const arts = set.map(mod.analyzeArticle);
  const df = new Map();
  let n = 0;
  for (const a of arts) for (const s of a.sentences) { n++; for (const st of new Set(s.stems)) df.set(st, (df.get(st) ?? 0) + 1); }
  return mod.compare(arts, { idf: (s) => Math.log((n + 1) / ((df.get(s) ?? 0) + 1)) + 1, maxIdf: Math.log(n + 1) + 1, idOf, now: () => 0 });
}

/** The bench's baseline: plain TF-IDF cosine, best match per sentence. */
function plainTfIdf(mod, set) {
  const sents = set.map((a) => a.blocks.filter((b) => b.region === 'body').flatMap((b) => mod.splitSentences(a.text, b.start, b.end).map((s) => mod.contentStems(a.text, s.start, s.end))));
  const df = new Map();
  const all = sents.flat();
  for (const s of all) for (const w of new Set(s)) df.set(w, (df.get(w) ?? 0) + 1);
  const vec = (s) => {
    const v = new Map();
    for (const w of s) v.set(w, (v.get(w) ?? 0) + Math.log((all.length + 1) / (df.get(w) + 1)) + 1);
    const norm = Math.sqrt([...v.values()].reduce((x, y) => x + y * y, 0)) || 1;
    for (const [k, x] of v) v.set(k, x / norm);
    return v;
  };
  const va = sents[0].map(vec), vb = sents[1].map(vec);
  let pairs = 0;
  for (const a of va) {
    let best = 0;
    for (const b of vb) {
      let dot = 0;
      for (const [k, x] of a) dot += x * (b.get(k) ?? 0);
      if (dot > best) best = dot;
    }
    if (best > 0.2) pairs++;
  }
  return pairs;
}

/** Nanoseconds this thread has run so far. */
const threadNs = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const sha = (x) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);

async function hashes(name, mod) {
  const ins = inputs(mod);
  const bench = [];
  for (let i = 0; i < 8; i++) for (let j = i + 1; j < 8; j++) bench.push(full(mod, [ins[i], ins[j]]));
  for (const k of [0, 4]) bench.push(full(mod, ins.slice(k, k + 4)));
  const sets = mod.loadGold(root).filter((s) => !s.heldOut);
  const lib = await mod.buildLibrary(root, sets);
  const evalOut = [];
  try {
    for (const s of sets) {
      const ids = s.reports.map((r) => lib.ids.get(`${s.id}/${r.key}`));
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
        const c = await lib.api.compareArticles([ids[i], ids[j]]);
        evalOut.push({ ...c, tookMs: 0 });
      }
      if (ids.length >= 3) evalOut.push({ ...(await lib.api.compareArticles(ids.slice(0, Math.min(4, ids.length)))), tookMs: 0 });
    }
  } finally {
    lib.close();
  }
  const pairs = evalOut.reduce((n, c) => n + c.pairs.length, 0);
  console.log(`${name.padEnd(5)} bench ${bench.length} compares ${sha(bench)}; dev+seeds ${evalOut.length} compares (${pairs} pairs) ${sha(evalOut)}`);
}

const sides = [['new', opt('new') ? resolve(opt('new')) + '/' : root]];
if (opt('base')) sides.unshift(['base', resolve(opt('base')) + '/']);
const mods = [];
for (const [name, dir] of sides) mods.push([name, await load(name, dir)]);

if (flag('hash')) {
  for (const [name, mod] of mods) await hashes(name, mod);
  process.exit(0);
}
if (opt('loop')) {
  const [, mod] = mods.at(-1);
  const ins = inputs(mod);
  const n = Number(opt('loop'));
  const t = threadNs();
  for (let k = 0; k < n; k++) full(mod, [ins[(k % 4) * 2], ins[(k % 4) * 2 + 1]]);
  console.log(`${n} compares, ${((threadNs() - t) / 1e6 / n).toFixed(2)} ms each`);
  process.exit(0);
}

const rounds = Number(opt('rounds', 7)), reps = Number(opt('reps', 10));
/** One run: the sides in this order, alternating pair by pair; per side the median pass in ms per compare and per baseline. */
function run(order) {
  const ctx = order.map(([name, mod]) => ({ name, mod, ins: inputs(mod), passes: [], base: [] }));
  for (let r = -1; r < rounds; r++) {
    const t = ctx.map(() => [0, 0]);
    for (let k = 0; k < 4 * reps; k++) {
      ctx.forEach((c, s) => {
        const pair = [c.ins[(k % 4) * 2], c.ins[(k % 4) * 2 + 1]];
        let at = threadNs();
        full(c.mod, pair);
        t[s][0] += threadNs() - at;
        at = threadNs();
        plainTfIdf(c.mod, pair);
        t[s][1] += threadNs() - at;
      });
    }
    if (r >= 0) ctx.forEach((c, s) => { c.passes.push(t[s][0] / 1e6 / (4 * reps)); c.base.push(t[s][1] / 1e6 / (4 * reps)); });
  }
  // The baseline's code is the same on both sides (its words and sentences are untouched here):
  // pooled, so the sides' ratios differ only by the compare.
  const base = median(ctx.flatMap((c) => c.base));
  for (const c of ctx) console.log(`  ${c.name.padEnd(5)} ${median(c.passes).toFixed(2)} ms a compare (passes ${c.passes.map((x) => x.toFixed(2)).join(' ')}), x${(median(c.passes) / base).toFixed(2)} TF-IDF (${base.toFixed(2)} ms, both sides' passes)`);
  return Object.fromEntries(ctx.map((c) => [c.name, median(c.passes)]));
}
if (mods.length === 1) run(mods);
else {
  const ratios = [];
  for (const order of [mods, [...mods].reverse()]) {
    console.log(`order: ${order.map(([n]) => n).join(', ')}`);
    const m = run(order);
    ratios.push(m.new / m.base);
    console.log(`  new/base x${(m.new / m.base).toFixed(3)}`);
  }
  console.log(`geometric mean new/base x${Math.sqrt(ratios[0] * ratios[1]).toFixed(3)}`);
}
