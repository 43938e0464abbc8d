/**
 * Character classes by UTF-16 code unit, for every hand-written scanner of Parallax
 * (extraction, search analysis, compare): V8 runs a Unicode-property regex at ~35 ns a
 * character, a table lookup at ~3. Each test says which regex it stands for and matches it
 * exactly; a lone surrogate is no character to a `u` regex, so it is in no class.
 */

/** Class bits. */
export const LETTER = 1;
export const NUMBER = 2;
export const MARK = 4;
/** Han, kana and Hangul blocks: each character counts as a word of its own. */
export const CJK = 8;
export const UPPER = 16;
export const LOWER = 32;

const KNOWN = 128;
const IS_L = /\p{L}/u;
const IS_N = /\p{N}/u;
const IS_M = /\p{M}/u;
const IS_LU = /\p{Lu}/u;
const IS_LL = /\p{Ll}/u;
const IS_CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;

/** Per BMP code unit: KNOWN | class bits, 0 until first seen. */
const bmp = new Uint8Array(65536);
const astral = new Map<number, number>();

function classify(ch: string): number {
  return (
    (IS_L.test(ch) ? LETTER : 0) |
    (IS_N.test(ch) ? NUMBER : 0) |
    (IS_M.test(ch) ? MARK : 0) |
    (IS_CJK.test(ch) ? CJK : 0) |
    (IS_LU.test(ch) ? UPPER : 0) |
    (IS_LL.test(ch) ? LOWER : 0)
  );
}

/** The class bits of a BMP code unit (surrogates have none). */
export function classOfUnit(c: number): number {
  if (c < 128) {
    if (c >= 97 && c <= 122) return LETTER | LOWER;
    if (c >= 65 && c <= 90) return LETTER | UPPER;
    return c >= 48 && c <= 57 ? NUMBER : 0;
  }
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
export function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** `/[\p{L}\p{N}]/u` on one code unit (a surrogate half is not a letter). */
export function isLetterOrDigitCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (classOfUnit(c) & (LETTER | NUMBER)) !== 0;
}

/** `/^\p{Lu}/u` on a code unit that is not a surrogate. */
export function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return (classOfUnit(c) & UPPER) !== 0;
}

/** `/^\p{Ll}/u` on a code unit that is not a surrogate. */
export function isLowerCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return (classOfUnit(c) & LOWER) !== 0;
}

/**
 * Length in code units (1 or 2) of the letter or digit at `i` (`[\p{L}\p{N}]` in a `u` regex,
 * astral letters included), or 0 when there is none.
 */
export function letterOrDigitAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return 0;
  return (classAt(text, i) & (LETTER | NUMBER)) !== 0 ? widthAt(text, i) : 0;
}

/**
 * Length in code units of the letter or digit that ends just before `i` (see
 * `letterOrDigitAt`), or 0 — the test of a `(?<![\p{L}\p{N}])` lookbehind.
 */
export function letterOrDigitBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const c = text.charCodeAt(i - 1);
  if (c < 0xdc00 || c > 0xdfff) return isLetterOrDigitCode(c) ? 1 : 0;
  return i >= 2 && letterOrDigitAt(text, i - 2) === 2 ? 2 : 0;
}

/** `/\s/` (with or without the `u` flag: JavaScript's whitespace and line terminators). */
export function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
