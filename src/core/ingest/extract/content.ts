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
import { stopwordShare } from '../../text/lang';

/** Prose lines have at least this many words (a short sentence), … */
const PROSE_MIN_WORDS = 15;
/** … or this many without a final stop (long unpunctuated text still reads as prose). */
const PROSE_LONG_WORDS = 30;
/** A short line that ends like a sentence and is full of function words still counts a bit. */
const SENTENCE_MIN_WORDS = 7;
const SENTENCE_MIN_STOPSHARE = 0.2;
/** Value of an unpunctuated short line: menus and headline lists cost this much per line, … */
const SHORT_LINE_VALUE = -1.5;
/** … plus this much per word (a headline of another article costs more than "Share"), … */
const SHORT_LINE_PER_WORD = -0.3;
/** … up to this floor. */
const SHORT_LINE_FLOOR = -6;
/**
 * Prose with no prose on either side (a teaser between two headlines of a "related" list) is
 * worth this share of its words minus `ISOLATED_COST`; article paragraphs have neighbours.
 */
const ISOLATED_SHARE = 0.4;
const ISOLATED_COST = 6;
/** Furniture that usually ends an article ("Related", comment headings, share bars). */
const BREAK_VALUE = -40;
const BREAK_LABELS = new Set(['related', 'comments-header', 'comment-rules', 'share', 'follow', 'donation', 'footer', 'paywall']);
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

/** How earlier steps classed a line: unclaimed, furniture (with its label), caption, comment. */
export type LineClass = { type: 'free' } | { type: 'label'; label: string } | { type: 'neutral' } | { type: 'wall' };

/**
 * The value of every line; see the file comment. A prose line's value depends on its
 * neighbours (isolated teasers are discounted), so all lines are valued together.
 */
export function lineValues(lines: Line[], classes: LineClass[], lang: string | null): number[] {
  classes = neutraliseEnclosedLists(lines, classes, lang);
  const prose = lines.map((l, i) => classes[i]!.type === 'free' && isProse(l, lang));
  const values: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const c = classes[i]!;
    const line = lines[i]!;
    if (c.type === 'wall') values.push(WALL);
    else if (c.type === 'label') {
      // A share bar or a "related" block costs once, however many lines it has: an article may
      // be interrupted by a gallery with its own share buttons and still go on.
      const prev = classes[i - 1];
      const runContinues = prev?.type === 'label' && BREAK_LABELS.has(prev.label);
      values.push(BREAK_LABELS.has(c.label) && !runContinues ? BREAK_VALUE : LABELLED_VALUE);
    }
    else if (c.type === 'neutral') values.push(0);
    else if (prose[i]) {
      const isolated = !neighbourIsProse(classes, prose, i, -1) && !neighbourIsProse(classes, prose, i, 1);
      values.push(isolated ? line.words * ISOLATED_SHARE - ISOLATED_COST : line.words);
    } else if (line.isSentence && line.words >= 4) values.push(line.words * 0.2);
    else values.push(Math.max(SHORT_LINE_FLOOR, SHORT_LINE_VALUE + SHORT_LINE_PER_WORD * line.words));
  }
  return values;
}

/** Is the nearest line in direction `dir` that is not a caption prose? */
function neighbourIsProse(classes: LineClass[], prose: boolean[], i: number, dir: -1 | 1): boolean {
  for (let j = i + dir; j >= 0 && j < classes.length; j += dir) {
    if (classes[j]!.type === 'neutral') continue;
    return prose[j]!;
  }
  return false;
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

/**
 * The span for a text too short to hold a paragraph of prose (a pasted snippet, a wire flash):
 * every unclaimed line is the article, except a first short line without a final stop, which
 * is left above the span for the header to read as the title. Null when no line is unclaimed.
 */
export function shortTextSpan(lines: Line[], classes: LineClass[]): [number, number] | null {
  // Only lines with letters: control characters or stray symbols are not an article.
  const free = classes.flatMap((c, i) => (c.type === 'free' && /\p{L}/u.test(lines[i]!.text) ? [i] : []));
  if (free.length === 0) return null;
  const first = free[0]!;
  const last = free[free.length - 1]!;
  const titleShaped = !lines[first]!.isSentence && lines[first]!.words <= 20;
  if (free.length > 1 && titleShaped) return [free[1]!, last];
  return [first, last];
}

/** A line that starts with a list marker: a dash, bullet or number and a space. */
const LIST_MARKER = /^\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s+\S/u;

/**
 * A run of marked list items with article text on both sides (`– Russland kontrolliert …`
 * between two paragraphs) belongs to the article however short its items are, so it is
 * neutral like a caption; an unmarked run of short lines (a menu) is not. Returns new classes.
 */
function neutraliseEnclosedLists(lines: Line[], classes: LineClass[], lang: string | null): LineClass[] {
  const out = [...classes];
  const textLike = (i: number) => classes[i]?.type === 'free' && (isProse(lines[i]!, lang) || (lines[i]!.isSentence && lines[i]!.words >= 4));
  for (let i = 0; i < lines.length; i++) {
    if (classes[i]!.type !== 'free' || !LIST_MARKER.test(lines[i]!.text)) continue;
    let j = i;
    while (j + 1 < lines.length && classes[j + 1]!.type === 'free' && LIST_MARKER.test(lines[j + 1]!.text)) j++;
    if (textLike(i - 1) && textLike(j + 1)) for (let k = i; k <= j; k++) out[k] = { type: 'neutral' };
    i = j;
  }
  return out;
}
