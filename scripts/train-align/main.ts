/**
 * `npm run train:align`: learns the pair model of `src/core/compare/align-pair.ts` from the gold
 * facts of `eval/compare`'s dev events (positives: candidate pairs whose two sentences state one
 * shared fact; negatives: every other candidate), and measures it leaving one dev event out: a
 * model trained on the other events aligns the one left out, at every threshold of a grid. The
 * threshold is the one with the most out-of-fold recall at which sets of five dev events drawn
 * with replacement fall under precision 0.80 at most one time in ten (`chooseThresholdForUnseen`;
 * `--pooled`: precision ≥ 0.80 pooled over the folds, the earlier rule); the seeds are a further check, never trained on; of the held-out events only
 * the texts are in the library, as in `eval/compare`, their gold is never read. Then it trains on
 * all dev events and scores that model on the dev events and the seeds. Deterministic. It writes
 * nothing: the product keeps the hand score until a model beats it out of fold while the seeds
 * hold (see `eval/compare/README.md`, sixth pass).
 *
 * Flags: `--l2 X` the penalty (default 0.5: on eight and on nine dev events it raises the worst
 * and the mean event left out over 1; 0.3, best on eight, loses the bar's precision on nine); `--unweighted` weighs positives like negatives (by
 * default they weigh as much as all negatives together); `--curve` prints out-of-fold recall and
 * precision at every threshold; `--sweep` prints beside them the model trained on every event, on
 * dev and on the seeds (the shipped setting must keep both over the bar); `--show-min X` the hand
 * floor for shown pairs (default the product's `SHOW_MIN`); `--threshold X` overrides the one
 * chosen out of fold; `--floors a,b` the hand floors printed beside it; `--write` writes
 * the model trained on every dev event, at the threshold chosen out of fold, to `MODEL_PATH` (the
 * product's pair model, `compare/pair-model.ts`); `--no-acts` leaves out the acts of
 * `text/act-concepts.ts` (their features are then 0), to measure what they add; `--drop a,b`
 * trains with those features at 0 (one feature against the model without it); `--count a,b`
 * prints how many candidates have each feature above 0 and how many of those state a fact;
 * `--without a,b` fits without the named features (their weight stays 0: the model without
 * them, same run); `--contrast-l2 X` the penalty of the contrast features alone
 * (`compare/contrast/contrast.ts`); `--dump FILE` writes every dev candidate with its
 * out-of-fold probability and texts (`dump.ts`), to read the pairs that score high and state no fact;
 * the model is boosted trees (`boost.ts`: rounds, and depth when `--depths` gives several, chosen
 * inside each fit, so nested in the events left out; `--depths 2` (default), `--max-rounds N` that
 * choice's grid, `--setting D,R` a fixed depth and rounds instead), shipped since the twenty-first
 * pass; `--logistic` fits the logistic model the product shipped before (`--trees` is accepted and
 * changes nothing); `--min-shared N` the features a
 * candidate must share (the product's `MIN_SHARED` unless given; 1 lets the model judge one-feature
 * pairs); `--jitter SEED` leaves a seeded tenth of each fit's rows out, to see how far a fold's
 * figure moves from run to run for no change of the model (the noise a difference is read against);
 * `--oof-out FILE` writes every event's out-of-fold counts at every threshold, and `--bootstrap
 * A.json B.json` (no library built: `compare-variants.ts`) gives the 90 % interval of B − A by a
 * paired bootstrap over the events, each variant's threshold chosen inside each draw
 * (`bootstrap.ts`; `--unseen` by the rule for a set nobody has seen); with two `eval:compare --
 * --tallies` files, over the compares of each group. `--fits FILE` keeps the fitted models (by the
 * candidate rows and the fit's flags) and reads them back, so a variant of what the assignment
 * does with the model is scored without refitting; `--kinds` also says what the sentences of a
 * fact with no candidate share (nothing, one feature by kind, two under the hand floor); `--refused FILE`
 * writes each fact the model refuses with the row it saw and its sentences' other partners (`refused.ts`);
 * `--referents` lends a sentence that names nobody but says `er`/`sie` the people named just before
 * (`scripts/train-align/referents.ts`, not shipped: fifty-ninth pass); its rows differ, so its fits do (the
 * flag itself keys nothing); `--read-misses FILE [--seed N]` writes the facts the shipped model
 * misses, shuffled, to read by kind (`read-misses.ts`), and fits nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAIR_FEATURES, type PairModel } from '../../src/core/compare/align-pair';
import { CONTRAST_FEATURES } from '../../src/core/compare/contrast/contrast';
import { MIN_SHARED, RELATED_MIN, SHOW_MIN } from '../../src/core/compare/align';
import { loadGold } from '../../eval/compare/lib/gold';
import { buildLibrary } from '../../eval/compare/lib/library';
import { fitLogistic } from '../train-extract/logistic';
import { emptyTally, loadCompares, tally, type Compare, type Tally } from './data';
import { dumpOutOfFold } from './dump';
import { fitPairTrees } from './boost';
import { chooseThreshold, chooseThresholdForUnseen } from './bootstrap';
import { missKinds } from './kinds';
import { dumpRefused } from './refused';
import { readMisses } from './read-misses';

const root = process.cwd();
/** Where `--write` puts the model trained on every dev event, which the product then uses. */
const MODEL_PATH = 'src/core/compare/data/pair-model.json';
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1]! : dflt; };
const L2 = Number(opt('--l2', '0.5'));
/** `--contrast-l2 X`: the penalty of the contrast features (`compare/contrast/contrast.ts`), rare flags (default `--l2`; lower let them weigh more and lost the seeds' precision, eighteenth pass). */
const CONTRAST_L2 = Number(opt('--contrast-l2', String(L2)));
/** Candidates from this hand score on (the model judges only these). */
const FLOOR = Number(opt('--floor', '0.2'));
/** The precision the threshold must keep out of fold (issue 14's bar). */
const PRECISION_MIN = 0.8;

