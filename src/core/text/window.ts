/**
 * Longest sentence a stored row carries as a copy, in characters. A date mention and a timeline
 * row keep their sentence for one line of the timeline; text without a sentence break (a
 * person's edit, a pasted table) made a copy of the whole text per date, quadratic in memory.
 */
export const MAX_SENTENCE_CHARS = 400;

/** Characters of the window kept before the mention when a sentence is cut. */
const BEFORE_MENTION = 160;

const SPACE = /\s/;

/**
 * The stretch `[from, to)` of `text` when it is at most `max` long, else a window of it around
 * offset `at` (where the mention starts): at most `max` characters, cut at spaces rather than
 * inside a word (unless that would cut into the mention), without blanks at its ends.
 */
export function windowAround(text: string, from: number, to: number, at: number, max = MAX_SENTENCE_CHARS): [number, number] {
  if (to - from <= max) return [from, to];
  let lo = Math.max(from, Math.min(at, to) - BEFORE_MENTION);
  let hi = Math.min(to, lo + max);
  lo = Math.max(from, hi - max);
  if (lo > from && !SPACE.test(text[lo - 1]!)) {
    let k = lo;
    while (k < at && !SPACE.test(text[k]!)) k++;
    if (k < at) lo = k + 1;
  }
  if (hi < to && !SPACE.test(text[hi]!)) {
    let k = hi - 1;
    while (k > at && !SPACE.test(text[k]!)) k--;
    if (k > at) hi = k;
  }
  while (lo < hi && SPACE.test(text[lo]!)) lo++;
  while (hi > lo && SPACE.test(text[hi - 1]!)) hi--;
  return [lo, hi];
}
