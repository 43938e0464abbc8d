/**
 * One pass over a line's sample for the measures of `features.ts`: character counts (digits,
 * commas, separators, CJK, letters), capitals at word starts, the function-word share and the
 * vocabulary tokens. They were five passes, two of them per language when the page's language
 * is unknown; each count here is exactly what its own pass gave (`tests/.../line-scan.test.ts`).
 */
import { LETTER, LOWER, UPPER, classAt, classOfUnit } from '../../text/chars';
import { WordFilter } from '../../text/word-filter';
import { LONGEST_STOPWORD, STOPWORDS, stopwordLanguages } from '../../text/lang';

/** Characters of a line its vocabulary tokens are read from. */
const TOKEN_SAMPLE_CHARS = 200;
/** Tokens of a line looked up in the vocabulary: UI words stand at the start of short lines. */
const VOCAB_TOKENS = 12;
/** Words of a line whose capitals are counted. */
const CAPS_WORDS = 60;
/** Words of a line read for the function-word share (as `stopwordShare`). */
const SHARE_MAX_WORDS = 400;
const LANGS = Object.keys(STOPWORDS);

/** What one pass over a line finds. */
export interface LineScan {
  digits: number;
  letters: number;
  commas: number;
  /** `|`, `·`, `•`, `/`, `–`, `—`. */
  seps: number;
  cjk: number;
  /** Whitespace-separated words seen (at most `CAPS_WORDS`) and how many start with a capital. */
  capsWords: number;
  capitalised: number;
  hasUpper: boolean;
  hasLower: boolean;
  /** Function-word share in `lang` (`stopwordShare`), and the best share over all languages. */
  stopShare: number;
  stopShareAny: number;
  /** The first letter runs of two or more letters (lowercased) in the first 200 characters. */
  tokens: string[];
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

/**
 * Scans `t` once. `lang` picks the function words of `stopShare` (0 when it has none);
 * `anyLang` also computes `stopShareAny` (else it is 0), which costs a lookup per short word.
 */
export function scanLine(t: string, lang: string | null, anyLang: boolean): LineScan {
  const stop = lang ? STOPWORDS[lang] : undefined;
  const byLang = anyLang ? new Map<string, number>() : null;
  const filter = byLang ? ANY_FILTER : lang ? STOP_FILTERS.get(lang) : undefined;
  let digits = 0, letters = 0, commas = 0, seps = 0, cjk = 0;
  let capsWords = 0, capitalised = 0, hasUpper = false, hasLower = false;
  let runs = 0, hits = 0;
  const tokens: string[] = [];
  // The letter run being read: its start, its letters before the token cut, the cut.
  let runStart = -1, tokLetters = 0, tokEnd = -1;
  // Whether the previous code unit was a space (a word starts after one).
  let prevSpace = true;
  const len = t.length;
  // Words are cut from the line lowercased once, where that is the same as lowercasing each
  // word: when no character changes length (`İ`) and no `Σ` (final sigma looks past the word).
  let lower = t.toLowerCase();
  const byWord = lower.length !== len || t.includes('Σ');
  if (byWord) lower = t;
  // One step past the end closes the last run; the loop reads each code unit once.
  for (let k = 0; k <= len; ) {
    let cls = 0, w = 1;
    if (k < len) {
      const c = t.charCodeAt(k);
      if (c < 128) {
        cls = ASCII[c]!;
        if (c >= 48 && c <= 57) digits++;
        else if (c === 44) commas++;
        else if (c === 124 || c === 47) seps++;
        else if (c > 64) letters++;
      } else if (c >= 0xd800 && c <= 0xdbff && k + 1 < len && (t.charCodeAt(k + 1) & 0xfc00) === 0xdc00) {
        cls = classAt(t, k);
        w = 2;
        letters += 2;
      } else {
        cls = classOfUnit(c);
        if (c === 0x3001) commas++;
        else if (c === 0xb7 || c === 0x2022 || c === 0x2013 || c === 0x2014) seps++;
        else if (c >= 0x3040 && c <= 0xd7af) cjk++;
        else letters++;
      }
      if (cls & UPPER) hasUpper = true;
      else if (cls & LOWER) hasLower = true;
      const space = isSpace(c);
      if (prevSpace && !space && capsWords < CAPS_WORDS) {
        capsWords++;
        if (cls & UPPER) capitalised++;
      }
      prevSpace = space;
      if (cls & LETTER) {
        if (runStart < 0) { runStart = k; tokLetters = 0; tokEnd = -1; }
        if (k < TOKEN_SAMPLE_CHARS) tokLetters++;
        else if (tokEnd < 0) tokEnd = k;
        k += w;
        continue;
      }
    }
    if (runStart >= 0) {
      // The run [runStart, k) ends: a word for the function-word share, maybe a token.
      if (runs < SHARE_MAX_WORDS) {
        runs++;
        if (k - runStart <= LONGEST_STOPWORD && filter && (byWord || filter.mayHave(lower, runStart, k))) {
          const word = byWord ? t.slice(runStart, k).toLowerCase() : lower.slice(runStart, k);
          if (stop?.has(word)) hits++;
          if (byLang) for (const l of stopwordLanguages(word) ?? []) byLang.set(l, (byLang.get(l) ?? 0) + 1);
        }
      }
      if (runStart < TOKEN_SAMPLE_CHARS && tokens.length < VOCAB_TOKENS && tokLetters >= 2) {
        const end = tokEnd >= 0 ? tokEnd : k;
        tokens.push(byWord ? t.slice(runStart, end).toLowerCase() : lower.slice(runStart, end));
      }
      runStart = -1;
    }
    k += w;
  }
  let best = 0;
  if (byLang) for (const l of LANGS) best = Math.max(best, byLang.get(l) ?? 0);
  return {
    digits, letters, commas, seps, cjk, capsWords, capitalised, hasUpper, hasLower, tokens,
    stopShare: stop && runs ? hits / runs : 0,
    stopShareAny: runs ? best / runs : 0,
  };
}

/** Which words may be function words, per language and of any language. */
const STOP_FILTERS = new Map(LANGS.map((l) => [l, new WordFilter(STOPWORDS[l]!)]));
const ANY_FILTER = new WordFilter(LANGS.flatMap((l) => [...STOPWORDS[l]!]));

/** Class bits of the ASCII code units (as `classOfUnit`). */
const ASCII = Uint8Array.from({ length: 128 }, (_, c) => classOfUnit(c));
