/**
 * Fast scanning of text by Unicode character class. Extraction looks at every word of every
 * article several times (language, word counts, date triggers, shingles); V8 runs a
 * Unicode-property regex such as `/[\p{L}\p{N}]+/gu` at ~35 ns a character, this table-driven
 * scanner at a few. The classes agree with the regex properties, astral characters included.
 */

/** Character class bits. */
export const LETTER = 1;
export const NUMBER = 2;
export const MARK = 4;
/** Han, kana and Hangul: each character counts as a word of its own. */
export const CJK = 8;

const KNOWN = 128;
const IS_L = /\p{L}/u;
const IS_N = /\p{N}/u;
const IS_M = /\p{M}/u;
const IS_CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;

/** Per BMP code unit: KNOWN | class bits, 0 until first seen. */
const bmp = new Uint8Array(65536);
const astral = new Map<number, number>();

function classify(ch: string): number {
  return (IS_L.test(ch) ? LETTER : 0) | (IS_N.test(ch) ? NUMBER : 0) | (IS_M.test(ch) ? MARK : 0) | (IS_CJK.test(ch) ? CJK : 0);
}

/** The class bits of a BMP code unit (surrogates have none). */
export function classOfUnit(c: number): number {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? LETTER : c >= 48 && c <= 57 ? NUMBER : 0;
  let k = bmp[c]!;
  if (k === 0) {
    k = KNOWN | (c >= 0xd800 && c <= 0xdfff ? 0 : classify(String.fromCharCode(c)));
    bmp[c] = k;
  }
  return k & ~KNOWN;
}

/** The class bits of the character starting at `i` (a surrogate pair read as one code point). */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return classOfUnit(c);
  const d = text.charCodeAt(i + 1);
  if (!(d >= 0xdc00 && d <= 0xdfff)) return 0;
  const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  let k = astral.get(cp);
  if (k === undefined) {
    k = classify(String.fromCodePoint(cp));
    astral.set(cp, k);
  }
  return k;
}

/** Code units of the character starting at `i`: 2 for a surrogate pair, else 1. */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

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
