/**
 * Weighted L2-regularised logistic regression, trained by full-batch Adam from zero weights:
 * deterministic (no sampling), and quick on some twenty thousand lines of a hundred features.
 */

/** A fitted model over standardised features. */
export interface Fitted {
  mean: number[];
  scale: number[];
  w: number[];
  b: number;
}

/** Training settings; the defaults were chosen by cross-validation. */
export interface FitOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  /** A penalty per feature instead of `l2` for all (a rare flag drowns under the penalty a dense feature needs). */
  l2Of?: number[];
}

/** Fits `y ~ X` with per-row weights `sw`. */
export function fitLogistic(X: number[][], y: number[], sw: number[], opts: FitOptions = {}): Fitted {
  const { epochs = 400, rate = 0.05, l2 = 1e-3 } = opts;
  const n = X.length, d = X[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0), scale = new Array<number>(d).fill(0);
  for (const x of X) for (let j = 0; j < d; j++) mean[j]! += x[j]! / n;
  for (const x of X) for (let j = 0; j < d; j++) scale[j]! += (x[j]! - mean[j]!) ** 2 / n;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]!) || 1;
  const Z = X.map((x) => x.map((v, j) => (v - mean[j]!) / scale[j]!));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const m = new Array<number>(d + 1).fill(0), v = new Array<number>(d + 1).fill(0);
  const totalW = sw.reduce((a, c) => a + c, 0);
  for (let t = 1; t <= epochs; t++) {
    const g = new Array<number>(d + 1).fill(0);
    for (let i = 0; i < n; i++) {
      const z = Z[i]!;
      let s = b;
      for (let j = 0; j < d; j++) s += w[j]! * z[j]!;
      const err = (1 / (1 + Math.exp(-s)) - y[i]!) * sw[i]!;
      for (let j = 0; j < d; j++) g[j]! += err * z[j]!;
      g[d]! += err;
    }
    b = adamStep(w, b, g, m, v, t, totalW, rate, opts.l2Of ?? l2);
  }
  return { mean, scale, w, b };
}

/**
 * One Adam step (β 0.9 / 0.999) of the weights `w` (in place) and the bias `b` (returned), from the
 * gradient `g` summed over `n` (bias last), with an L2 penalty on the weights only (one for all, or one per weight).
 */
export function adamStep(w: number[], b: number, g: number[], m: number[], v: number[], t: number, n: number, rate: number, l2: number | number[]): number {
  const d = w.length;
  for (let j = 0; j <= d; j++) {
    const grad = g[j]! / n + (j < d ? (typeof l2 === 'number' ? l2 : l2[j]!) * w[j]! : 0);
    m[j] = 0.9 * m[j]! + 0.1 * grad;
    v[j] = 0.999 * v[j]! + 0.001 * grad * grad;
    const step = (rate * (m[j]! / (1 - 0.9 ** t))) / (Math.sqrt(v[j]! / (1 - 0.999 ** t)) + 1e-8);
    if (j < d) w[j]! -= step; else b -= step;
  }
  return b;
}
