import { stemmer } from '@orama/stemmers/german';
import { isLetterOrDigitCode } from '../text/chars';
import { BoundedCache } from '../text/bounded-cache';

/**
 * German text normalisation shared by the index and the query side, so both read a word the
 * same way. Everything here is pure and synchronous.
 *
 * - `foldWord` lowercases and folds umlauts and ß the way Lucene's GermanNormalizationFilter
 *   does (https://lucene.apache.org/core/9_0_0/analysis/common/org/apache/lucene/analysis/de/GermanNormalizationFilter.html):
 *   ä/ö/ü → a/o/u, ß → ss, and the transliterations `ae`, `oe` → a, o and `ue` → u unless
 *   `u` follows a vowel or `q` (so `Feuer`, `Quelle` keep theirs). Other diacritics are
 *   stripped (é → e). Both sides fold, so `Michael` → `michal` still meets itself.
 * - `stemWord` applies the Snowball German stemmer to a folded word (cached).
 * - `headKey` is the reversed stem of a long word: a prefix query on it finds every word whose
 *   stem ends with the query's stem, i.e. compound heads (`krieg` → `Ukrainekriegs`).
 */

/** Words at least this long (folded) are indexed as possible compounds (`headKey`). */
export const MIN_COMPOUND_CHARS = 8;
/**
 * A query stem must be at least this long to match compound heads: shorter ones (`rat`,
 * `end`) end too many unrelated words (`Apparat`, every present participle in `-end`).
 */
export const MIN_HEAD_STEM = 4;
/** Tokens longer than this are not words (base64, URLs glued together); they are skipped. */
export const MAX_TOKEN_CHARS = 48;

/**
 * Calls `fn(start, end)` for every word (a run of letters and digits, read per code unit, so
 * astral characters are not words) of `text`. A hand-written scanner (see `text/chars.ts`).
 */
export function forEachWord(text: string, fn: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isLetterOrDigitCode(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && isLetterOrDigitCode(text.charCodeAt(i))) i++;
    fn(start, i);
  }
}
const MARKS = /\p{M}+/gu;

/** Lowercases and folds one word (see the module comment). `"Gespräche"` → `"gesprache"`. */
export function foldWord(word: string): string {
  let w = word.toLowerCase();
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
    w = w.replace(/ß/g, 'ss').normalize('NFD').replace(MARKS, '').normalize('NFC');
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

/**
 * Words per generation of each cache (see `BoundedCache`). A library's vocabulary grows with
 * it (names, compounds, misspellings): 400,000-entry caches that were only ever reset filled
 * to ~100 MB in each extraction worker by 10,000 articles. 50,000 of the most recent words
 * keep the hit rate (running text is mostly the same few thousand words) at a tenth the size.
 */
const CACHE_WORDS = 50_000;
const stemCache = new BoundedCache<string, string>(CACHE_WORDS);
const wordCache = new BoundedCache<string, [folded: string, stem: string]>(CACHE_WORDS);

/** The Snowball German stem of a folded word, cached (stemming is ~1 µs, a lookup ~50 ns). */
export function stemWord(folded: string): string {
  return stemCache.get(folded) ?? stemCache.set(folded, folded.length <= 2 ? folded : stemmer(folded));
}

/** A word as it stands in a text → its folded form and stem, cached. */
export function analyzeWord(raw: string): [folded: string, stem: string] {
  const r = wordCache.get(raw);
  if (r !== undefined) return r;
  const folded = foldWord(raw);
  return wordCache.set(raw, [folded, stemWord(folded)]);
}

/** The compound-head key of a stem: the stem reversed. */
export function headKey(stem: string): string {
  let r = '';
  for (let i = stem.length - 1; i >= 0; i--) r += stem[i];
  return r;
}

/** The index terms a typed prefix (`Vers*`) stands for: stems that start with `prefix`, or equal one of `exact`. */
export interface PrefixTerms {
  prefix: string;
  exact: string[];
}

/**
 * What a prefix query asks the index for. A prefix means words that *begin with the typed
 * letters*: `vers*` is Versuch and Versorgung, not Verhandlung. The index holds stems, and a
 * Snowball stem is a prefix of its folded word, so a word beginning with the folded prefix `p`
 * has a stem that begins with `p` or, when stemming cut into `p` (`Gespräche*` → stem
 * `gesprach`), a stem that is a shorter prefix of `p`; those are the `exact` terms, from the
 * prefix's own stem up. (Stemming the prefix itself turned `vers*` into `ver*`, a third of the
 * vocabulary: wrong matches, and ~35 ms per evaluation at 100k articles.)
 */
export function prefixTerms(folded: string, stem: string): PrefixTerms {
  const exact: string[] = [];
  if (!folded.startsWith(stem)) exact.push(stem);
  else for (let k = stem.length; k < folded.length; k++) exact.push(folded.slice(0, k));
  return { prefix: folded, exact };
}

/** One word of a text with its place: `[start, end)` UTF-16 offsets into the text. */
export interface Token {
  start: number;
  end: number;
  folded: string;
  stem: string;
}

/** The words of `text` with offsets (shifted by `base`), folded and stemmed. */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  forEachWord(text, (s, e) => {
    if (e - s > MAX_TOKEN_CHARS) return;
    const [folded, stem] = analyzeWord(text.slice(s, e));
    out.push({ start: base + s, end: base + e, folded, stem });
  });
  return out;
}

/** The index columns of one text: its stems, and the head keys of its long words. */
export interface IndexedText {
  stems: string;
  heads: string;
}

/** Turns text into what the FTS5 columns store: space-separated stems and head keys. */
export function indexText(text: string): IndexedText {
  // The ingest hot path (~450 words an article): the scanner is inlined and the columns are
  // built as strings directly, which is about a third faster than tokens plus join.
  let stems = '';
  let heads = '';
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isLetterOrDigitCode(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && isLetterOrDigitCode(text.charCodeAt(i))) i++;
    if (i - start > MAX_TOKEN_CHARS) continue;
    const [folded, stem] = analyzeWord(text.slice(start, i));
    stems = stems === '' ? stem : `${stems} ${stem}`;
    if (folded.length >= MIN_COMPOUND_CHARS) heads = heads === '' ? headKey(stem) : `${heads} ${headKey(stem)}`;
  }
  return { stems, heads };
}