/** Sets of five events (the issue's unseen set) may fall under the bar one time in ten. */
const UNSEEN_RULE = { precisionMin: PRECISION_MIN, setSize: 5, failMax: 0.1 };
/** `--min-shared N`: features a candidate must share (the product's `MIN_SHARED` unless given; 1 lets the model judge one-feature pairs). */
const MIN_SHARED_OPT = Number(opt('--min-shared', String(MIN_SHARED)));
/**
 * `--jitter SEED`: every fit leaves out a tenth of its rows at random (seeded): how much a fold's
 * figure moves from run to run for a reason that is no change of the model — the noise against
 * which a difference between two models is read.
 */
const JITTER = args.includes('--jitter') ? Number(opt('--jitter', '1')) : 0;
/** Hand score from which the model's pairs may be shown (the product's `SHOW_MIN` unless given). */
const SHOW = Number(opt('--show-min', String(SHOW_MIN)));
const GRID = Array.from({ length: 35 }, (_, k) => Math.round((0.1 + k * 0.025) * 1000) / 1000);

const fmt = (t: Tally) => `recall ${(t.hits / t.facts).toFixed(2)} (${t.hits}/${t.facts})  precision ${(t.pairs ? t.good / t.pairs : 0).toFixed(2)} (${t.good}/${t.pairs})`;

/** `--without a,b`: features the model is fitted without (their column is 0 in training, so their weight stays 0). */
const WITHOUT = opt('--without', '').split(',').filter(Boolean).map((n) => {
  const j = (PAIR_FEATURES as readonly string[]).indexOf(n);
  if (j < 0) throw new Error(`--without: no feature ${n}`);
  return j;
});

/**
 * Boosted trees (`boost.ts`) unless `--logistic`; `--depths 2` and `--max-rounds N` the inner choice's grid, `--setting D,R` a
 * fixed depth and rounds (no inner choice). Depth 2 only by default: on seventeen events every fit chose 2 over 3 (nineteenth pass).
 */
const TREES = !args.includes('--logistic');
const DEPTHS = opt('--depths', '2').split(',').map(Number);
const MAX_ROUNDS = Number(opt('--max-rounds', '400'));
const FIXED = args.includes('--setting') ? (([depth, rounds]) => ({ depth: depth!, rounds: rounds! }))(opt('--setting', '').split(',').map(Number)) : undefined;
/** The trees' setting chosen for each fit, in order (the events left out, then all). */
const chosen: string[] = [];

/** A seeded keep-nine-in-ten filter per fit (`--jitter`), or keep-all. */
let fits = 0;
function jitter(): () => boolean {
  if (!JITTER) return () => true;
  let x = ((JITTER * 0x9e3779b9 + ++fits * 0x85ebca6b) >>> 0) || 1;
  // xorshift32: deterministic per seed and fit.
  return () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x % 10 !== 0; };
}

