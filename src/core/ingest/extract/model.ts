/**
 * The learned line classifier: the probability that a line belongs to the article's main text,
 * from the features of `features.ts`, by logistic regression (with a small hidden layer) or boosted trees. The
 * weights are learned by `npm run train:extract` (scripts/train-extract) from the two public
 * benchmarks and committed as `weights.json`; the training script prints the cross-validated
 * scores that chose the model and its decoding thresholds.
 */
import { FEATURE_NAMES, type Vocabulary } from './features';
import { TITLE_FEATURES, type TitleModel } from './title';
import weights from './weights.json';

/** One regression tree: node 0 is the root; a node with `f < 0` is a leaf worth `v`. */
export type Tree = { f: number; t: number; l: number; r: number; v: number }[];

/** A small hidden layer beside the linear term: `v · tanh(W z + c)` over the standardised row. */
export interface HiddenLayer { W: number[][]; c: number[]; v: number[] }

/**
 * A trained line model: logistic regression over standardised features (`mean`, `scale`, `w`, `hidden`,
 * `b`), or, when `trees` is set, boosted trees (`b` the base log-odds); plus the vocabulary
 * and the decoding thresholds.
 */
export interface LineModel {
  features: readonly string[];
  mean: readonly number[];
  scale: readonly number[];
  w: readonly number[];
  b: number;
  trees?: readonly Tree[];
  hidden?: HiddenLayer;
  vocab: Vocabulary;
  /** Lines above this probability pull the main region outwards; below, they push it back. */
  tau: number;
  /** Inside the main region, lines below this probability are folded away as holes. */
  hole: number;
  /** The headline ranker (`title.ts`). */
  title: TitleModel;
}

/** The JSON form of a model, as `weights.json` stores it. */
export interface ModelFile {
  version: number;
  features: string[];
  mean: number[];
  scale: number[];
  w: number[];
  b: number;
  trees?: Tree[];
  hidden?: HiddenLayer;
  vocab: Record<string, number>;
  tau: number;
  hole: number;
  title: TitleModel & { features: string[] };
}

/** Reads a model file; throws when its features are not the ones this code computes. */
export function loadModel(file: ModelFile): LineModel {
  if (file.features.join(',') !== FEATURE_NAMES.join(',') || file.title.features.join(',') !== TITLE_FEATURES.join(',')) {
    throw new Error('extract: weights.json was trained on other features; run npm run train:extract');
  }
  return { ...file, vocab: new Map(Object.entries(file.vocab)) };
}

let builtIn: LineModel | null = null;
/** The committed model (loaded once). */
export function defaultModel(): LineModel {
  builtIn ??= loadModel(weights as unknown as ModelFile);
  return builtIn;
}

/** Probability of "main text" for each feature row. */
export function predict(model: LineModel, rows: readonly ArrayLike<number>[]): number[] {
  const trees = model.trees;
  const { mean, scale, w, hidden } = model;
  const std = new Float64Array(mean.length);
  return rows.map((x) => {
    let z = model.b;
    if (trees) for (const t of trees) z += leaf(t, x);
    else {
      for (let j = 0; j < x.length; j++) { std[j] = (x[j]! - mean[j]!) / scale[j]!; z += w[j]! * std[j]!; }
      if (hidden) z += hiddenTerm(hidden, std);
    }
    return 1 / (1 + Math.exp(-z));
  });
}

function hiddenTerm({ W, c, v }: HiddenLayer, z: Float64Array): number {
  let s = 0;
  for (let k = 0; k < v.length; k++) {
    const row = W[k]!;
    let a = c[k]!;
    for (let j = 0; j < row.length; j++) a += row[j]! * z[j]!;
    s += v[k]! * Math.tanh(a);
  }
  return s;
}

function leaf(tree: Tree, x: ArrayLike<number>): number {
  let k = 0;
  for (;;) {
    const nd = tree[k]!;
    if (nd.f < 0) return nd.v;
    k = x[nd.f]! <= nd.t ? nd.l : nd.r;
  }
}
