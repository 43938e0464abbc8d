import { stemmer } from '@orama/stemmers/german';
import { isLetterOrDigitCode } from './chars';
import { foldWord } from './fold';
import { BoundedCache } from './bounded-cache';
import { ownString } from './own-string';
import { SpanCache } from './span-cache';

/**
 * The words of a text as search and analysis read them: a scanner over letters and digits,
 * each word folded (`fold.ts`) and stemmed with the Snowball German stemmer, both cached.
 * Everything here is pure and synchronous.
 */

/** Tokens longer than this are not words (base64, URLs glued together); they are skipped. */
export const MAX_TOKEN_CHARS = 48;

/**
 * Calls `fn(start, end)` for every word (a run of letters and digits, read per code unit, so
 * astral characters are not words) of `text`, or of `text[from, to)` as if it stood alone. A
 * hand-written scanner (see `text/chars.ts`).
 */
export function forEachWord(text: string, fn: (start: number, end: number) => void, from = 0, to = text.length): void {
  const n = to;
  let i = from;
  while (i < n) {
    while (i < n && !isLetterOrDigitCode(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && isLetterOrDigitCode(text.charCodeAt(i))) i++;
    fn(start, i);
  }
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

/**
 * Slots of `analyzeSpan`'s memo per generation (16,384: up to 8,192 words each; both full held
 * 6 MB of heap, measured over 3,000 reports' words): a result page's texts hold a few thousand
 * distinct words, so it keeps a page or two; made on the first call, so a thread that never
 * reads a text this way (an extraction worker, an import) holds none of it.
 */
const SPAN_SLOTS = 1 << 14;
let spanWords: SpanCache<[folded: string, stem: string]> | null = null;

/**
 * `analyzeWord(text.slice(start, end))`, looked up by the word's place in the text: a known word
 * makes no string (`SpanCache`), where `analyzeWord` cuts and hashes a new one per occurrence.
 * For reading whole texts word by word (search highlights every word of every hit's body).
 */
export function analyzeSpan(text: string, start: number, end: number): [folded: string, stem: string] {
  spanWords ??= new SpanCache(SPAN_SLOTS);
  const known = spanWords.get(text, start, end);
  if (known) return known;
  const [folded, stem] = analyzeWord(text.slice(start, end));
  // Owned copies: `analyzeWord` returns a new word's strings as cut, views into `text`.
  return spanWords.set(text, start, end, [ownString(folded), ownString(stem)]);
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
