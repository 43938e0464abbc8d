/**
 * `npm run train:extract`: learns the line classifier of `src/core/ingest/extract/model.ts`
 * from both public benchmarks, reports k-fold cross-validated scores (folds grouped by site, so
 * no figure is measured on a page, or a site, the model was trained on; the vocabulary is
 * learned inside each fold), picks the decoding thresholds by those scores, then trains on all
 * pages and writes `weights.json`. Deterministic: the same data gives the same file.
 *
 * Flags: `--quick` tries one decoding setting only (tau 0.3, hole 0.3: for studying features);
 * `--taus a,b,…` / `--holes a,b,…` set the decoding grid; `--model mlp|logistic|trees`, `--units N`
 * and `--hidden-l2 X` choose the line model; `--eval` only scores the committed model on all pages (its training data: for
 * comparing with the public scorers, never as a measure of quality); `--folds N` (default 5);
 * `--calib` compares the headline ranker's inputs out-of-fold and in-sample (`calibration.ts`);
 * `--ranker-cv FILE` runs only the ranker's CV on a `--dump-oof` file (`ranker-cv.ts`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPages, type Page } from './data';
import { fitLogistic } from './logistic';
import { fitRanker, fitRankerBagged, type RankerLoss } from './ranker';
import { Headless, withoutHeadline } from './headless';
import { fitTrees } from './trees';
import { bagMlp, fitMlp } from './mlp';
import { Scores } from './score';
import { extract } from '../../src/core/ingest/extract/index';
import { detectLang } from '../../src/core/text/lang';
import { lineEvidence, type Evidence } from '../../src/core/ingest/extract/evidence';
import { FEATURE_NAMES, lineTokens, pageFeatures } from '../../src/core/ingest/extract/features';
import { defaultModel, type LineModel, type ModelFile } from '../../src/core/ingest/extract/model';
import { TITLE_FEATURES, chooseTitle, splitKicker, type TitleCandidate, type TitleModel } from '../../src/core/ingest/extract/title';
import { norm } from './data';
import { missReport } from './misses';
import { dumpOutOfFold } from './dump';
import { calibrationReport } from './calibration';
import { rankerCv } from './ranker-cv';

const root = process.cwd();
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1]! : dflt; };
// `--ranker-cv FILE`: the headline ranker's CV on a `--dump-oof` file only (`ranker-cv.ts`).
if (args.includes('--ranker-cv')) { rankerCv(args); process.exit(0); }
const dataDir = opt('--data', process.env.PARALLAX_BENCH_DATA ?? join(root, '../shared/bench-data'));
const FOLDS = Number(opt('--folds', '5'));
/** `--fold-seed S`: another deal of the sites to the folds (repeated CV: the spread a change must beat). */
const FOLD_SEED = opt('--fold-seed', '');
/**
 * `mlp` (logistic regression plus a small hidden layer, `mlp.ts`), `logistic` or `trees`; run
 * them side by side and compare their CV lines before changing the default.
 */
const KIND = opt('--model', 'mlp');
/** The hidden layer's width and its L2 penalty, chosen by cross-validation (see the README). */
const UNITS = Number(opt('--units', '2'));
const HIDDEN_L2 = Number(opt('--hidden-l2', '1e-2'));
/** `--line-bag K`: the line model as the average of K fits on bootstrap draws of the pages (`bagMlp`). */
const LINE_BAG = Number(opt('--line-bag', '1'));
/** `--misses FILE`: writes the held-out pages' wrong headlines and weakest bodies, with their candidates, for study. */
const MISSES = opt('--misses', '');
/** A token must occur in lines of this many training pages to enter the vocabulary. */
const VOCAB_MIN_PAGES = 4;
const VOCAB_MAX = 1500;
const VOCAB_CLIP = 4;
/** Decoding thresholds tried by cross-validation. */
const QUICK = args.includes('--quick');
const list = (name: string, dflt: number[]) => (args.includes(name) ? opt(name, '').split(',').map(Number) : dflt);
const TAUS = list('--taus', QUICK ? [0.3] : [0.25, 0.3, 0.35]);
const HOLES = list('--holes', QUICK ? [0.3] : [0.3, 0.45]);
/**
 * Least score of a stated headline, tried by cross-validation. Lower bounds score a little
 * higher on the benchmarks, which only count pages that have a headline (0.652 at 0.03 against
 * 0.642 at 0.1 on the web set), but then name a headline on texts that have none (wire copy, a
 * pasted lead): "not stated" must stay possible; the CV's `"not stated"` line shows the price
 * (`--title-mins a,b` sets the grid).
 */
