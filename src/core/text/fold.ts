import { ownString } from './own-string';

/**
 * The one text fold of Parallax, in two strengths, so that search, analysis, near-duplicate
 * hashing, annotation filters and file names read a word the same way:
 *
 * - `foldText`: lowercase, `ß` → `ss`, compatibility forms to their letters (NFKD: `ﬁ` → `fi`,
 *   full-width `Ａ` → `a`) and every diacritic dropped (`é` → `e`, `ä` → `a`, `ı` → `i`, `ł` → `l`). Pure ASCII, most
 *   words of most texts, is only lowercased; other results are cached.
 * - `foldWord`: `foldText` plus the German transliterations the way Lucene's
 *   GermanNormalizationFilter folds them
 *   (https://lucene.apache.org/core/9_0_0/analysis/common/org/apache/lucene/analysis/de/GermanNormalizationFilter.html):
 *   `ae`, `oe` → a, o and `ue` → u unless `u` follows a vowel or `q` (so `Feuer`, `Quelle`
 *   keep theirs). Both sides of a search fold, so `Michael` → `michal` still meets itself.
 *
 * ```ts
 * foldText('Gespräche in Straße')  // 'gesprache in strasse'
 * foldWord('Gespraeche')           // 'gesprache'
 * ```
 */

const MARKS = /\p{M}+/gu;

/**
 * Latin letters that carry their diacritic in the letter itself, so NFKD leaves them whole:
 * Turkish `ı` (`Kılıçdaroğlu` is `Kilicdaroglu` in most German copy), Polish `ł`, Nordic `ø`,
 * South Slavic `đ`, Maltese `ħ`, the Azerbaijani schwa `ə` as names render it in English and
 * German (`Əliyev` is `Aliyev`, `Alijew`; `Məmmədov` `Mammadov`), not Lucene's `e`; ligatures as their letters (Lucene's ASCIIFoldingFilter
 * does the same).
 */
const WHOLE_LETTERS: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ŧ: 't', ə: 'a', æ: 'ae', œ: 'oe', ð: 'd', þ: 'th' };
const WHOLE_LETTER = /[ıłøđħŧəæœðþ]/g;

/** Bounds the cache of non-ASCII folds; a whole-map reset keeps it small without LRU bookkeeping. */
const CACHE_MAX = 200_000;
let folds = new Map<string, string>();

/**
 * `w.toLowerCase()`, answered without the call for lowercase ASCII (most words of a text): V8
 * lowercases a string cut from a text with any character beyond Latin-1 (German quotation
 * marks) on a slow path, ~0.1 µs a word.
 */
export function lowerCase(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return w.toLowerCase();
  }
  return w;
}

/** Lowercase, `ß` → `ss`, compatibility forms unfolded and diacritics dropped (see the module comment). */
export function foldText(s: string): string {
  return foldLowercase(lowerCase(s));
}

/** `foldText` of a string already lowercase (`foldText(l)` without lowercasing `l` again). */
export function foldLowercase(l: string): string {
  let ascii = true;
  for (let i = 0; i < l.length && ascii; i++) ascii = l.charCodeAt(i) < 128;
  if (ascii) return l;
  let f = folds.get(l);
  if (f === undefined) {
    // NFC again at the end: scripts whose letters NFKD splits into parts that are not marks
    // (Hangul) come back whole.
    f = l.replace(/ß/g, 'ss').normalize('NFKD').replace(MARKS, '').replace(WHOLE_LETTER, (c) => WHOLE_LETTERS[c]!).normalize('NFC');
    if (folds.size >= CACHE_MAX) folds = new Map();
    folds.set(ownString(l), ownString(f));
  }
  return f;
}

/** `foldText` and the German transliterations (see the module comment). `"Gespräche"` → `"gesprache"`. */
export function foldWord(word: string): string {
  let w = lowerCase(word);
  let simple = true;
  let vowelE = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c > 127) {
      simple = false;
      break;
    }
    if (c === 101 && i > 0) {
      const p = w.charCodeAt(i - 1);
      if (p === 97 || p === 111 || p === 117) vowelE = true;
    }
  }
  if (!simple) {
    w = foldText(w);
    vowelE = /[aou]e/.test(w);
  }
  if (!vowelE) return w;
  // ae/oe → a/o; ue → u unless after a vowel or q (Lucene's state machine, simplified).
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    out += c;
    if (w[i + 1] !== 'e') continue;
    if (c === 'a' || c === 'o') i++;
    else if (c === 'u' && !(i > 0 && 'aeiouyq'.includes(w[i - 1]!))) i++;
  }
  return out;
}
