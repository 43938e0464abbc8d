/**
 * The content stems of a sentence read from the word scan's runs of letters and digits
 * (`entity-tokens.ts`) instead of a scan of its characters again: the same words as
 * `contentStems` finds, as long as no letter beyond the BMP stands in the sentence (the word
 * scan reads one as a letter, `contentStems` as a break between words).
 */
import type { Span } from '../text/sentences';
import { isLetterOrDigitCode } from '../text/chars';
import { contentStems, wordStem } from './content-words';
import type { WordPass } from './entity-tokens';

/**
 * `contentStems(text, from, to)` where `[from, to)` is sentence `si` of the pass, or runs from
 * the end of sentence `si - 1` to the end of sentence `si` across a gap without letters or digits.
 */
export function passStems(text: string, pass: WordPass, from: number, to: number): string[] {
  const si = sentenceEndingAt(pass.sentences, to);
  if (si < 0 || pass.wide[si] || !onlyGap(text, from, pass.sentences[si]!)) return contentStems(text, from, to);
  const out: string[] = [];
  for (let a = pass.runFrom[si]!; a < pass.runTo[si]!; a++) {
    const stem = wordStem(text, pass.runStart[a]!, pass.runEnd[a]!);
    if (stem !== null) out.push(stem);
  }
  return out;
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
