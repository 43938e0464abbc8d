/**
 * Finds the article's main run of text: the span of lines with the largest total "prose value".
 *
 * Each line gets a value: prose lines (long, ending like sentences, full of function words)
 * count plus their word count; short, unpunctuated lines (menus, buttons, headlines of other
 * articles) count a little minus; labelled furniture more minus; comments are a wall. The span
 * with the maximum sum (Kadane's algorithm, linear) is the article: headings and list items
 * inside it survive because the prose around them outweighs them, while a menu of forty links
 * or a list of related headlines costs more than a lone footer paragraph brings.
 */
import type { Line } from './segment';
import { stopwordShare } from './lang';

/** Prose lines have at least this many words (a short sentence), … */
const PROSE_MIN_WORDS = 15;
/** … or this many without a final stop (long unpunctuated text still reads as prose). */
const PROSE_LONG_WORDS = 30;
/** A short line that ends like a sentence and is full of function words still counts a bit. */
const SENTENCE_MIN_WORDS = 7;
const SENTENCE_MIN_STOPSHARE = 0.2;
/** Value of an unpunctuated short line: menus and headline lists cost this much per line. */
const SHORT_LINE_VALUE = -1.5;
/** Value of a line labelled as furniture. */
const LABELLED_VALUE = -3;
/** Comments are never part of the article: their value walls the span in. */
const WALL = -1e9;

/** Is this line prose (a paragraph of running text)? */
export function isProse(line: Line, lang: string | null): boolean {
  if (line.words >= PROSE_LONG_WORDS) return true;
  if (line.words >= PROSE_MIN_WORDS && line.isSentence) return true;
  if (line.words >= SENTENCE_MIN_WORDS && line.isSentence) {
    const cjk = lang === 'zh' || lang === 'ja' || lang === 'ko';
    return cjk || stopwordShare(line.text, lang) >= SENTENCE_MIN_STOPSHARE || lang === null;
  }
  return false;
}

/** The value of one line; see the file comment. `kind` is what earlier steps decided. */
export function lineValue(line: Line, kind: 'free' | 'label' | 'neutral' | 'wall', lang: string | null): number {
  if (kind === 'wall') return WALL;
  if (kind === 'label') return LABELLED_VALUE;
  if (kind === 'neutral') return 0;
  if (isProse(line, lang)) return line.words;
  if (line.isSentence && line.words >= 4) return line.words * 0.2;
  return SHORT_LINE_VALUE;
}

/**
 * The maximum-sum span of `values` as `[first, last]` line indices, or null when no line has a
 * positive value (no prose at all).
 */
export function bestSpan(values: number[]): [number, number] | null {
  let best = 0, bestStart = -1, bestEnd = -1;
  let sum = 0, start = 0;
  for (let i = 0; i < values.length; i++) {
    if (sum <= 0) { sum = 0; start = i; }
    sum += values[i]!;
    if (sum > best) { best = sum; bestStart = start; bestEnd = i; }
  }
  return bestStart < 0 ? null : [bestStart, bestEnd];
}
