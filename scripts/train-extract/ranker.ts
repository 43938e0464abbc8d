/**
 * The headline ranker's training: one linear score per candidate, learned from whole pages of
 * candidates, and the average of several such fits (bagging) for a ranker that does not flip
 * a page on a refit.
 */
import { adamStep, type Fitted, type FitOptions } from './logistic';

/** One page's headline candidates: feature rows and the index of the gold one (-1: none). */
export interface RankGroup { X: number[][]; gold: number }

/** How the ranker learns: see `fitRanker`. */
export type RankerLoss = 'listwise' | 'mixed';

/**
 * A headline ranker: one linear score per candidate, learned from whole pages.
 *
 * `listwise`: a softmax over the page's candidates plus a "not
 * stated" option whose logit is 0, cross-entropy on the gold line (on "not stated" when the
 * gold line is no candidate). It learns what beats the other lines of the same page (a dek
 * under the headline, a kicker over it), and the score stays a logit against "not stated", so
 * `min` remains a threshold. `mixed` (the default): the softmax over the candidates alone plus a
 * logistic loss per candidate, which pulls every score towards a pointwise probability.
 */
export function fitRanker(groups: RankGroup[], opts: FitOptions & { loss?: RankerLoss } = {}): Fitted {
  const { epochs = 400, rate = 0.05, l2 = 1e-3, loss = 'mixed' } = opts;
  const rows = groups.flatMap((g) => g.X);
  const d = rows[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0), scale = new Array<number>(d).fill(0);
  for (const x of rows) for (let j = 0; j < d; j++) mean[j]! += x[j]! / rows.length;
  for (const x of rows) for (let j = 0; j < d; j++) scale[j]! += (x[j]! - mean[j]!) ** 2 / rows.length;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]!) || 1;
  const Z = groups.map((g) => g.X.map((x) => x.map((v, j) => (v - mean[j]!) / scale[j]!)));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const m = new Array<number>(d + 1).fill(0), v = new Array<number>(d + 1).fill(0);
  const nGroups = Math.max(1, groups.length);
  const pageErrors = loss === 'listwise' ? listwiseErrors : mixedErrors;
  for (let t = 1; t <= epochs; t++) {
    const g = new Array<number>(d + 1).fill(0);
    groups.forEach((grp, k) => {
      const z = Z[k]!;
      if (z.length === 0) return;
      const s = z.map((x) => x.reduce((a, xv, j) => a + w[j]! * xv, b));
      const { err, errB } = pageErrors(s, grp.gold);
      z.forEach((x, i) => { for (let j = 0; j < d; j++) g[j]! += err[i]! * x[j]!; g[d]! += errB[i]!; });
    });
    b = adamStep(w, b, g, m, v, t, nGroups, rate, l2);
  }
  return { mean, scale, w, b };
}

/** A page's loss gradient per candidate score (`err`) and its part for the shared bias (`errB`). */
interface PageErrors { err: number[]; errB: number[] }

function softmax(s: number[]): number[] {
  const mx = Math.max(...s);
  const ex = s.map((x) => Math.exp(x - mx));
  const sum = ex.reduce((a, c) => a + c, 0);
  return ex.map((e) => e / sum);
}

function listwiseErrors(s: number[], gold: number): PageErrors {
  const p = softmax([...s, 0]);
  const target = gold >= 0 ? gold : s.length;
  const err = s.map((_, i) => p[i]! - (i === target ? 1 : 0));
  return { err, errB: err };
}

function mixedErrors(s: number[], gold: number): PageErrors {
  const p = softmax(s);
  const per = 1 / Math.sqrt(s.length);
  const errB = s.map((x, i) => (1 / (1 + Math.exp(-x)) - (i === gold ? 1 : 0)) * per);
  const err = s.map((_, i) => (gold >= 0 ? p[i]! - (i === gold ? 1 : 0) : 0) + errB[i]!);
  return { err, errB };
}

/**
 * The average of `k` rankers, each fitted without every k-th page, as one linear model (mean 0,
 * scale 1: the standardisations folded into the weights), so inference is unchanged.
 */
export function fitRankerBagged(groups: RankGroup[], opts: FitOptions & { loss?: RankerLoss } = {}, k = 5): Fitted {
  const fits = Array.from({ length: k }, (_, f) => fitRanker(groups.filter((_, i) => i % k !== f), opts));
  const d = fits[0]!.w.length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (const m of fits) {
    b += m.b / k;
    for (let j = 0; j < d; j++) {
      w[j]! += m.w[j]! / m.scale[j]! / k;
      b -= (m.w[j]! * m.mean[j]!) / m.scale[j]! / k;
    }
  }
  return { mean: new Array<number>(d).fill(0), scale: new Array<number>(d).fill(1), w, b };
}
