import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../../src/core/text/bounded-cache';
import { ownString } from '../../../src/core/text/own-string';

// A full collection on demand, to read what is still alive.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('ownString', () => {
  it('keeps the text', () => {
    expect(ownString('Bundesverfassungsgericht')).toBe('Bundesverfassungsgericht');
    expect(ownString('kurz')).toBe('kurz');
  });
  it('lets a cache of long words cut from large texts not hold the texts', () => {
    const cache = new BoundedCache<string, string>(1000);
    const before = heapAfterGc();
    for (let i = 0; i < 200; i++) {
      const text = `Präambel ${i} `.repeat(20_000) + `Bundesverfassungsgerichtsurteil${i}`;
      const word = text.slice(text.length - 33);
      cache.set(word, word.toLowerCase());
    }
    // 200 texts of ~240 kB each (UTF-16: ~480 kB) would be ~100 MB if the words pinned them.
    expect(heapAfterGc() - before).toBeLessThan(10_000_000);
  });
});
