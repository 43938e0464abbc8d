/**
 * Character tests by UTF-16 code unit for the hand-written scanners of this folder: a
 * Unicode-property regex costs ~35 ns per character in V8, a table lookup ~3. Each test says
 * which regex it stands for, and matches it exactly.
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;

/** Per BMP code unit, bit flags: 1 known, 2 letter or digit, 4 uppercase letter, 8 lowercase letter. */
const table = new Uint8Array(65536);

function flags(c: number): number {
  let f = table[c]!;
  if (f === 0) {
    // A lone surrogate is no character to a `u` regex: it matches none of these.
    const isSurrogate = c >= 0xd800 && c <= 0xdfff;
    const ch = String.fromCharCode(c);
    f = 1;
    if (!isSurrogate && LETTER_OR_DIGIT.test(ch)) f |= 2;
    if (!isSurrogate && UPPER.test(ch)) f |= 4;
    if (!isSurrogate && LOWER.test(ch)) f |= 8;
    table[c] = f;
  }
  return f;
}

/** `/[\p{L}\p{N}]/u` on one code unit (a surrogate half is not a letter). */
export function isLetterOrDigitCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (flags(c) & 2) !== 0;
}

/**
 * Length in code units (1 or 2) of the letter or digit at `i` (`[\p{L}\p{N}]` in a `u` regex,
 * astral letters included), or 0 when there is none.
 */
export function letterOrDigitAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return isLetterOrDigitCode(c) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  if (cp <= 0xffff) return 0;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? 2 : 0;
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

/** `/^\p{Lu}/u` on a code unit that is not a surrogate. */
export function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return (flags(c) & 4) !== 0;
}

/** `/^\p{Ll}/u` on a code unit that is not a surrogate. */
export function isLowerCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return (flags(c) & 8) !== 0;
}

/** `/\s/` (with or without the `u` flag: JavaScript's whitespace and line terminators). */
export function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