const TITLE_MINS = list('--title-mins', [0.1, 0.2]);
const bestTitle = { min: 0.1, score: -1 };

/**
 * The hand-set ranker the first pass runs with (overlap with the lead, nearness, length, the
 * first line straight above the body), until the learned one replaces it.
 */
function heuristicTitle(): TitleModel {
  const w = TITLE_FEATURES.map((f) => ({ overlap: 3, logDistance: -0.3, goodLength: 0.6, blankAround: 0.2, titleSeparator: -0.3, allCaps: -0.5, firstAdjacent: 1.2, afterFirstProse: -5, ruled: -1 } as Record<string, number>)[f] ?? 0);
  return { mean: w.map(() => 0), scale: w.map(() => 1), w, b: -1.2, min: 0.5 };
}

interface Prepared { page: Page; lang: string | null; ev: Evidence; tokens: string[][] }

function prepare(pages: Page[]): Prepared[] {
  return pages.map((page) => {
    const lang = detectLang(page.text);
    return { page, lang, ev: lineEvidence(page.lines, lang), tokens: page.lines.map((l) => lineTokens(l.text)) };
  });
}

/** Token → smoothed log-odds of main text, counted in pages (one page cannot make a word). */
function learnVocab(train: Prepared[]): Map<string, number> {
  const pos = new Map<string, number>(), neg = new Map<string, number>();
  let P = 0, N = 0;
  for (const p of train) {
    const seenPos = new Set<string>(), seenNeg = new Set<string>();
    p.page.labels.forEach((y, i) => {
      if (y < 0) return;
      for (const t of p.tokens[i]!) (y ? seenPos : seenNeg).add(t);
    });
    for (const t of seenPos) pos.set(t, (pos.get(t) ?? 0) + 1);
    for (const t of seenNeg) neg.set(t, (neg.get(t) ?? 0) + 1);
    P += seenPos.size; N += seenNeg.size;
  }
  const prior = Math.log((P + 1) / (N + 1));
  const rows = [...new Set([...pos.keys(), ...neg.keys()])]
    .map((t) => ({ t, n: (pos.get(t) ?? 0) + (neg.get(t) ?? 0), s: Math.log(((pos.get(t) ?? 0) + 1) / ((neg.get(t) ?? 0) + 1)) - prior }))
    .filter((r) => r.n >= VOCAB_MIN_PAGES)
    .sort((a, b) => b.n - a.n || (a.t < b.t ? -1 : 1))
    .slice(0, VOCAB_MAX);
  return new Map(rows.map((r) => [r.t, Math.round(Math.max(-VOCAB_CLIP, Math.min(VOCAB_CLIP, r.s)) * 1000) / 1000]));
}

function train(pages: Prepared[], tau: number, hole: number): LineModel {
  const vocab = learnVocab(pages);
  const X: number[][] = [], y: number[] = [], sw: number[] = [], pageOf: number[] = [];
  for (const [k, p] of pages.entries()) {
    const rows = pageFeatures(p.page.lines, p.lang, p.ev.rules, vocab, p.ev.densest, p.ev.datesOf);
    const labelled = p.page.labels.filter((l) => l >= 0).length;
    p.page.labels.forEach((l, i) => {
      if (l < 0) return;
      X.push(Array.from(rows[i]!)); y.push(l); pageOf.push(k);
      // Each page weighs about the same, however many of its lines the gold labels.
      sw.push(1 / Math.sqrt(labelled));
    });
  }
  if (KIND === 'mlp') {
    const m = LINE_BAG > 1 ? bagMlp(X, y, sw, pageOf, LINE_BAG, { units: UNITS, l2Hidden: HIDDEN_L2 }) : fitMlp(X, y, sw, { units: UNITS, l2Hidden: HIDDEN_L2 });
    return { features: FEATURE_NAMES, ...m, vocab, tau, hole, title: heuristicTitle() };
  }
  const f = fitLogistic(X, y, sw);
  if (KIND === 'trees') {
    const t = fitTrees(X, y, sw);
    return { features: FEATURE_NAMES, ...f, b: t.base, trees: t.trees, vocab, tau, hole, title: heuristicTitle() };
  }
  return { features: FEATURE_NAMES, ...f, vocab, tau, hole, title: heuristicTitle() };
}

