import { describe, expect, it } from 'vitest';
import { BoundedCache, emptyBoundedCaches } from '../../../src/core/text/bounded-cache';

describe('BoundedCache', () => {
  it('never holds more than two generations, however many keys pass through', () => {
    const c = new BoundedCache<number, number>(100);
    for (let i = 0; i < 10_000; i++) c.set(i, i);
    expect(c.size).toBeLessThanOrEqual(200);
    expect(c.get(9_999)).toBe(9_999);
    expect(c.get(0)).toBeUndefined();
  });

  it('keeps a key that keeps being asked for across the turnover of generations', () => {
    const c = new BoundedCache<string, number>(10);
    c.set('hot', 1);
    for (let i = 0; i < 1_000; i++) {
      if (c.get('hot') === undefined) throw new Error(`lost the hot key after ${i} others`);
      c.set(`cold${i}`, i);
    }
    expect(c.get('hot')).toBe(1);
  });

  it('is emptied with every other cache of the thread, and fills again', () => {
    const a = new BoundedCache<string, number>(10), b = new BoundedCache<string, string>(10);
    a.set('x', 1);
    b.set('y', 'z');
    emptyBoundedCaches();
    expect([a.size, b.size, a.get('x'), b.get('y')]).toEqual([0, 0, undefined, undefined]);
    a.set('x', 2);
    expect(a.get('x')).toBe(2);
  });
});
