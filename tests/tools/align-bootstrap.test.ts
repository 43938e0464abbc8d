import { describe, expect, it } from 'vitest';
import { chooseThreshold, pairedBootstrap, type UnitTallies } from '../../scripts/train-align/bootstrap';

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
