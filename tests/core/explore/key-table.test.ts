import { describe, expect, it } from 'vitest';
import { KeyTable } from '../../../src/core/explore/key-table';

describe('KeyTable', () => {
  it('finds every key it was given, and no other, as a Map does, past many growths', () => {
    const table = new KeyTable<number>();
    const map = new Map<string, number>();
    // Keys alike but for a letter, a prefix of another, the empty one: what blocking keys look like.
    for (let i = 0; i < 20_000; i++) {
      const k = i % 3 === 0 ? `*${(i * 7919).toString(36)}` : i % 3 === 1 ? `~${(i * 104729).toString(36)}` : (i * 31).toString(36).slice(0, 1 + (i % 6));
      table.set(k, i);
      map.set(k, i);
    }
    table.set('', -1);
    map.set('', -1);
    expect(table.size).toBe(map.size);
    for (const [k, v] of map) expect(table.get(k)).toBe(v);
    for (const k of ['zzzzzzzz', '*', '~~', 'a b']) expect(table.get(k)).toBe(map.get(k));
  });

  it('keeps keys in any script, before and after the first letter past Latin-1', () => {
    const table = new KeyTable<string>();
    const keys = ['mueller', 'müller', 'çelik', 'путин', 'putin', 'زیدی', 'ab', 'a\u0100', 'a\u00ff'];
    for (const k of keys) table.set(k, k.toUpperCase());
    for (const k of keys) expect(table.get(k)).toBe(k.toUpperCase());
    expect(table.get('пути')).toBeUndefined();
    expect(table.get('a\u0101')).toBeUndefined();
  });

  it('files a value under a new key only, and gives back the one a key holds', () => {
    const table = new KeyTable<string>();
    expect(table.getOrSet('kim', 'a')).toBeUndefined();
    expect(table.getOrSet('kim', 'b')).toBe('a');
    for (let i = 0; i < 5000; i++) expect(table.getOrSet(`k${i}`, String(i))).toBeUndefined();
    for (let i = 0; i < 5000; i++) expect(table.getOrSet(`k${i}`, 'x')).toBe(String(i));
    expect(table.get('kim')).toBe('a');
    expect(table.size).toBe(5001);
  });

  it('replaces the value of a key set twice', () => {
    const table = new KeyTable<string[]>();
    table.set('kim', ['a']);
    table.set('kim', ['a', 'b']);
    expect(table.get('kim')).toEqual(['a', 'b']);
    expect(table.size).toBe(1);
  });
});
