import { describe, expect, it } from 'vitest';
import { PAIR_FEATURES } from '../../../src/core/compare/align-pair';
import { loadPairModel, PAIR_MODEL } from '../../../src/core/compare/pair-model';

/** A logistic model over the code's row (the shipped file may be trees: `pair-trees.test.ts`). */
const MODEL = { features: [...PAIR_FEATURES], mean: PAIR_FEATURES.map(() => 0), scale: PAIR_FEATURES.map(() => 1), w: PAIR_FEATURES.map(() => 0.1), b: 0, threshold: 0.5 };

describe('the shipped pair model', () => {
  it('fits the feature row the code makes, with a threshold between 0 and 1', () => {
    expect(PAIR_MODEL).not.toBeNull();
    expect(PAIR_MODEL!.features).toEqual(PAIR_FEATURES);
    expect(PAIR_MODEL!.threshold).toBeGreaterThan(0);
    expect(PAIR_MODEL!.threshold).toBeLessThan(1);
  });
  it('is refused when it was fitted on another feature row, so the hand score decides', () => {
    expect(loadPairModel(MODEL)).not.toBeNull();
    expect(loadPairModel({ ...MODEL, features: [...MODEL.features].reverse() })).toBeNull();
    expect(loadPairModel({ ...MODEL, features: MODEL.features.slice(1), mean: MODEL.mean.slice(1), scale: MODEL.scale.slice(1), w: MODEL.w.slice(1) })).toBeNull();
  });
  it('is refused when its numbers cannot score a pair', () => {
    expect(loadPairModel({ ...MODEL, scale: MODEL.scale.map(() => 0) })).toBeNull();
    expect(loadPairModel({ ...MODEL, w: MODEL.w.map(() => Number.NaN) })).toBeNull();
    expect(loadPairModel({ ...MODEL, threshold: 1.5 })).toBeNull();
    expect(loadPairModel(null)).toBeNull();
    expect(loadPairModel('model')).toBeNull();
  });
});
