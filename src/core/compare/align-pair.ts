/**
 * What two sentences share, split by kind (rare words, names, figures, synonyms, compound parts),
 * and a candidate pair as a row of features for a learned pair scorer: that plus contradictions,
 * lengths and positions (a lead states the core fact), and how the pair stands among each
 * sentence's other candidates (its rank, its margin over the next best). `npm run train:align`
 * fits a logistic model on these rows against the gold facts of `eval/compare`'s dev events and
 * measures it leaving one event out. The product uses the model it writes (`pair-model.ts`): on
 * six dev events it beat the hand score out of fold at the precision the issue asks (0.67 recall
 * at 0.82 against 0.65 at 0.82) and the seeds held (ninth pass in `eval/compare/README.md`).
 */
import { sameActWords, type Vector } from './features';
import { heldApart } from './ages';
import { CONTRAST_FEATURES, contrastFeatures } from './contrast/contrast';
import { treesMargin, type PairTrees } from './pair-trees';

/** What two sentences share, less what earlier partners of either have used of it. */
export interface PairStats {
  /** Dot product and shared weight (the smaller of the two sides), raw IDF units. */
  dot: number;
  mass: number;
  /** Shared features counted toward `MIN_SHARED` (a figure with its unit counts two). */
  shared: number;
  names: number;
  figures: number;
  values: number;
  /** Shared weight that one side has only through a synonym, or only as a compound part. */
  synonymMass: number;
  partMass: number;
  /** Shared acts (`!die`: `starb` / `getötet`, `text/act-concepts.ts`). */
  acts: number;
}

/** `!`, the first letter of an act's key (`features.ts`' `ACT`). */
export const ACT_CODE = 33;

/** What is left of a feature's weight below this is used up (rounding). */
export const USED_UP = 1e-9;

/** How many features a shared key counts for: a figure with its unit two, its value alone one. */
export function featureCount(k: string): number {
  return k.startsWith('#') && !k.startsWith('#=') ? 2 : 1;
}

/** The shared features of two sentences; a key both have only as a synonym of their own words is no evidence (it counts one shared word again). */
export function pairStats(va: Vector, vb: Vector, usedA?: Map<string, number>, usedB?: Map<string, number>): PairStats {
  const st: PairStats = { dot: 0, mass: 0, shared: 0, names: 0, figures: 0, values: 0, synonymMass: 0, partMass: 0, acts: 0 };
  const [small, large, swapped] = va.size <= vb.size ? [va, vb, false] : [vb, va, true];
  for (const [k, w0] of small) {
    const v0 = large.get(k);
    if (v0 === undefined) continue;
    if (va.lent?.has(k) && vb.lent?.has(k)) continue;
    if (heldApart(va.held, vb.held, k)) continue;
    if (k.charCodeAt(0) === ACT_CODE && sameActWords(va, vb, k)) continue;
    const [x0, y0] = swapped ? [v0, w0] : [w0, v0];
    const x = x0 - (usedA?.get(k) ?? 0), y = y0 - (usedB?.get(k) ?? 0);
    if (x <= USED_UP || y <= USED_UP) continue;
    const m = Math.min(x, y);
    st.dot += x * y;
    st.mass += m;
    st.shared += featureCount(k);
    if (k.startsWith('!')) st.acts++;
    if (k.startsWith('@')) st.names++;
    else if (k.startsWith('#=')) st.values++;
    else if (k.startsWith('#')) st.figures++;
    else if (va.lent?.has(k) || vb.lent?.has(k)) st.synonymMass += m;
    else if (va.parts?.has(k) || vb.parts?.has(k)) st.partMass += m;
  }
  return st;
}

/** Where a candidate pair stands: among each sentence's candidates, in its report, against the other side. */
export interface PairContext {
  /** The hand score (the larger of cosine and evidence), uncapped, and the cosine. */
  score: number;
  cosine: number;
  conflict: boolean;
  /** Dice of the two sentences' word pairs. */
  dice: number;
  /** Feature counts of the two sentences. */
  sizeA: number;
  sizeB: number;
  /** Sentence index over the report's sentence count, per side. */
  posA: number;
  posB: number;
  /** This partner's rank among the sentence's candidates (0: its best), per side, and its margin over the best other. */
  rankA: number;
  rankB: number;
  marginA: number;
  marginB: number;
  /** True when the two sentences' claims differ in a way that tells another act (`contrast/contrast.ts`: a denial, a mood, a day, background, people). */
  contrast: boolean;
}

/** The model's inputs, in this order. */
export const PAIR_FEATURES = [
  'score', 'cosine', 'evidence', 'shared', 'names', 'figures', 'values', 'synonyms', 'parts', 'words',
  'conflict', 'dice', 'shorter', 'longer', 'lead', 'position', 'rankA', 'rankB', 'mutual', 'margin', 'marginLow',
  'capped', 'handPass', 'mutualScore', 'acts', 'actFigure', ...CONTRAST_FEATURES,
] as const;

/** The hand-set floor the model is told about (a pair at or above it was shown before the model; `align.ts`' `RELATED_MIN`). */
const HAND_MIN = 0.5;

/** The feature row of a pair; `maxIdf` puts weights in units of the rarest word. */
export function pairRow(st: PairStats, c: PairContext, maxIdf: number): number[] {
  const words = st.mass - st.synonymMass - st.partMass;
  const u = (x: number) => x / maxIdf;
  return [
    Math.min(c.score, 2), c.cosine, Math.min(u(st.mass), 8), Math.log1p(st.shared), Math.min(st.names, 4), Math.min(st.figures, 3), Math.min(st.values, 3),
    u(st.synonymMass), u(st.partMass), Math.min(u(Math.max(0, words)), 8),
    c.conflict ? 1 : 0, c.dice, Math.log1p(Math.min(c.sizeA, c.sizeB)), Math.log1p(Math.max(c.sizeA, c.sizeB)),
    c.posA < 0.1 && c.posB < 0.1 ? 1 : 0, Math.min(c.posA, c.posB), Math.log1p(c.rankA), Math.log1p(c.rankB),
    c.rankA === 0 && c.rankB === 0 ? 1 : 0, Math.max(-1, Math.min(1, Math.max(c.marginA, c.marginB))), Math.max(-1, Math.min(1, Math.min(c.marginA, c.marginB))),
    Math.min(1, c.score), c.score >= HAND_MIN ? 1 : 0, c.rankA === 0 && c.rankB === 0 ? Math.min(1, c.score) : 0,
    // The same act told of the same figure (`50 Tote` / `50 Menschen starben`) is one claim more surely than either alone.
    Math.min(st.acts, 2), st.acts > 0 && st.figures + st.values > 0 ? 1 : 0,
    ...contrastFeatures(c.contrast, st.acts),
  ];
}

/** A fitted logistic pair model: standardisation, weights, and the probability from which a pair is shown. `features` names the row it was fitted on. */
export interface LinearPairModel {
  kind?: 'logistic';
  features: readonly string[];
  mean: number[];
  scale: number[];
  w: number[];
  b: number;
  threshold: number;
}

/** A fitted pair model: logistic (one weight a feature) or boosted trees (`pair-trees.ts`: features together). */
export type PairModel = LinearPairModel | PairTrees;

/** The probability that a pair states one fact. */
export function pairProbability(row: number[], m: PairModel): number {
  if (m.kind === 'trees') return 1 / (1 + Math.exp(-treesMargin(row, m)));
  let s = m.b;
  for (let j = 0; j < row.length; j++) s += (m.w[j]! * (row[j]! - m.mean[j]!)) / m.scale[j]!;
  return 1 / (1 + Math.exp(-s));
}