/** Is this candidate the gold headline (the headline line itself, not `<title>` segments)? */
function isGoldTitle(p: Prepared, text: string): boolean {
  const g = p.page.gold.title;
  return !!g && norm(text).toLowerCase() === norm(g).toLowerCase();
}

/** A page's headline candidates as the line model of the fold that held the page out left them. */
interface OutOfFold { p: Prepared; cands: TitleCandidate[] }

/**
 * The ranker's objective and optimiser (`--ranker-loss listwise|mixed`, `--ranker-l2`): the
 * mixed objective in small steps. Listwise scores higher on the benchmarks only by naming a
 * headline on pages that have none (see the README).
 */
const RANKER_FIT = {
  rate: Number(opt('--ranker-rate', '0.02')), epochs: Number(opt('--ranker-epochs', '800')),
  l2: Number(opt('--ranker-l2', '1e-3')), loss: opt('--ranker-loss', 'mixed') as RankerLoss,
};
/** `--ranker-bag K`: the ranker is the average of K fits, each without every K-th page (1: one fit). */
const RANKER_BAG = Number(opt('--ranker-bag', '1'));
if (!['listwise', 'mixed'].includes(RANKER_FIT.loss)) throw new Error(`--ranker-loss must be listwise or mixed, not ${RANKER_FIT.loss}`);
/**
 * `--headless-train`: each titled page also trains "not stated" with its headline cut out
 * (`headless.ts`), its candidates read by the same held-out line model.
 */
const HEADLESS_TRAIN = args.includes('--headless-train');
const oofCut = new Map<Prepared, TitleCandidate[]>();
/** Learns the headline ranker from out-of-fold candidates. */
function trainTitle(rows: OutOfFold[], min: number): TitleModel {
  const groups = rows.filter((r) => r.cands.length).map(({ p, cands }) => ({ X: cands.map((c) => c.x), gold: cands.findIndex((c) => isGoldTitle(p, p.page.lines[c.i]!.text)) }));
  if (HEADLESS_TRAIN) for (const r of rows) { const cut = oofCut.get(r.p); if (cut?.length) groups.push({ X: cut.map((c) => c.x), gold: -1 }); }
  return { ...(RANKER_BAG > 1 ? fitRankerBagged(groups, RANKER_FIT, RANKER_BAG) : fitRanker(groups, RANKER_FIT)), min };
}

/** Is the headline the ranker picks (kicker split off, as `analyze.ts` does) the gold one? */
function titleHit(m: TitleModel, { p, cands }: OutOfFold): boolean {
  const i = chooseTitle(cands, m, p.page.lines);
  if (i < 0) return false;
  const text = p.page.lines[i]!.text;
  const golds = [p.page.gold.title ?? '', ...p.page.gold.titleAlt].map((t) => norm(t).toLowerCase());
  return golds.includes(norm(splitKicker(text)?.title ?? text).toLowerCase());
}

function roundModel(m: TitleModel): TitleModel {
  const r = (v: number) => +v.toFixed(6);
  return { mean: m.mean.map(r), scale: m.scale.map(r), w: m.w.map(r), b: r(m.b), min: m.min };
}

function foldOf(groups: string[]): Map<string, number> {
  // Round-robin over groups sorted by a fixed hash, so folds are mixed yet reproducible.
  const hash = (s: string) => { let h = 2166136261; for (const c of FOLD_SEED ? `${FOLD_SEED}:${s}` : s) h = Math.imul(h ^ c.charCodeAt(0), 16777619); return h >>> 0; };
  const sorted = [...new Set(groups)].sort((a, b) => hash(a) - hash(b) || (a < b ? -1 : 1));
  return new Map(sorted.map((g, i) => [g, i % FOLDS]));
}

function run(p: Prepared, model: LineModel) {
  return extract({ text: p.page.text, format: 'text' }, { model });
}

const pages = prepare(loadPages(dataDir));
console.log(`${KIND} line model; ${pages.length} pages, ${pages.reduce((n, p) => n + p.page.labels.filter((l) => l >= 0).length, 0)} labelled lines`);

