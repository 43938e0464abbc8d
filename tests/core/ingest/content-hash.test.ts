import { describe, expect, it } from 'vitest';
import { contentHashOf, withoutTrailingBlanks } from '../../../src/core/ingest/prepare';

/** A small deterministic generator, so a failure names the text it failed on. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('content hash', () => {
  it('strips trailing blanks exactly as the line-end regex did (the hash of stored articles must not move)', () => {
    const alphabet = [' ', ' ', '\t', '\n', '\r', '\u2028', '\u2029', 'a', 'ß', '\u00a0', '😀'];
    const next = rng(7);
    for (let n = 0; n < 3000; n++) {
      const len = Math.floor(next() * 40);
      let s = '';
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      expect(withoutTrailingBlanks(s), JSON.stringify(s)).toBe(s.replace(/[ \t]+$/gm, ''));
    }
  });

  it('hashes a text of long indented lines in one pass (the regex took n² steps a line)', () => {
    // Each line of a million blanks costs the regex ~5·10¹¹ steps: on main this never ends.
    const line = `${' '.repeat(1_000_000)}- x\n`;
    const text = line.repeat(3);
    expect(withoutTrailingBlanks(text)).toBe(text);
    expect(contentHashOf(`${' '.repeat(5_000_000)}x`)).toMatch(/^[0-9a-f]{64}$/);
  });
});
