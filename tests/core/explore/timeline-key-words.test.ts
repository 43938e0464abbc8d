import { describe, expect, it } from 'vitest';
import { splitKeyWords } from '../../../src/core/explore/timeline-key-words';
import { keysOf, splitRowKeys } from '../../../src/core/explore/timeline-clusters';
import type { TimelineInput } from '../../../src/core/explore/timeline-dating';

/** What the timeline read from a row's keys before the words were looked up in place. */
function bySplit(keys: string): { own: string[]; wide: string[] } {
  const [own = '', next = ''] = keys.split(' || ');
  const words = (all: string) => all.split(' ').filter(Boolean).map((w) => (w.startsWith('@') ? w.toLowerCase() : w));
  const mine = words(own);
  return { own: mine, wide: next ? [...mine, ...words(next)] : mine };
}

describe("a timeline row's key words", () => {
  it('are the words of its own sentence, then with its next sentence', () => {
    for (const keys of ['wahl sieg @Merkel #2024 || kanzl @Merkel', 'wahl  sieg ', '', ' || folg', 'a || b || c', 'gipfel @Ägypten @ÄGYPTEN || ', 'x ||  y  z']) {
      expect(splitKeyWords(keys)).toEqual(bySplit(keys));
    }
  });

  it('are names lower-cased however they are capitalised', () => {
    const a = splitKeyWords('gipfel @Merkel || treff');
    const b = splitKeyWords('treff @MERKEL gipfel');
    expect(b.own).toEqual(['treff', '@merkel', 'gipfel']);
    expect(a.wide).toEqual(['gipfel', '@merkel', 'treff']);
  });

  it('stay right past the table of words met (a new one is started)', () => {
    // More different words (70,000) than one table holds, met twice: the second time each is looked up.
    const rows = Array.from({ length: 35_000 }, (_, i) => `w${i} common @N${i % 7} || v${i * 3}`);
    const expected = JSON.stringify(rows.map(bySplit));
    for (const pass of [1, 2]) expect(JSON.stringify(rows.map(splitKeyWords)) === expected, `pass ${pass}`).toBe(true);
  });

  it('are the same for rows split together, rows written alike among them, as for each row alone', () => {
    const keys = ['wahl sieg @Merkel || kanzl', 'treff gipfel', 'wahl sieg @Merkel || kanzl', 'treff gipfel || abend', 'wahl sieg @MERKEL || kanzl'];
    const rows = keys.map((k) => ({ keys: k }) as TimelineInput);
    splitRowKeys(rows);
    rows.forEach((r, i) => {
      expect(keysOf(r)).toEqual(bySplit(keys[i]!).own);
      expect(keysOf(r, true)).toEqual(bySplit(keys[i]!).wide);
    });
  });

  it('are given once per key string written, with the rows that hold it, split before or not', () => {
    const keys = ['wahl sieg @Merkel || kanzl', 'treff gipfel', 'wahl sieg @Merkel || kanzl', 'wahl sieg @MERKEL || kanzl'];
    const rows = keys.map((k) => ({ keys: k }) as TimelineInput);
    splitRowKeys(rows.slice(0, 1));
    const shares = [...splitRowKeys(rows)];
    expect(shares.map((s) => [s.keys.wide, s.rows])).toEqual([
      [bySplit(keys[0]!).wide, 2],
      [bySplit(keys[1]!).wide, 1],
      [bySplit(keys[3]!).wide, 1],
    ]);
  });
});