if (args.includes('--eval')) {
  const s = new Scores();
  for (const p of pages) s.add(p.page, run(p, defaultModel()));
  console.log('committed model, on its own training pages:', s.line());
  const worst = s.perPage.filter((r) => r.id.startsWith('tf-') || r.id.startsWith('rd-') || r.id.startsWith('aeb-')).sort((a, b) => a.score - b.score).slice(0, 12);
  console.log('worst:', worst.map((w) => `${w.id}=${w.score.toFixed(2)}`).join(' '));
  process.exit(0);
}

const fold = foldOf(pages.map((p) => p.page.group));
/**
 * `--line-cache DIR`: keeps each fold's line model in DIR and reuses it while the line features,
 * the model kind and the folds are the same, so a headline-ranker study need not retrain them.
 */
const LINE_CACHE = opt('--line-cache', '');
function cachedLineModel(k: number, make: () => LineModel): LineModel {
  if (!LINE_CACHE) return make();
  const file = join(LINE_CACHE, `fold-${k}-of-${FOLDS}-${KIND}-${UNITS}-${HIDDEN_L2}${LINE_BAG > 1 ? `-bag${LINE_BAG}` : ''}${FOLD_SEED ? `-deal${FOLD_SEED}` : ''}.json`);
  const key = FEATURE_NAMES.join(',');
  if (existsSync(file)) {
    const c = JSON.parse(readFileSync(file, 'utf8')) as { key: string; model: LineModel & { vocab: [string, number][] } };
    // The first pass's headline ranker is made anew: the headline features may have changed.
    if (c.key === key) return { ...c.model, vocab: new Map(c.model.vocab), title: heuristicTitle() };
  }
  const m = make();
  mkdirSync(LINE_CACHE, { recursive: true });
  writeFileSync(file, JSON.stringify({ key, model: { ...m, vocab: [...m.vocab] } }));
  return m;
}
// Stage 1: the line model, cross-validated at each decoding setting; the held-out pages'
// headline candidates are kept for stage 2.
const grid = TAUS.flatMap((tau) => HOLES.map((hole) => ({ tau, hole, s: new Scores() })));
const oof: OutOfFold[] = [];
// The headline candidates are read at tau 0.3 / hole 0.3 (or the first setting tried).
const traced = grid.find((g) => g.tau === 0.3 && g.hole === 0.3) ?? grid[0]!;
const foldModels: LineModel[] = [];
for (let k = 0; k < FOLDS; k++) {
  const model = cachedLineModel(k, () => train(pages.filter((p) => fold.get(p.page.group) !== k), 0.3, 0.3));
  const test = pages.filter((p) => fold.get(p.page.group) === k);
  for (const g of grid) {
    const keep = g === traced;
    for (const p of test) {
      g.s.add(p.page, extract({ text: p.page.text, format: 'text' }, { model: { ...model, tau: g.tau, hole: g.hole }, trace: keep ? (t) => { oof.push({ p, cands: t.titleCandidates }); } : undefined }));
    }
  }
  if (HEADLESS_TRAIN || opt('--dump-oof', '')) for (const p of test) {
    const cut = p.page.gold.title ? withoutHeadline(p.page) : null;
    if (cut !== null) extract({ text: cut, format: 'text' }, { model, trace: (t) => { oofCut.set(p, t.titleCandidates); } });
  }
  foldModels.push(model);
  console.log(`line model, fold ${k + 1}/${FOLDS}: ${test.length} pages tested`);
}
const objective = (s: Scores) => (s.webF1 + s.extF1) / 2;
grid.sort((a, b) => objective(b.s) - objective(a.s));
for (const g of grid) console.log(`CV line model tau=${g.tau} hole=${g.hole}: ${g.s.line()}`);
const best = grid[0]!;

