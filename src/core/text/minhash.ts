/**
 * MinHash signatures over word shingles, for finding near-duplicate texts (the same wire copy
 * with small edits) without comparing every pair: texts whose signatures agree on a whole band
 * become candidates (locality-sensitive hashing), and only candidates are compared.
 *
 * See Broder, "On the resemblance and containment of documents" (1997), and Leskovec et al.,
 * Mining of Massive Datasets, ch. 3.
 */

import { LETTER, MARK, NUMBER } from './chars';
import { foldText } from './fold';
import { forEachRun } from './scan';
import { BoundedCache } from './bounded-cache';
import { fnv1a } from './fnv';

/** Words per shingle. Five words make a shingle rare enough that shared ones mean shared text. */
export const SHINGLE_WORDS = 5;
/** Hash functions per signature. */
export const NUM_HASHES = 64;
/**
 * Rows per LSH band. With 16 bands of 4 rows, a pair with Jaccard similarity s becomes a
 * candidate with probability 1 − (1 − s⁴)¹⁶: 0.99 at s = 0.6, 0.26 at s = 0.3.
 */
export const BAND_ROWS = 4;
export const NUM_BANDS = NUM_HASHES / BAND_ROWS;
/** Texts shorter than this many words are not compared: short texts match by accident. */
export const MIN_WORDS = 40;

/** FNV-1a over a string, 32 bits, unsigned. */
const fnv1aUnsigned = (s: string): number => fnv1a(s) >>> 0;

/** A 32-bit mix (murmur3's finaliser) of a value and a seed. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One run of letters, digits and marks → its folded words (usually one). */
function foldRun(run: string): string[] {
  return foldText(run).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Runs per generation of the run cache (see `BoundedCache`; 200,000 reset-only entries grew to ~30 MB a worker). */
const CACHE_RUNS = 25_000;
const runCache = new BoundedCache<string, number[]>(CACHE_RUNS);

/**
 * The FNV hashes of a text's folded words: each run of letters, digits and marks is folded
 * (`foldText`) and hashed once, then served from a cache. The same words
 * as `words(text)`, at a fraction of the cost of normalising the whole text.
 */
function wordHashes(text: string): number[] {
  const out: number[] = [];
  forEachRun(text, LETTER | NUMBER | MARK, (start, end) => {
    // ASCII runs (most words of most texts) are lowercased and hashed in place.
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c > 127) {
        h = -1;
        break;
      }
      if (c >= 65 && c <= 90) c += 32;
      h ^= c;
      h = Math.imul(h, 0x01000193);
    }
    if (h !== -1) {
      out.push(h >>> 0);
      return;
    }
    const run = text.slice(start, end);
    const hashes = runCache.get(run) ?? runCache.set(run, foldRun(run).map(fnv1aUnsigned));
    for (const x of hashes) out.push(x);
  });
  return out;
}

/** Lower-case word tokens, with umlauts and accents folded so spelling variants of a letter agree. */
export function words(text: string): string[] {
  const out: string[] = [];
  forEachRun(text, LETTER | NUMBER | MARK, (start, end) => out.push(...foldRun(text.slice(start, end))));
  return out;
}

const BIN_BITS = Math.log2(NUM_HASHES);
const EMPTY = 0xffffffff;

/**
 * The MinHash signature of a text, or null when it is too short to compare.
 *
 * One-permutation hashing with rotation densification (Shrivastava & Li, ICML 2014): each
 * shingle is hashed once; the top bits pick one of `NUM_HASHES` bins and the rest is its value;
 * a bin keeps its minimum. Empty bins borrow from the next non-empty bin to the right. This
 * estimates Jaccard similarity like 64 independent hash functions at 1/64 of the cost.
 */
export function signature(text: string): Uint32Array | null {
  const hashes = wordHashes(text);
  if (hashes.length < MIN_WORDS) return null;
  const sig = new Uint32Array(NUM_HASHES).fill(EMPTY);
  for (let i = 0; i + SHINGLE_WORDS <= hashes.length; i++) {
    // Combine the word hashes in order, so "a b c d e" and "e d c b a" differ.
    let h = 0x9747b28c;
    for (let j = 0; j < SHINGLE_WORDS; j++) h = mix(h, hashes[i + j]!);
    const bin = h >>> (32 - BIN_BITS);
    const value = h & ((1 << (32 - BIN_BITS)) - 1);
    if (value < sig[bin]!) sig[bin] = value;
  }
  for (let b = 0; b < NUM_HASHES; b++) {
    if (sig[b] !== EMPTY) continue;
    for (let step = 1; step < NUM_HASHES; step++) {
      const v = sig[(b + step) % NUM_HASHES]!;
      // Offset by the distance, so two texts borrowing from different bins do not agree by chance.
      if (v !== EMPTY && !borrowed(sig, (b + step) % NUM_HASHES)) {
        sig[b] = (v + step * 0x10000) >>> 0 | 0x80000000;
        break;
      }
    }
  }
  return sig;
}

/** Borrowed values carry the top bit, which real bin values (26 bits) never have. */
function borrowed(sig: Uint32Array, b: number): boolean {
  return (sig[b]! & 0x80000000) !== 0 && sig[b] !== EMPTY;
}

/** The estimated Jaccard similarity of two signatures: the share of positions that agree. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

/** One hash per band; texts that share any band hash are candidates. */
export function bandHashes(sig: Uint32Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < NUM_BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < BAND_ROWS; r++) h = mix(h, sig[b * BAND_ROWS + r]!);
    // Signed 32-bit, to store as an SQLite INTEGER compactly.
    out.push(h | 0);
  }
  return out;
}
