/**
 * The timeline keys' words of a sentence — its content stems and the words its figures are read
 * from — taken from the word scan's runs of letters and digits (`entity-tokens.ts`) instead of
 * two scans of its characters again: the same words as `contentStems` and `numberTokens` find,
 * as long as no letter beyond the BMP stands in the sentence (the word scan reads one as a
 * letter, those scans as a break between words).
 */
import type { Span } from '../text/sentences';
import { isLetterOrDigitCode } from '../text/chars';
import { contentStems, wordStem } from './content-words';
import { numberTokens } from './numbers';
import type { WordPass } from './entity-tokens';

/**
 * `contentStems(text, from, to)` where `[from, to)` is sentence `si` of the pass, or runs from
 * the end of sentence `si - 1` to the end of sentence `si` across a gap without letters or digits.
 */
export function passStems(text: string, pass: WordPass, from: number, to: number): string[] {
  const si = passSentence(text, pass, from, to);
  if (si < 0) return contentStems(text, from, to);
  const out: string[] = [];
  for (let a = pass.runFrom[si]!; a < pass.runTo[si]!; a++) {
    const stem = wordStem(text, pass.runStart[a]!, pass.runEnd[a]!);
    if (stem !== null) out.push(stem);
  }
  return out;
}

/**
 * `numberTokens(text, from, to)` (`numbers.ts`) for the same ranges as `passStems`: runs joined
 * by `,` `.` `'` `’` `-` alone (`1.000`, `4,5`, `28-Punkte-Plan`) make one word.
 */
export function passFigureWords(text: string, pass: WordPass, from: number, to: number): number[] {
  const si = passSentence(text, pass, from, to);
  if (si < 0) return numberTokens(text, from, to);
  const out: number[] = [];
  const last = pass.runTo[si]! - 1;
  for (let a = pass.runFrom[si]!; a <= last; a++) {
    const start = pass.runStart[a]!;
    while (a < last && onlyJoiners(text, pass.runEnd[a]!, pass.runStart[a + 1]!)) a++;
    out.push(start, pass.runEnd[a]!);
  }
  return out;
}

/** `text[from, to)` is not empty and holds only `,` `.` `'` `’` `-`. */
function onlyJoiners(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 44 && c !== 46 && c !== 39 && c !== 0x2019 && c !== 45) return false;
  }
  return true;
}

/** The sentence of the pass whose runs are all the words of `[from, to)` (see `passStems`), or -1. */
function passSentence(text: string, pass: WordPass, from: number, to: number): number {
  const si = sentenceEndingAt(pass.sentences, to);
  return si < 0 || pass.wide[si] || !onlyGap(text, from, pass.sentences[si]!) ? -1 : si;
}

/** The index of the sentence that ends at `end` (the sentences in text order), or -1. */
function sentenceEndingAt(sentences: Span[], end: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = sentences[mid]!.end;
    if (e < end) lo = mid + 1;
    else if (e > end) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** `[from, s.start)` holds no letter or digit (and `from` is not inside `s`). */
function onlyGap(text: string, from: number, s: Span): boolean {
  if (from > s.start) return false;
  for (let i = from; i < s.start; i++) if (isLetterOrDigitCode(text.charCodeAt(i))) return false;
  return true;
}
