/**
 * Gradient-boosted regression trees for the log-loss (second-order, as in XGBoost), with
 * splits searched over per-feature quantile bins: a small non-linear alternative to the
 * logistic line model, compared with it by cross-validation. Deterministic (no sampling).
 */
import type { Tree } from '../../src/core/ingest/extract/model';

/** Settings; the defaults were chosen by cross-validation. */
export interface TreeOptions {
  rounds?: number;
  depth?: number;
  rate?: number;
  lambda?: number;
  bins?: number;
  minHessian?: number;
}

/** A fitted ensemble: the base log-odds plus the trees' leaves. */
export interface Boosted { base: number; trees: Tree[] }

/** Fits `y ~ X` (y in {0,1}) with per-row weights `sw`. */
export function fitTrees(X: number[][], y: number[], sw: number[], opts: TreeOptions = {}): Boosted {
  const { rounds = 120, depth = 3, rate = 0.1, lambda = 1, bins = 32, minHessian = 0.5 } = opts;
  const n = X.length, d = X[0]?.length ?? 0;
  // Quantile thresholds per feature; every row's bin per feature.
  const cuts: number[][] = [];
  const bin: Uint8Array[] = [];
  for (let j = 0; j < d; j++) {
    const vals = X.map((x) => x[j]!).sort((a, b) => a - b);
    const c: number[] = [];
    for (let b = 1; b < bins; b++) {
      const v = vals[Math.floor((b * n) / bins)]!;
      if (c.length === 0 || v > c[c.length - 1]!) c.push(v);
    }
    cuts.push(c);
    const col = new Uint8Array(n);
    for (let i = 0; i < n; i++) { let k = 0; while (k < c.length && X[i]![j]! > c[k]!) k++; col[i] = k; }
    bin.push(col);
  }
  const W = sw.reduce((a, b) => a + b, 0);
  const P = sw.reduce((a, w, i) => a + w * y[i]!, 0) / W;
  const base = Math.log(P / (1 - P));
  const F = new Float64Array(n).fill(base);
  const trees: Tree[] = [];
  for (let r = 0; r < rounds; r++) {
    const g = new Float64Array(n), h = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-F[i]!));
      g[i] = (p - y[i]!) * sw[i]!;
      h[i] = Math.max(1e-6, p * (1 - p)) * sw[i]!;
    }
    const tree: Tree = [];
    const grow = (rows: number[], level: number): number => {
      let G = 0, H = 0;
      for (const i of rows) { G += g[i]!; H += h[i]!; }
      const id = tree.length;
      tree.push({ f: -1, t: 0, l: -1, r: -1, v: (-G / (H + lambda)) * rate });
      if (level >= depth || H < 2 * minHessian) return id;
      let best = { gain: 1e-9, j: -1, k: -1 };
      for (let j = 0; j < d; j++) {
        const nb = cuts[j]!.length + 1;
        if (nb < 2) continue;
        const hg = new Float64Array(nb), hh = new Float64Array(nb);
        const col = bin[j]!;
        for (const i of rows) { hg[col[i]!]! += g[i]!; hh[col[i]!]! += h[i]!; }
        let gl = 0, hl = 0;
        for (let k = 0; k < nb - 1; k++) {
          gl += hg[k]!; hl += hh[k]!;
          const gr = G - gl, hr = H - hl;
          if (hl < minHessian || hr < minHessian) continue;
          const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - (G * G) / (H + lambda);
          if (gain > best.gain) best = { gain, j, k };
        }
      }
      if (best.j < 0) return id;
      const col = bin[best.j]!;
      const left = rows.filter((i) => col[i]! <= best.k), right = rows.filter((i) => col[i]! > best.k);
      const node = tree[id]!;
      node.f = best.j;
      node.t = cuts[best.j]![best.k]!;
      node.l = grow(left, level + 1);
      node.r = grow(right, level + 1);
      return id;
    };
    grow(Array.from({ length: n }, (_, i) => i), 0);
    for (let i = 0; i < n; i++) F[i]! += evalTree(tree, X[i]!);
    trees.push(tree.map((nd) => ({ ...nd, t: +nd.t.toFixed(6), v: +nd.v.toFixed(6) })));
  }
  return { base, trees };
}

function evalTree(tree: Tree, x: readonly number[]): number {
  let k = 0;
  for (;;) {
    const nd = tree[k]!;
    if (nd.f < 0) return nd.v;
    k = x[nd.f]! <= nd.t ? nd.l : nd.r;
  }
}
