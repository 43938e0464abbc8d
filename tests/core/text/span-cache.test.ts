import { describe, expect, it } from 'vitest';
import { SpanCache } from '../../../src/core/text/span-cache';
import { forEachWord } from '../../../src/core/text/words';

describe('SpanCache', () => {
  it('finds a word cached from one text at any place of another, and nothing for other words', () => {
    const c = new SpanCache<string>(16);
    const a = 'Das Treffen dauerte vier Stunden.';
    c.set(a, 4, 11, 'treff');
    const b = 'Nach dem Treffen: Treffpunkt, Treffe.';
    expect(c.get(b, 9, 16)).toBe('treff'); // `Treffen`
    expect(c.get(b, 18, 28)).toBeUndefined(); // `Treffpunkt`, same start
    expect(c.get(b, 30, 36)).toBeUndefined(); // `Treffe`, a prefix
  });

  it('keeps recent words and forgets old ones once many pass through', () => {
    const c = new SpanCache<number>(64);
    const text = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(' ');
    const spans: [number, number][] = [];
    forEachWord(text, (s, e) => spans.push([s, e]));
    spans.forEach(([s, e], i) => c.set(text, s, e, i));
    expect(c.get(text, ...spans[4999]!)).toBe(4999);
    expect(c.get(text, ...spans[0]!)).toBeUndefined();
  });
});

describe('forEachWord over a range', () => {
  it('reads text[from, to) as if it stood alone, words cut at its edges included', () => {
    const text = 'Vorwort. Das Treffen dauerte.';
    const inRange: string[] = [];
    forEachWord(text, (s, e) => inRange.push(text.slice(s, e)), 3, 20);
    const alone: string[] = [];
    const slice = text.slice(3, 20);
    forEachWord(slice, (s, e) => alone.push(slice.slice(s, e)));
    expect(inRange).toEqual(alone);
    expect(inRange).toEqual(['wort', 'Das', 'Treffen']);
  });
});
