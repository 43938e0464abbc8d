/**
 * Fast scanning of text by Unicode character class (see `chars.ts`). Extraction looks at every
 * word of every article several times (language, word counts, date triggers, shingles); these
 * scanners find what `/\p{L}+/gu` or `/[\p{L}\p{N}]+/gu` would, astral characters included,
 * at a fraction of the cost.
 */

import { CJK, LETTER, NUMBER, classAt, widthAt } from './chars';

/**
 * Calls `fn(start, end)` for every maximal run of characters whose class shares a bit with
 * `mask`: `LETTER` gives the matches of `/\p{L}+/gu`, `LETTER | NUMBER` those of
 * `/[\p{L}\p{N}]+/gu`.
 */
export function forEachRun(text: string, mask: number, fn: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if ((classAt(text, i) & mask) === 0) {
      i += widthAt(text, i);
      continue;
    }
    const start = i;
    i += widthAt(text, i);
    while (i < n && (classAt(text, i) & mask) !== 0) i += widthAt(text, i);
    fn(start, i);
  }
}

/**
 * Calls `fn(start, end, cjk)` for every word as `/[CJK]|[\p{L}\p{N}]+/gu` finds them: a
 * character of the Han, kana or Hangul blocks is a word of its own (`cjk` true) unless a run
 * of letters and digits has already started; any other run of letters and digits is one word.
 */
export function forEachWordOrCjk(text: string, fn: (start: number, end: number, cjk: boolean) => void): void {
  const n = text.length;
  const word = LETTER | NUMBER;
  let i = 0;
  while (i < n) {
    const cls = classAt(text, i);
    const w = widthAt(text, i);
    // A CJK character is a word even when it is punctuation (`・`), as in the regex.
    if (cls & CJK) {
      fn(i, i + w, true);
      i += w;
      continue;
    }
    if ((cls & word) === 0) {
      i += w;
      continue;
    }
    const start = i;
    i += w;
    while (i < n && (classAt(text, i) & word) !== 0) i += widthAt(text, i);
    fn(start, i, false);
  }
}
