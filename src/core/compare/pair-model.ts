/**
 * The product's pair model: a logistic model over the feature row of `align-pair.ts`, trained by
 * `npm run train:align -- --write` on the gold facts of `eval/compare`'s dev events and kept
 * because it beat the hand score leaving one event out (ninth pass of `eval/compare/README.md`).
 * A model fitted on another feature row than the code's would score nonsense: it is refused, and
 * the hand score decides.
 */
import MODEL from './data/pair-model.json';
import { PAIR_FEATURES, type PairModel } from './align-pair';

/** The model as the data file gives it, or null when it does not fit the code's feature row. */
export function loadPairModel(raw: unknown): PairModel | null {
  if (!raw || typeof raw !== 'object') return null;
  const m = raw as Partial<PairModel>;
  const n = PAIR_FEATURES.length;
  const numbers = (x: unknown): x is number[] => Array.isArray(x) && x.length === n && x.every((v) => typeof v === 'number' && Number.isFinite(v));
  if (!Array.isArray(m.features) || m.features.length !== n || m.features.some((f, j) => f !== PAIR_FEATURES[j])) return null;
  if (!numbers(m.mean) || !numbers(m.scale) || !numbers(m.w) || m.scale.some((s) => s <= 0)) return null;
  if (typeof m.b !== 'number' || typeof m.threshold !== 'number' || !Number.isFinite(m.b) || !(m.threshold > 0 && m.threshold < 1)) return null;
  return { features: PAIR_FEATURES, mean: m.mean, scale: m.scale, w: m.w, b: m.b, threshold: m.threshold };
}

/** The shipped model (null if the data file is stale). */
export const PAIR_MODEL: PairModel | null = loadPairModel(MODEL);
