import { describe, expect, it } from 'vitest';
import { PAIR_FEATURES } from '../../../src/core/compare/align-pair';
import { loadPairModel } from '../../../src/core/compare/pair-model';
import { treesMargin, type PairTree, type PairTrees } from '../../../src/core/compare/pair-trees';

/** Depth 2: +2 only when feature 0 and feature 1 are both above 0.5 — what no one weight a feature can say. */
const both: PairTree = [
  { f: 0, t: 0.5, l: 1, r: 2, v: 0 },
  { f: -1, t: 0, l: -1, r: -1, v: -1 },
  { f: 1, t: 0.5, l: 3, r: 4, v: 0 },
  { f: -1, t: 0, l: -1, r: -1, v: -1 },
  { f: -1, t: 0, l: -1, r: -1, v: 2 },
];
const model = (trees: unknown[], extra: object = {}) => ({ kind: 'trees', features: [...PAIR_FEATURES], base: 0.5, trees, threshold: 0.5, ...extra });
const row = (x0: number, x1: number) => [x0, x1, ...PAIR_FEATURES.slice(2).map(() => 0)];

describe('boosted-trees pair model', () => {
  it("scores two features together: the base plus each tree's leaf", () => {
    const m = loadPairModel(model([both, both])) as PairTrees;
    expect(treesMargin(row(1, 1), m)).toBe(4.5);
    expect(treesMargin(row(1, 0), m)).toBe(-1.5);
    expect(treesMargin(row(0, 1), m)).toBe(-1.5);
  });
  it("is refused when a tree cannot be walked to a leaf over the code's feature row", () => {
    expect(loadPairModel(model([both]))).not.toBeNull();
    const back = both.map((nd, k) => (k === 2 ? { ...nd, l: 0 } : nd));
    expect(loadPairModel(model([back]))).toBeNull();
    expect(loadPairModel(model([both.map((nd, k) => (k === 0 ? { ...nd, f: PAIR_FEATURES.length } : nd))]))).toBeNull();
    expect(loadPairModel(model([both.map((nd, k) => (k === 4 ? { ...nd, v: Number.NaN } : nd))]))).toBeNull();
    expect(loadPairModel(model([]))).toBeNull();
    expect(loadPairModel(model([both], { base: null }))).toBeNull();
    expect(loadPairModel(model([both], { features: PAIR_FEATURES.slice(1) }))).toBeNull();
    expect(loadPairModel(model([both], { kind: 'forest' }))).toBeNull();
  });
});
