/**
 * Logistic regression with a small hidden layer beside it: the score is the linear term plus
 * `v · tanh(W z + c)`, so the hidden units only have to learn the interactions a linear model
 * cannot draw. Full-batch Adam from a seeded start: deterministic, like `logistic.ts`.
 */
import type { Fitted, FitOptions } from './logistic';

/** The hidden layer of a fitted model (over the same standardised features). */
export interface Hidden { W: number[][]; c: number[]; v: number[] }

export interface MlpOptions extends FitOptions { units?: number; l2Hidden?: number }

/** A fixed pseudo-random sequence (LCG), so the same data gives the same weights. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; };
}

/** Fits `y ~ X` with per-row weights `sw`; returns the linear part and the hidden layer. */
export function fitMlp(X: number[][], y: number[], sw: number[], opts: MlpOptions = {}): Fitted & { hidden: Hidden } {
  const { epochs = 400, rate = 0.05, l2 = 1e-3, units: H = 8, l2Hidden = l2 } = opts;
  const n = X.length, d = X[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0), scale = new Array<number>(d).fill(0);
  for (const x of X) for (let j = 0; j < d; j++) mean[j]! += x[j]! / n;
  for (const x of X) for (let j = 0; j < d; j++) scale[j]! += (x[j]! - mean[j]!) ** 2 / n;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]!) || 1;
  const Z = new Float64Array(n * d);
  X.forEach((x, i) => { for (let j = 0; j < d; j++) Z[i * d + j] = (x[j]! - mean[j]!) / scale[j]!; });
  // Parameters in one vector: w (d), b (1), W (H*d), c (H), v (H).
  const P = d + 1 + H * d + 2 * H;
  const oW = d + 1, oC = oW + H * d, oV = oC + H;
  const th = new Float64Array(P);
  const rnd = seeded(12345);
  for (let k = 0; k < H * d; k++) th[oW + k] = (rnd() * 2 - 1) / Math.sqrt(d);
  const m = new Float64Array(P), v = new Float64Array(P), g = new Float64Array(P), h = new Float64Array(H);
  const totalW = sw.reduce((a, c) => a + c, 0);
  for (let t = 1; t <= epochs; t++) {
    g.fill(0);
    for (let i = 0; i < n; i++) {
      const zo = i * d;
      let s = th[d]!;
      for (let j = 0; j < d; j++) s += th[j]! * Z[zo + j]!;
      for (let k = 0; k < H; k++) {
        let a = th[oC + k]!;
        const wo = oW + k * d;
        for (let j = 0; j < d; j++) a += th[wo + j]! * Z[zo + j]!;
        h[k] = Math.tanh(a);
        s += th[oV + k]! * h[k]!;
      }
      const err = (1 / (1 + Math.exp(-s)) - y[i]!) * sw[i]!;
      for (let j = 0; j < d; j++) g[j]! += err * Z[zo + j]!;
      g[d]! += err;
      for (let k = 0; k < H; k++) {
        g[oV + k]! += err * h[k]!;
        const da = err * th[oV + k]! * (1 - h[k]! * h[k]!);
        g[oC + k]! += da;
        const wo = oW + k * d;
        for (let j = 0; j < d; j++) g[wo + j]! += da * Z[zo + j]!;
      }
    }
    for (let p = 0; p < P; p++) {
      const reg = p < d ? l2 : p >= oW && p < oC ? l2Hidden : p >= oV ? l2Hidden : 0;
      const grad = g[p]! / totalW + reg * th[p]!;
      m[p] = 0.9 * m[p]! + 0.1 * grad;
      v[p] = 0.999 * v[p]! + 0.001 * grad * grad;
      th[p]! -= (rate * (m[p]! / (1 - 0.9 ** t))) / (Math.sqrt(v[p]! / (1 - 0.999 ** t)) + 1e-8);
    }
  }
  const W = Array.from({ length: H }, (_, k) => Array.from(th.subarray(oW + k * d, oW + (k + 1) * d)));
  return {
    mean, scale, w: Array.from(th.subarray(0, d)), b: th[d]!,
    hidden: { W, c: Array.from(th.subarray(oC, oC + H)), v: Array.from(th.subarray(oV, oV + H)) },
  };
}

/**
 * `K` fits on bootstrap draws of the pages (`pageOf` row → page; a page drawn n times weighs
 * n times, one not drawn nothing), averaged in logit space. The rows stay the same, so every
 * fit standardises alike and the average is itself one model of this form: the linear parts
 * averaged, the hidden units side by side with their output weights divided by `K`.
 */
export function bagMlp(X: number[][], y: number[], sw: number[], pageOf: number[], K: number, opts: MlpOptions = {}): Fitted & { hidden: Hidden } {
  const pages = Math.max(0, ...pageOf) + 1;
  const rnd = seeded(777);
  const fits = Array.from({ length: K }, () => {
    const n = new Array<number>(pages).fill(0);
    for (let k = 0; k < pages; k++) n[Math.floor(rnd() * pages)]!++;
    return fitMlp(X, y, sw.map((w, i) => w * n[pageOf[i]!]!), opts);
  });
  const avg = (xs: number[][]) => xs[0]!.map((_, j) => xs.reduce((a, x) => a + x[j]!, 0) / K);
  return {
    mean: fits[0]!.mean, scale: fits[0]!.scale, w: avg(fits.map((f) => f.w)), b: fits.reduce((a, f) => a + f.b, 0) / K,
    hidden: { W: fits.flatMap((f) => f.hidden.W), c: fits.flatMap((f) => f.hidden.c), v: fits.flatMap((f) => f.hidden.v.map((v) => v / K)) },
  };
}