/**
 * `--fits FILE`: the fitted models, keyed by the fit's flags and its candidate rows (per event their
 * count and a checksum), read from FILE when there, else fitted and written there — a variant that
 * changes only what the assignment does with the model is scored without refitting. Not with
 * `--jitter`, whose seeds follow the order of the fits.
 */
const FITS = opt('--fits', '');
/** Flags that change what is scored or printed, not what is fitted (the show floor too: fits read the candidate floor only); those of them that take a value. */
const NOT_FIT = new Set(['--referents', '--read-misses', '--seed', '--fits', '--oof-out', '--kinds', '--curve', '--sweep', '--write', '--dump', '--refused', '--threshold', '--count', '--show-min']);
const WITH_VALUE = new Set(['--read-misses', '--seed', '--fits', '--oof-out', '--dump', '--refused', '--threshold', '--count', '--show-min']);
const fitArgs = args.filter((a, k) => !NOT_FIT.has(a) && !WITH_VALUE.has(args[k - 1] ?? ''));
/** A checksum of candidate rows and their labels: another feature row or gold is another fit. */
const checksum = (rows: Compare['rows']) => rows.reduce((x, r) => x + r.y + r.row.reduce((a, b, j) => a + b * (j + 1), 0), 0);
const fitKey = (cs: Compare[]) => JSON.stringify([fitArgs, cs.map((c) => [c.set, c.rows.length, checksum(c.rows)])]);
const fitCache: Record<string, PairModel> = FITS && existsSync(FITS) ? JSON.parse(readFileSync(FITS, 'utf8')) : {};
function cachedFit(cs: Compare[], threshold: number): PairModel {
  if (!FITS || JITTER) return fit(cs, threshold);
  const key = fitKey(cs);
  if (fitCache[key]) chosen.push('kept');
  const m = (fitCache[key] ??= fit(cs, 0));
  writeFileSync(FITS, JSON.stringify(fitCache));
  return { ...m, threshold };
}

function fit(cs: Compare[], threshold: number): PairModel {
  const rows = cs.flatMap((c) => c.rows.map((r) => ({ ...r, set: c.set }))).filter((r) => r.row[PAIR_FEATURES.indexOf('score')]! >= FLOOR)
    .map((r) => (WITHOUT.length ? { ...r, row: r.row.map((x, j) => (WITHOUT.includes(j) ? 0 : x)) } : r))
    .filter(jitter());
  const pos = rows.filter((r) => r.y).length;
  const wPos = !args.includes('--unweighted') ? (rows.length - pos) / Math.max(1, pos) : 1;
  if (TREES) {
    const t = fitPairTrees(rows, wPos, { depths: DEPTHS, maxRounds: MAX_ROUNDS, step: 25, fixed: FIXED });
    chosen.push(`${t.setting.depth}/${t.setting.rounds}`);
    return { kind: 'trees', features: PAIR_FEATURES, base: t.base, trees: t.trees, threshold };
  }
  const l2Of = PAIR_FEATURES.map((n) => ((CONTRAST_FEATURES as readonly string[]).includes(n) ? CONTRAST_L2 : L2));
  const f = fitLogistic(rows.map((r) => r.row), rows.map((r) => r.y), rows.map((r) => (r.y ? wPos : 1)), { l2: L2, l2Of });
  return { features: PAIR_FEATURES, ...f, threshold };
}

function score(cs: Compare[], model: PairModel | null, relatedMin = RELATED_MIN): Tally {
  const t = emptyTally();
  for (const c of cs) tally(c, { model, candidateMin: FLOOR, relatedMin, showMin: SHOW, minShared: MIN_SHARED_OPT }, t);
  return t;
}

