import { stemmer } from '@orama/stemmers/german';
import { isLetterOrDigitCode } from './chars';
import { foldWord } from './fold';

/**
 * The words of a text as search and analysis read them: a scanner over letters and digits,
 * each word folded (`fold.ts`) and stemmed with the Snowball German stemmer, both cached.
 * Everything here is pure and synchronous.
 */

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
/** Bounds the word caches; a whole-map reset keeps them small without LRU bookkeeping. */
const CACHE_MAX = 400_000;
let stemCache = new Map<string, string>();
let wordCache = new Map<string, [folded: string, stem: string]>();

/** The Snowball German stem of a folded word, cached (stemming is ~1 µs, a lookup ~50 ns). */
export function stemWord(folded: string): string {
  let s = stemCache.get(folded);
  if (s === undefined) {
    s = folded.length <= 2 ? folded : stemmer(folded);
    if (stemCache.size >= CACHE_MAX) stemCache = new Map();
    stemCache.set(folded, s);
  }
  return s;
}

/** A word as it stands in a text → its folded form and stem, cached. */
export function analyzeWord(raw: string): [folded: string, stem: string] {
  let r = wordCache.get(raw);
  if (r === undefined) {
    const folded = foldWord(raw);
    r = [folded, stemWord(folded)];
    if (wordCache.size >= CACHE_MAX) wordCache = new Map();
    wordCache.set(raw, r);
  }
  return r;
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