if (opt('--dump-oof', '')) dumpOutOfFold(opt('--dump-oof', ''), oof, oofCut, (page) => fold.get(page.group)!, (page, text) => isGoldTitle({ page } as Prepared, text));
// Stage 2: the headline ranker, cross-validated over the same folds on out-of-fold candidates.
const titled = oof.filter((r) => r.p.page.gold.title);
for (const min of TITLE_MINS) {
  const hits = { web: 0, webN: 0, ext: 0, extN: 0 };
  for (let k = 0; k < FOLDS; k++) {
    const m = trainTitle(titled.filter((r) => fold.get(r.p.page.group) !== k), min);
    for (const r of titled.filter((r) => fold.get(r.p.page.group) === k)) {
      const hit = titleHit(m, r) ? 1 : 0;
      if (r.p.page.set === 'web') { hits.web += hit; hits.webN++; } else { hits.ext += hit; hits.extN++; }
    }
  }
  const score = hits.web / hits.webN + hits.ext / hits.extN;
  console.log(`CV headline min=${min}: web title=${(hits.web / hits.webN).toFixed(3)} (${hits.webN}) extraction title=${(hits.ext / hits.extN).toFixed(3)} (${hits.extN})`);
  if (score > bestTitle.score) Object.assign(bestTitle, { min, score });
}
// Stage 3: the whole pipeline as it ships — each fold's line model with a ranker learned
// without that fold — on the held-out pages.
const whole = new Scores();
// Each fold's figures too: a change that moves one fold is not a change of the method.
const perFold = Array.from({ length: FOLDS }, () => new Scores());
const misses: unknown[] = [];
const headless = new Headless();
for (let k = 0; k < FOLDS; k++) {
  const title = trainTitle(titled.filter((r) => fold.get(r.p.page.group) !== k), bestTitle.min);
  const model = { ...foldModels[k]!, tau: best.tau, hole: best.hole, title };
  for (const p of pages.filter((p) => fold.get(p.page.group) === k)) {
    let cands: TitleCandidate[] = [];
    const x = extract({ text: p.page.text, format: 'text' }, { model, trace: (t) => { cands = t.titleCandidates; } });
    whole.add(p.page, x);
    perFold[k]!.add(p.page, x);
    if (MISSES) misses.push(missReport(p, x, cands, title));
    const cut = withoutHeadline(p.page);
    if (cut !== null) headless.add(!x.titleDerived, !extract({ text: cut, format: 'text' }, { model }).titleDerived);
  }
}
console.log(`CV whole pipeline: ${whole.line()}`);
const each = (f: (s: Scores) => number) => perFold.map((s) => f(s).toFixed(3)).join(' ');
console.log(`CV per fold: web f1 ${each((s) => s.webF1)} | title ${each((s) => s.webTitles / Math.max(1, s.webTitleCases))} | extraction body_f1 ${each((s) => s.extF1)}`);
console.log(`CV "not stated": ${headless.line()}`);
if (MISSES) writeFileSync(MISSES, JSON.stringify(misses.filter(Boolean), null, 1));
// `--per-page FILE`: the whole pipeline's held-out result per page (for a paired bootstrap).
if (opt('--per-page', '')) writeFileSync(opt('--per-page', ''), JSON.stringify(whole.perPage));
// A dry run reports the cross-validation only: the final model is not needed.
if (args.includes('--dry') && !args.includes('--calib')) process.exit(0);
const final = train(pages, best.tau, best.hole);
final.title = trainTitle(titled, bestTitle.min);
if (args.includes('--calib')) calibrationReport(titled, final, (r, i) => isGoldTitle(r.p as Prepared, r.p.page.lines[i]!.text), (m, r) => titleHit(m, r as OutOfFold));
const file: ModelFile = {
  version: 1, features: [...FEATURE_NAMES],
  mean: final.mean.map((v) => +v.toFixed(6)), scale: final.scale.map((v) => +v.toFixed(6)), w: final.w.map((v) => +v.toFixed(6)), b: +final.b.toFixed(6),
  ...(final.trees ? { trees: final.trees as ModelFile['trees'] } : {}),
  ...(final.hidden ? { hidden: { W: final.hidden.W.map((r) => r.map((v) => +v.toFixed(6))), c: final.hidden.c.map((v) => +v.toFixed(6)), v: final.hidden.v.map((v) => +v.toFixed(6)) } } : {}),
  vocab: Object.fromEntries(final.vocab), tau: best.tau, hole: best.hole,
  title: { features: [...TITLE_FEATURES], ...roundModel(final.title) },
};
if (args.includes('--dry')) process.exit(0);
writeFileSync(join(root, 'src/core/ingest/extract/weights.json'), JSON.stringify(file) + '\n');
console.log(`wrote weights.json (${FEATURE_NAMES.length} line features, ${final.vocab.size} vocabulary tokens, ${TITLE_FEATURES.length} headline features), tau=${best.tau} hole=${best.hole} title-min=${bestTitle.min}`);
