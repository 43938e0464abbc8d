/**
 * A boosted-trees pair model: a sum of small regression trees over the pair row of
 * `align-pair.ts`, in log-odds, where the logistic model has one weight a feature. A tree sees
 * features together (a figure with an act, a shared name with a rare word, one shared feature
 * with a date), which a line cannot. Fitted by `npm run train:align` (trees by default,
 * `--logistic` for the line; `train:extract`'s `fitTrees`, second-order boosting over quantile bins).
 */

/** One regression tree: node 0 is the root; a node with `f < 0` is a leaf worth `v`, otherwise `x[f] <= t` goes to `l`, else to `r`. */
export type PairTree = { f: number; t: number; l: number; r: number; v: number }[];

/** Boosted trees over the named feature row: the base log-odds, the trees, and the probability from which a pair is shown. */
export interface PairTrees {
  kind: 'trees';
  features: readonly string[];
  base: number;
  trees: readonly PairTree[];
  threshold: number;
}

/** The log-odds the trees give a row. */
export function treesMargin(row: readonly number[], m: PairTrees): number {
  let s = m.base;
  for (const tree of m.trees) {
    let k = 0;
    for (;;) {
      const nd = tree[k]!;
      if (nd.f < 0) { s += nd.v; break; }
      k = row[nd.f]! <= nd.t ? nd.l : nd.r;
    }
  }
  return s;
}

/** At most this many trees and nodes a tree: a file beyond them is no model this trainer writes (and would cost the compare its time). */
const MAX_TREES = 2000, MAX_NODES = 63;

/** True when every tree is well formed over `n` features: children after their parent and in range (no cycle), finite numbers. */
export function validTrees(trees: unknown, n: number): trees is PairTree[] {
  if (!Array.isArray(trees) || trees.length === 0 || trees.length > MAX_TREES) return false;
  return trees.every((t) => Array.isArray(t) && t.length > 0 && t.length <= MAX_NODES && t.every((nd: unknown, k: number) => {
    if (!nd || typeof nd !== 'object') return false;
    const { f, t: cut, l, r, v } = nd as Record<string, unknown>;
    if (typeof v !== 'number' || !Number.isFinite(v) || !Number.isInteger(f)) return false;
    if ((f as number) < 0) return true;
    const child = (c: unknown) => Number.isInteger(c) && (c as number) > k && (c as number) < t.length;
    return (f as number) < n && typeof cut === 'number' && Number.isFinite(cut) && child(l) && child(r);
  }));
}
