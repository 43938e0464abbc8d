import { describe, expect, it } from 'vitest';
import { KeyWordTable } from '../../../src/core/explore/timeline-key-words';

/** What the timeline read from a row's keys before the words were looked up in place. */
function bySplit(keys: string): { own: string[]; wide: string[] } {
  const [own = '', next = ''] = keys.split(' || ');
  const words = (all: string) => all.split(' ').filter(Boolean).map((w) => (w.startsWith('@') ? w.toLowerCase() : w));
  const mine = words(own);
  return { own: mine, wide: next ? [...mine, ...words(next)] : mine };
}

/** A key string's words as the table gives them: its own, and with its next sentence's. */
function read(t: KeyWordTable, keys: string) {
  const rec = t.rec(keys);
  const ids = (context: boolean) => [...t.flat.subarray(t.start(rec), t.end(rec, context))].map((id) => t.keys[id]);
  return { split: { own: ids(false), wide: ids(true) } };
}

describe("a timeline row's key words", () => {
  it('are the words of its own sentence, then with its next sentence', () => {
    const t = new KeyWordTable();
    for (const keys of ['wahl sieg @Merkel #2024 || kanzl @Merkel', 'wahl  sieg ', '', ' || folg', 'a || b || c', 'gipfel @Ägypten @ÄGYPTEN || ', 'x ||  y  z']) {
      expect(read(t, keys).split).toEqual(bySplit(keys));
    }
  });

  it('are names lower-cased however they are capitalised, one id for both spellings', () => {
    const t = new KeyWordTable();
    const a = read(t, 'gipfel @Merkel || treff');
    const b = read(t, 'treff @MERKEL gipfel');
    expect(b.split.own).toEqual(['treff', '@merkel', 'gipfel']);
    expect(a.split.wide).toEqual(['gipfel', '@merkel', 'treff']);
    expect(t.idOf('@merkel')).toBeGreaterThanOrEqual(0);
    expect(t.idOf('@Merkel')).toBe(-1);
    expect(t.keys.filter((k) => k === '@merkel')).toHaveLength(1);
  });

  it('stay right past many words (the table grows), met twice', () => {
    const t = new KeyWordTable();
    const rows = Array.from({ length: 35_000 }, (_, i) => `w${i} common @N${i % 7} || v${i * 3}`);
    const expected = JSON.stringify(rows.map(bySplit));
    // The second pass meets each key string again: its record, not a new one.
    for (const pass of [1, 2]) expect(JSON.stringify(rows.map((k) => read(t, k).split)) === expected, `pass ${pass}`).toBe(true);
    expect(t.keys.length).toBe(70_000 + 1 + 7);
  });

  it('stay right when more rows are read after the arrays were cut to size', () => {
    const t = new KeyWordTable();
    const first = Array.from({ length: 500 }, (_, i) => `a${i} b || c${i}`);
    first.forEach((k) => t.rec(k));
    t.trim();
    const more = Array.from({ length: 5_000 }, (_, i) => `d${i} b @X || e${i % 9}`);
    for (const k of [...more, ...first]) expect(read(t, k).split).toEqual(bySplit(k));
  });

  it('are one record per key string written', () => {
    const t = new KeyWordTable();
    const keys = ['wahl sieg @Merkel || kanzl', 'treff gipfel', 'wahl sieg @Merkel || kanzl', 'wahl sieg @MERKEL || kanzl'];
    expect(keys.map((k) => t.rec(k))).toEqual([0, 1, 0, 2]);
    expect(read(t, keys[3]!).split).toEqual(read(t, keys[0]!).split);
  });

  it('are the same when a first build gives the records first and reads their words after', () => {
    const keys = ['wahl sieg @Merkel || kanzl', 'treff  gipfel ', '', ' || folg', 'wahl sieg @MERKEL || kanzl', 'a || b || c', 'treff  gipfel '];
    const now = new KeyWordTable(), later = new KeyWordTable();
    const recs = keys.map((k) => later.recLater(k));
    expect(recs).toEqual(keys.map((k) => now.rec(k)));
    for (const _ of later.readingPending());
    for (const k of keys) expect(read(later, k).split).toEqual(read(now, k).split);
    expect(later.keys).toEqual(now.keys);
  });

  it('read their pending words first when a record is asked before they were read', () => {
    const t = new KeyWordTable();
    t.recLater('wahl sieg || kanzl');
    expect(read(t, 'treff @X').split).toEqual(bySplit('treff @X'));
    expect(read(t, 'wahl sieg || kanzl').split).toEqual(bySplit('wahl sieg || kanzl'));
  });
});