// The library holds every report, as `npm run eval:compare` builds it (word rarity and name
// groups depend on it); the held-out events' gold is never read.
const gold = loadGold(root);
const sets = gold.filter((s) => !s.heldOut);
const lib = await buildLibrary(root, gold);
try {
  const all = await loadCompares(lib, sets, { acts: !args.includes('--no-acts'), minShared: MIN_SHARED_OPT, referents: args.includes('--referents') });
  // `--drop a,b`: those features are 0 in every row, so their weight stays 0 (each feature measured against the model without it).
  const dropped = opt('--drop', '').split(',').filter(Boolean).map((n) => PAIR_FEATURES.indexOf(n as (typeof PAIR_FEATURES)[number]));
  if (dropped.some((j) => j < 0)) throw new Error(`train-align: unknown feature in --drop "${opt('--drop', '')}"`);
  for (const c of all) for (const r of c.rows) for (const j of dropped) r.row[j] = 0;
  const seeds = all.filter((c) => c.set === 'seeds');
  const dev = all.filter((c) => c.set !== 'seeds');
  const events = [...new Set(dev.map((c) => c.set))];
  // `--read-misses FILE [--seed N]`: the facts the shipped model misses, shuffled, to read by kind (`read-misses.ts`); nothing is fitted.
  if (args.includes('--read-misses')) {
    console.log(`missed facts written: ${readMisses(opt('--read-misses', ''), dev, sets, Number(opt('--seed', '27')))}`);
    process.exit(0);
  }
  const rows = dev.flatMap((c) => c.rows);
  console.log(`${dev.length} dev compares, ${rows.length} candidate pairs, ${rows.filter((r) => r.y).length} state a shared fact`);
  // `--count a,b`: how many candidates have each feature above 0, and how many of those state a fact (a feature that fires on few, or as often on either, can move little).
  for (const n of opt('--count', '').split(',').filter(Boolean)) {
    const j = PAIR_FEATURES.indexOf(n as (typeof PAIR_FEATURES)[number]), on = rows.filter((r) => r.row[j]! > 0);
    console.log(`  ${n}: ${on.length} candidates, ${on.filter((r) => r.y).length} state a fact (all: ${(rows.filter((r) => r.y).length / rows.length).toFixed(3)} do)`);
  }
  const reachable = dev.reduce((n, c) => n + c.facts.filter((f) => c.rows.some((r) => f.a.has(r.a) && f.b.has(r.b))).length, 0);
  console.log(`shared facts with a candidate pair: ${reachable} of ${dev.reduce((n, c) => n + c.facts.length, 0)}`);
  console.log('hand score:');
  for (const e of events) console.log(`  ${e.padEnd(16)} ${fmt(score(dev.filter((c) => c.set === e), null))}`);
  console.log(`  ${'dev'.padEnd(16)} ${fmt(score(dev, null))}\n  ${'seeds'.padEnd(16)} ${fmt(score(seeds, null))}`);
  // The hand score at lower floors, for recall at the same precision as the model's.
  const floors = opt('--floors', '0.45,0.4').split(',').map(Number);
  for (const relatedMin of floors) console.log(`  ${`dev, floor ${relatedMin}`.padEnd(16)} ${fmt(score(dev, null, relatedMin))}  seeds ${fmt(score(seeds, null, relatedMin))}`);
  // Out of fold: per event left out, its counts at every threshold.
  const oof = new Map<string, Tally[]>();
  const models = new Map<string, PairModel>();
  for (const e of events) {
    const m = cachedFit(dev.filter((c) => c.set !== e), 0);
    models.set(e, m);
    oof.set(e, GRID.map((threshold) => score(dev.filter((c) => c.set === e), { ...m, threshold })));
  }
  // `--oof-out FILE`: every event's out-of-fold counts at every threshold, for `--bootstrap` against another variant.
  if (args.includes('--oof-out')) writeFileSync(opt('--oof-out', ''), JSON.stringify({ kind: 'oof', args, grid: GRID, events: Object.fromEntries(oof) }) + '\n');
  if (args.includes('--dump')) dumpOutOfFold(opt('--dump', ''), dev, (e) => models.get(e)!);
  const pooled = GRID.map((_, k) => events.reduce((t, e) => { const x = oof.get(e)![k]!; return { facts: t.facts + x.facts, hits: t.hits + x.hits, pairs: t.pairs + x.pairs, good: t.good + x.good }; }, emptyTally()));
  // The threshold a set nobody has seen keeps precision with (`chooseThresholdForUnseen`);
  // `--pooled` for the earlier rule (precision ≥ the bar over all dev events pooled).
  const unseen = chooseThresholdForUnseen(Object.fromEntries(oof), UNSEEN_RULE);
  let best = args.includes('--pooled') ? chooseThreshold(pooled, PRECISION_MIN) : unseen.index;
  // `--kinds`: where the out-of-fold models lose each missed fact (`kinds.ts`), at the threshold chosen out of fold.
  if (args.includes('--kinds')) console.log(missKinds(dev, (e) => ({ ...models.get(e)!, threshold: GRID[best]! }), { showMin: SHOW, minShared: MIN_SHARED_OPT }));
  // `--refused FILE`: the facts the model refuses at that threshold, with the row it saw (`refused.ts`), to read by kind.
  if (args.includes('--refused')) console.log(`refused facts written: ${dumpRefused(opt('--refused', ''), dev, (e) => ({ ...models.get(e)!, threshold: GRID[best]! }), { showMin: SHOW, minShared: MIN_SHARED_OPT })}`);
  // Recall of the worst and of the average event left out: a rule that carries to an unseen event
  // raises both, not only the pooled figure (where the events with most facts weigh most).
  const spread = (k: number) => { const r = events.map((e) => { const x = oof.get(e)![k]!; return x.hits / x.facts; }); return `min ${Math.min(...r).toFixed(3)} mean ${(r.reduce((a, b) => a + b, 0) / r.length).toFixed(3)}`; };
  if (args.includes('--curve')) pooled.forEach((t, k) => console.log(`  t ${GRID[k]}  ${fmt(t)}  ${spread(k)}  sets of ${UNSEEN_RULE.setSize} under the bar ${(unseen.failing[k]! * 100).toFixed(0)} %`));
  // Out of fold beside the model trained on every event, at each threshold: the shipped setting
  // must keep dev and seeds precision over the bar in sample too.
  if (args.includes('--sweep')) {
    const all = cachedFit(dev, 0);
    pooled.forEach((t, k) => {
      const m = { ...all, threshold: GRID[k]! };
      console.log(`  t ${GRID[k]}  oof ${fmt(t)}  ${spread(k)} | dev ${fmt(score(dev, m))} | seeds ${fmt(score(seeds, m))}`);
    });
  }
  const threshold = Number(opt('--threshold', String(GRID[best]!)));
  if (GRID.indexOf(threshold) >= 0) best = GRID.indexOf(threshold);
  console.log(`learned, each event scored by a model trained on the others (threshold ${threshold}, chosen out of fold${args.includes('--pooled') ? ', pooled' : `; sets of ${UNSEEN_RULE.setSize} events under ${PRECISION_MIN} precision ${(unseen.failing[best]! * 100).toFixed(0)} % of draws`}):`);
  for (const e of events) console.log(`  ${e.padEnd(16)} ${fmt(oof.get(e)![best]!)}`);
  console.log(`  ${'out of fold'.padEnd(16)} ${fmt(pooled[best]!)}  per event ${spread(best)}`);
  const model = cachedFit(dev, threshold);
  console.log(`trained on all dev events:\n  ${'dev'.padEnd(16)} ${fmt(score(dev, model))}\n  ${'seeds'.padEnd(16)} ${fmt(score(seeds, model))}`);
  if (model.kind === 'trees') console.log(`trees (depth/rounds) chosen inside each fit, events left out in order then all: ${chosen.join(' ')}`);
  else console.log('weights: ' + PAIR_FEATURES.map((n, j) => `${n} ${model.w[j]!.toFixed(2)}`).join(', '));
  if (args.includes('--write')) {
    const r = (x: number) => Math.round(x * 1e6) / 1e6;
    const out = model.kind === 'trees'
      ? { kind: 'trees', features: model.features, base: r(model.base), threshold: model.threshold, trees: model.trees.map((t) => t.map((nd) => (nd.f < 0 ? { f: -1, t: 0, l: -1, r: -1, v: r(nd.v) } : { ...nd, t: r(nd.t), v: r(nd.v) }))) }
      : { features: model.features, mean: model.mean.map(r), scale: model.scale.map(r), w: model.w.map(r), b: r(model.b), threshold: model.threshold };
    // Trees one a line: a few hundred nodes' fields a line each would make the file ten times longer to read.
    const text = model.kind === 'trees' ? JSON.stringify({ ...out, trees: [] }, null, 1).replace('"trees": []', `"trees": [\n${model.trees.map((t) => `  ${JSON.stringify(t)}`).join(',\n')}\n ]`) : JSON.stringify(out, null, 1);
    writeFileSync(join(root, MODEL_PATH), text + '\n');
    console.log(`written: ${MODEL_PATH}`);
  }
} finally {
  lib.close();
}
