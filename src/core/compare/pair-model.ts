/**
 * The product's pair model: a logistic model, or boosted trees (`pair-trees.ts`), over the feature
 * row of `align-pair.ts`, trained by `npm run train:align -- --write` on the gold facts of
 * `eval/compare`'s dev events and kept because it beat the hand score leaving one event out (ninth
 * pass of `eval/compare/README.md`). A model fitted on another feature row than the code's would
 * score nonsense: it is refused, and the hand score decides.
 */
import MODEL from './data/pair-model.json';
import { PAIR_FEATURES, type PairModel } from './align-pair';
import { validTrees } from './pair-trees';

/** The model as the data file gives it, or null when it does not fit the code's feature row. */
export function loadPairModel(raw: unknown): PairModel | null {
  if (!raw || typeof raw !== 'object') return null;
  const m = raw as Record<string, unknown>;
  const n = PAIR_FEATURES.length;
  const numbers = (x: unknown): x is number[] => Array.isArray(x) && x.length === n && x.every((v) => typeof v === 'number' && Number.isFinite(v));
  const features = m.features;
  if (!Array.isArray(features) || features.length !== n || features.some((f, j) => f !== PAIR_FEATURES[j])) return null;
  if (typeof m.threshold !== 'number' || !(m.threshold > 0 && m.threshold < 1)) return null;
  if (m.kind === 'trees') {
    if (typeof m.base !== 'number' || !Number.isFinite(m.base) || !validTrees(m.trees, n)) return null;
    return { kind: 'trees', features: PAIR_FEATURES, base: m.base, trees: m.trees, threshold: m.threshold };
  }
  if (m.kind !== undefined && m.kind !== 'logistic') return null;
  if (!numbers(m.mean) || !numbers(m.scale) || !numbers(m.w) || m.scale.some((s) => s <= 0)) return null;
  if (typeof m.b !== 'number' || !Number.isFinite(m.b)) return null;
  return { features: PAIR_FEATURES, mean: m.mean, scale: m.scale, w: m.w, b: m.b, threshold: m.threshold };
}

/** The shipped model (null if the data file is stale). */
export const PAIR_MODEL: PairModel | null = loadPairModel(MODEL);
