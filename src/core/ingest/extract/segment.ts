/**
 * Cuts text into lines with offsets and the measurements the other steps decide on.
 *
 * A line is the unit of classification: plain-text pages (a scraper's output, a select-all
 * copy, `innerText`) put one paragraph, heading, menu item or caption per line. Blank lines are
 * kept as a property of their neighbours (`blankBefore`/`blankAfter`), because a run of lines
 * with no blank between them is typical of menus and lists, while paragraphs stand apart.
 */

import { forEachWordOrCjk } from '../../text/scan';

/** One non-blank line of the canonical text. */
export interface Line {
  /** Index in the list of non-blank lines. */
  i: number;
  /** Offsets of the trimmed line in the canonical text. */
  start: number;
  end: number;
  /** The trimmed line. */
  text: string;
  /** Leading spaces/tabs before the text (tabs count as 4). */
  indent: number;
  blankBefore: boolean;
  blankAfter: boolean;
  /** Word tokens (letter/digit runs; every CJK character counts as one). */
  words: number;
  /** Letters and digits, CJK characters counted three times (they carry more per character). */
  weight: number;
  /** Ends like a sentence (`.`, `!`, `?`, `。`, a closing quote after one …). */
  isSentence: boolean;
}

/** Han, kana and Hangul: the scripts where a character is (nearly) a word. */
export const CJK_CLASS = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af';
/** Characters that end a sentence, possibly followed by closing quotes/brackets. */
const SENTENCE_END_RE = /[.!?…。！？:;]["'“”„«»‘’）)\]]*$/u;
/** How many weight units one CJK character counts for (about three Latin letters). */
const CJK_WEIGHT = 3;
/** Lines longer than this are measured on a prefix only, to keep the cost linear. */
const MEASURE_LIMIT = 4000;

/** Counts word tokens: letter/digit runs, each CJK character on its own. */
export function countWords(s: string): number {
  let n = 0;
  forEachWordOrCjk(s, () => n++);
  return n;
}

/** Measures letters/digits with CJK weighted (see `CJK_WEIGHT`). */
export function measureWeight(s: string): number {
  return measure(s).weight;
}

/** Words and weight in one pass (on a prefix of very long lines, scaled up). */
function measure(s: string): { words: number; weight: number } {
  const sample = s.length > MEASURE_LIMIT ? s.slice(0, MEASURE_LIMIT) : s;
  let words = 0, weight = 0;
  forEachWordOrCjk(sample, (start, end, cjk) => {
    words++;
    weight += cjk ? CJK_WEIGHT : end - start;
  });
  const scale = s.length > MEASURE_LIMIT ? s.length / MEASURE_LIMIT : 1;
  return { words: Math.round(words * scale), weight: Math.round(weight * scale) };
}

/**
 * Splits text into non-blank lines. Offsets point at the trimmed line, so
 * `text.slice(line.start, line.end) === line.text`.
 *
 * ```ts
 * splitLines('a\n\n  b ')  // → [{text:'a',start:0,end:1,…}, {text:'b',start:5,end:6,indent:2,…}]
 * ```
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  let sawBlank = true;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const raw = text.slice(pos, nl);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) {
      const start = pos + lead;
      const prev = lines[lines.length - 1];
      if (prev) prev.blankAfter = sawBlank;
      const { words, weight } = measure(trimmed);
      lines.push({
        i: lines.length,
        start,
        end: start + trimmed.length,
        text: trimmed,
        indent: indentWidth(raw.slice(0, lead)),
        blankBefore: sawBlank,
        blankAfter: true,
        words,
        weight,
        isSentence: SENTENCE_END_RE.test(trimmed),
      });
      sawBlank = false;
    } else if (nl < text.length || raw.length > 0) {
      sawBlank = true;
    }
    pos = nl + 1;
  }
  return lines;
}

function indentWidth(ws: string): number {
  let n = 0;
  for (const ch of ws) n += ch === '\t' ? 4 : 1;
  return n;
}
