import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { compactHeapNow } from '../../../src/core/heap';

const heapMb = () => getHeapStatistics().total_heap_size / 1048576;

describe('compactHeapNow', () => {
  it('gives back the pages of garbage that a few live objects kept, where the host exposed no gc', () => {
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
    // A load's leftovers: ~100 MB made, one object in 40 kept, so every page still holds some.
    let made: { word: string; at: number[] }[] = [];
    for (let i = 0; i < 600_000; i++) made.push({ word: `word ${i} `.repeat(4), at: [i, i + 1] });
    const kept = made.filter((_, i) => i % 40 === 0);
    made = [];
    const before = heapMb();
    compactHeapNow();
    const after = heapMb();
    expect(kept).toHaveLength(15_000);
    expect(after).toBeLessThan(before - 40);
    // The flag that installs gc was only borrowed: code that looks for a host's gc finds none.
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
