import { describe, expect, it } from 'vitest';
import { hasOddSpace } from '../../../../src/core/ingest/extract/boilerplate';
import { scanLine } from '../../../../src/core/ingest/extract/line-scan';
import { STOPWORDS, stopwordShare, stopwordLanguages } from '../../../../src/core/text/lang';
import { WordSpans } from '../../../../src/core/text/word-filter';
import { LETTER, classAt, widthAt } from '../../../../src/core/text/chars';

// The scans that look a word up where it stands, or test whitespace by code units, stand in for
// a slice-and-lookup or a pattern: on every line they must answer exactly as those do,
// including the lines where lowercasing the whole line differs from lowercasing each word.

/** Lines of function words, other words, capitals, odd spaces and case-changing letters. */
function lines(n: number): string[] {
  const bits = ['der', 'Die', 'UND', 'the', 'of', 'le', 'la', 'и', 'не', 'w', 'İst', 'ΣΑΣ', 'σας', 'Haus', 'über', 'Öl', 'x',
    ' ', ' ', '  ', '\t', '\u00a0', '\u2009', ',', '.', '-', '’', '12', 'a', 'und', 'de', 'que', 'ein', 'Über', '😀', 'ǅ'];
  let seed = 11;
  const rnd = (k: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % k; };
  return Array.from({ length: n }, () => Array.from({ length: 1 + rnd(14) }, () => bits[rnd(bits.length)]).join(rnd(3) ? ' ' : ''));
}

/** `stopwordShare` as it was: every letter run cut out and lowercased. */
function shareBySlices(text: string, lang: string): number {
  const stop = STOPWORDS[lang]!;
  let n = 0, hit = 0, i = 0;
  while (i < text.length && n < 400) {
    if ((classAt(text, i) & LETTER) === 0) { i += widthAt(text, i); continue; }
    const start = i;
    while (i < text.length && (classAt(text, i) & LETTER) !== 0) i += widthAt(text, i);
    n++;
    if (stop.has(text.slice(start, i).toLowerCase())) hit++;
  }
  return n ? hit / n : 0;
}

/** The function-word shares of `scanLine` by slices: per language and the best of all. */
function scanBySlices(text: string, lang: string | null): { stopShare: number; stopShareAny: number } {
  const byLang = new Map<string, number>();
  let n = 0, hits = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    if (n >= 400) break;
    n++;
    const w = m[0].toLowerCase();
    if (lang && STOPWORDS[lang]!.has(w)) hits++;
    for (const l of stopwordLanguages(w) ?? []) byLang.set(l, (byLang.get(l) ?? 0) + 1);
  }
  return { stopShare: lang && n ? hits / n : 0, stopShareAny: n ? Math.max(0, ...byLang.values()) / n : 0 };
}

describe('fast word scans', () => {
  it('find odd whitespace as /[^\\S ]| {2}/ does', () => {
    expect(hasOddSpace('one two')).toBe(false);
    expect(hasOddSpace('one  two')).toBe(true);
    expect(hasOddSpace('one\u00a0two')).toBe(true);
    for (const l of lines(20_000)) expect([l, hasOddSpace(l)]).toEqual([l, /[^\S ]| {2}/.test(l)]);
  });
  it('look a word up at its span as a map does with the word cut out', () => {
    const words = ['der', 'die', 'und', 'über', 'и', 'σας'];
    const spans = new WordSpans(words.map((w, k) => [w, k] as const));
    const map = new Map(words.map((w, k) => [w, k]));
    for (const l of lines(1_000).map((x) => x.toLowerCase())) {
      for (let s = 0; s < l.length; s++) for (let e = s + 1; e <= Math.min(l.length, s + 6); e++) {
        expect(spans.get(l, s, e)).toBe(map.get(l.slice(s, e)));
      }
    }
  });
  it('count function words as cutting each word out and lowercasing it does', () => {
    for (const lang of ['de', 'en', 'ru', 'fr']) {
      for (const l of lines(5_000)) {
        expect([l, stopwordShare(l, lang)]).toEqual([l, shareBySlices(l, lang)]);
        const sc = scanLine(l, lang, false);
        expect([l, sc.stopShare]).toEqual([l, scanBySlices(l, lang).stopShare]);
      }
    }
    for (const l of lines(5_000)) expect([l, scanLine(l, null, true).stopShareAny]).toEqual([l, scanBySlices(l, null).stopShareAny]);
  });
});
