import { describe, expect, it } from 'vitest';
import { firstAtLeast } from '../../../src/core/explore/sorted-search';

/** The answer by walking the list. */
function byWalk(list: number[], v: number, from: number): number {
  let i = from;
  while (i < list.length && list[i]! < v) i++;
  return Math.max(i, from);
}

describe('the first place in an ascending list holding at least a value', () => {
  it('is found as a walk from the place given finds it, for lists short and long', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (const size of [0, 1, 2, 3, 5, 17, 100, 2_000]) {
      const list = [...new Set(Array.from({ length: size }, () => next() % (size * 3 + 1)))].sort((a, b) => a - b);
      for (let t = 0; t < 200; t++) {
        const v = (next() % (size * 3 + 3)) - 1;
        const from = next() % (list.length + 2);
        expect(firstAtLeast(list, v, from)).toBe(byWalk(list, v, from));
      }
    }
  });

  it('finds each value of a rising series from where the last was found', () => {
    const list = [2, 3, 5, 8, 13, 21, 34, 55, 89, 144];
    let at = 0;
    const found = [1, 5, 6, 34, 35, 200].map((v) => (at = firstAtLeast(list, v, at)));
    expect(found).toEqual([0, 2, 3, 6, 7, 10]);
  });
});
