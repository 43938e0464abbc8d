/**
 * `--trees`: the pair model as boosted trees (`src/core/compare/pair-trees.ts`) on the same
 * candidate rows and weights as the logistic model, fitted by `train:extract`'s `fitTrees`
 * (second-order boosting over quantile bins, deterministic). Depth and rounds are chosen *inside*
 * whatever events it is given: those events in `INNER_FOLDS` groups, each group's weighted
 * log-loss under trees fitted on the other groups, per round, summed; the setting with the least
 * is then fitted on all the given events. Called once per event left out, the choice is nested:
 * the left-out event never chooses its own setting. The shrinkage and the leaf's least weight are
 * fixed beforehand (`RATE`, `MIN_HESSIAN`: the usual 0.1; a leaf about twenty negatives' worth),
 * not tuned.
 */
import { fitTrees } from '../train-extract/trees';
import { treesMargin, type PairTree } from '../../src/core/compare/pair-trees';

/** A setting of the trees: depth and rounds (the shrinkage is `RATE`). */
export interface TreeSetting { depth: number; rounds: number }

/** A training row with the event it comes from. */
export interface EventRow { row: number[]; y: number; set: string }

/** Shrinkage (the learning rate), fixed: the common default; smaller only needs more rounds. */
export const RATE = 0.1;
/** Least hessian a leaf holds: about twenty negatives at p 0.5 (a positive weighs as much as all negatives together, so weights run to ~6). */
export const MIN_HESSIAN = 5;
/** Groups of events for the inner choice (four: each inner fit sees three quarters of the events it is given). */
const INNER_FOLDS = 4;

/** Fitted trees with the setting chosen and the inner loss of every setting tried. */
export interface FittedTrees { base: number; trees: PairTree[]; setting: TreeSetting }

/**
 * Fits trees on `rows` (`wPos`: a positive's weight), at `fixed` or at the depth of `depths` and
 * the rounds (a multiple of `step` up to `maxRounds`) with the least inner log-loss.
 */
export function fitPairTrees(rows: EventRow[], wPos: number, opts: { depths: number[]; maxRounds: number; step: number; fixed?: TreeSetting }): FittedTrees {
  const setting = opts.fixed ?? chooseSetting(rows, opts);
  const f = fitTrees(rows.map((r) => r.row), rows.map((r) => r.y), rows.map((r) => (r.y ? wPos : 1)), { depth: setting.depth, rounds: setting.rounds, rate: RATE, minHessian: MIN_HESSIAN });
  return { base: f.base, trees: f.trees, setting };
}

function chooseSetting(rows: EventRow[], opts: { depths: number[]; maxRounds: number; step: number }): TreeSetting {
  const events = [...new Set(rows.map((r) => r.set))].sort();
  const group = new Map(events.map((e, k) => [e, k % INNER_FOLDS]));
  let best: TreeSetting & { loss: number } = { depth: opts.depths[0]!, rounds: opts.step, loss: Infinity };
  for (const depth of opts.depths) {
    const loss = new Float64Array(Math.floor(opts.maxRounds / opts.step));
    for (let g = 0; g < INNER_FOLDS; g++) {
      const train = rows.filter((r) => group.get(r.set) !== g), test = rows.filter((r) => group.get(r.set) === g);
      if (!test.length || !train.length) continue;
      // Each fold weighs its positives as the fit on it does (as much as all its negatives together).
      const pos = train.filter((r) => r.y).length, w = (train.length - pos) / Math.max(1, pos);
      const f = fitTrees(train.map((r) => r.row), train.map((r) => r.y), train.map((r) => (r.y ? w : 1)), { depth, rounds: opts.maxRounds, rate: RATE, minHessian: MIN_HESSIAN });
      const margin = new Float64Array(test.length).fill(f.base);
      f.trees.forEach((tree, t) => {
        test.forEach((r, i) => (margin[i]! += treesMargin(r.row, { kind: 'trees', features: [], base: 0, trees: [tree], threshold: 0.5 })));
        if ((t + 1) % opts.step) return;
        let l = 0;
        test.forEach((r, i) => { const p = 1 / (1 + Math.exp(-margin[i]!)); l -= (r.y ? w * Math.log(Math.max(p, 1e-12)) : Math.log(Math.max(1 - p, 1e-12))); });
        loss[(t + 1) / opts.step - 1]! += l;
      });
    }
    loss.forEach((l, k) => { if (l < best.loss) best = { depth, rounds: (k + 1) * opts.step, loss: l }; });
  }
  return { depth: best.depth, rounds: best.rounds };
}
