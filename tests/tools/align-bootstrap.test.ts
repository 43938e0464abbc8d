import { describe, expect, it } from 'vitest';
import { chooseThreshold, chooseThresholdForUnseen, pairedBootstrap, type UnitTallies } from '../../scripts/train-align/bootstrap';

const t = (facts: number, hits: number, pairs: number, good: number) => ({ facts, hits, pairs, good });

/** Twelve invented events, each with counts at two thresholds (the loose one first, as the trainer's grid ascends). */
function events(hitsAt: (e: number) => [number, number]): UnitTallies {
  return Object.fromEntries(Array.from({ length: 12 }, (_, e) => {
    const [strict, loose] = hitsAt(e);
    return [`event-${e}`, [t(20, loose, 20, 17), t(20, strict, 10, 9)]];
  }));
}

describe('the paired bootstrap that decides between two alignment variants', () => {
  it('takes the threshold with the most recall that keeps the precision bar, else the strictest', () => {
    expect(chooseThreshold([t(10, 9, 10, 7), t(10, 8, 10, 8), t(10, 6, 10, 9)], 0.8)).toBe(1);
    expect(chooseThreshold([t(10, 8, 10, 6), t(10, 6, 10, 7)], 0.8)).toBe(1);
  });

  it('finds no difference between a variant and itself', () => {
    const a = events((e) => [5 + (e % 3), 8 + (e % 4)]);
    const r = pairedBootstrap(a, a, { chooseThreshold: true, precisionMin: 0.8, draws: 200 });
    expect([r.facts.lo, r.facts.hi]).toEqual([0, 0]);
  });

  it('puts a gain on every event above zero, and a gain on one event only across zero', () => {
    const a = events((e) => [5, 8 + (e % 4)]);
    const everywhere = pairedBootstrap(a, events((e) => [5, 10 + (e % 4)]), { chooseThreshold: true, precisionMin: 0.8, draws: 500 });
    expect(everywhere.observed.facts).toBe(24);
    expect(everywhere.facts.lo).toBeGreaterThan(0);
    const once = pairedBootstrap(a, events((e) => [5, e === 0 ? 20 : 8 + (e % 4)]), { chooseThreshold: true, precisionMin: 0.8, draws: 500 });
    expect(once.observed.facts).toBe(12);
    expect(once.facts.lo).toBe(0);
    expect(once.facts.hi).toBeGreaterThan(12);
  });

  it('chooses each variant its own threshold: a looser setting that breaks the bar counts at the strict one', () => {
    const a = events(() => [5, 8]);
    // B finds more only at the loose threshold, where its precision falls under the bar.
    const b = Object.fromEntries(Object.entries(events(() => [5, 12])).map(([k, v]) => [k, [{ ...v[0]!, good: 12 }, v[1]!]]));
    const r = pairedBootstrap(a, b, { chooseThreshold: true, precisionMin: 0.8, draws: 200 });
    expect(r.observed.facts).toBe(5 * 12 - 8 * 12);
  });
});

describe('the threshold for a set nobody has seen', () => {
  // Ten events: at the loose threshold eight are precise (9 of 10 pairs good) and two are not
  // (5 of 10); pooled that is 0.82, over the bar, yet a set of five drawn from them holds two
  // imprecise events about one time in four (0.74). At the strict threshold
  // every event keeps 9 of 10 and finds fewer facts.
  const by: UnitTallies = Object.fromEntries(Array.from({ length: 10 }, (_, e) => [`event-${e}`, [t(20, 12, 10, e < 2 ? 5 : 9), t(20, 8, 10, 9)]]));

  it('is the strict one where sets of five fall under the bar too often at the loose one', () => {
    expect(chooseThreshold(Array.from({ length: 2 }, (_, k) => Object.values(by).reduce((a, x) => t(a.facts + x[k]!.facts, a.hits + x[k]!.hits, a.pairs + x[k]!.pairs, a.good + x[k]!.good), t(0, 0, 0, 0))), 0.8)).toBe(0);
    const r = chooseThresholdForUnseen(by, { precisionMin: 0.8, setSize: 5, failMax: 0.1 });
    expect(r.index).toBe(1);
    expect(r.failing[0]).toBeGreaterThan(0.2);
    expect(r.failing[1]).toBe(0);
  });

  it('chooses inside each bootstrap draw by the same rule: a variant that is looser only where sets of five fall under the bar gains nothing', () => {
    // B finds 2 more facts an event at the loose threshold only, where the two imprecise events sink sets of five.
    const b: UnitTallies = Object.fromEntries(Object.entries(by).map(([e, [loose, strict]]) => [e, [{ ...loose!, hits: 14 }, strict!]]));
    const unseen = { precisionMin: 0.8, setSize: 5, failMax: 0.1, draws: 200 };
    expect(pairedBootstrap(by, b, { chooseThreshold: true, precisionMin: 0.8, draws: 100 }).observed.facts).toBe(20);
    const r = pairedBootstrap(by, b, { chooseThreshold: true, precisionMin: 0.8, draws: 100, unseen });
    expect(r.observed.facts).toBe(0);
  });

  it('is the loose one when every event keeps the bar there', () => {
    const even: UnitTallies = Object.fromEntries(Object.keys(by).map((e) => [e, [t(20, 12, 10, 9), t(20, 8, 10, 9)]]));
    expect(chooseThresholdForUnseen(even, { precisionMin: 0.8, setSize: 5, failMax: 0.1 }).index).toBe(0);
  });
});
