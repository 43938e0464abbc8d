/**
 * Types the lines of the article's main span: paragraph, heading, list item, pull quote (with
 * its attribution), caption and credit. The rules read shape and position only:
 *
 * - list item: starts with `–`, `-`, `•`, `*`, `·`, `▪` or `1.`/`1)`;
 * - heading: a short line without a final stop, standing before a paragraph;
 * - quote: a one-sentence line (or one wrapped in quotation marks) followed by a short line
 *   that starts with a name — the attribution (`Wolodymyr Selenskyj vor Reportern in Dublin`);
 * - everything else: paragraph.
 */
import type { BlockKind } from '../../../shared/api';
import type { Line } from './segment';
import { sentenceTexts as splitSentences } from '../../text/sentences';

/** The type of one body line, with a quote's attribution when it has one. */
export interface BodyRole {
  kind: BlockKind;
  attribution?: string;
}

// `-` and `+` only before a space: `-5 Grad`, `+49 30 …` are numbers (a changelog's `+ Added …`).
const LIST_MARKER = /^(?:[–•*·▪◦‣]|[-+](?=\s)|\d{1,2}[.)](?=\s))\s*/u;
/** Headings are short. */
const MAX_HEADING_WORDS = 15;
const MAX_HEADING_CHARS = 140;
/** A pull quote is one sentence of at most this many words. */
const MAX_QUOTE_WORDS = 35;
/** An attribution line is short and has no final stop. */
const MAX_ATTRIBUTION_WORDS = 10;
const QUOTED = /^["„“«»‚‘'].+["“”«»‘’']$/u;
const NAME_START = /^\p{Lu}[\p{L}'’.-]+\s+\p{Lu}[\p{L}'’.-]+/u;
const DASH_START = /^[—–―-]\s*\p{Lu}/u;

/** Does the line start with a list marker? */
export function isListItem(text: string): boolean {
  return LIST_MARKER.test(text) && text.length > 2;
}

/** Is this a heading-shaped line (short, no final stop)? */
export function isHeadingShaped(line: Line): boolean {
  return line.words >= 1 && line.words <= MAX_HEADING_WORDS && line.text.length <= MAX_HEADING_CHARS &&
    !/[.,;:!…]$/.test(line.text) && !isListItem(line.text);
}

function isAttribution(line: Line | undefined): boolean {
  if (!line || line.words > MAX_ATTRIBUTION_WORDS || /[.!?:;]$/.test(line.text)) return false;
  return NAME_START.test(line.text) || DASH_START.test(line.text);
}

/**
 * Types the lines `indices` (in order) of the main span. `next(i)` gives the next body line
 * after line `i`, so headings and quotes can look at what follows.
 */
export function typeBodyLines(lines: Line[], indices: number[]): Map<number, BodyRole> {
  const roles = new Map<number, BodyRole>();
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!;
    if (roles.has(i)) continue;
    const line = lines[i]!;
    const next = indices[k + 1] !== undefined ? lines[indices[k + 1]!] : undefined;
    const after = indices[k + 2] !== undefined ? lines[indices[k + 2]!] : undefined;
    if (isListItem(line.text)) { roles.set(i, { kind: 'list-item' }); continue; }
    const oneSentence = line.words <= MAX_QUOTE_WORDS && splitSentences(line.text).length === 1;
    const quoted = QUOTED.test(line.text) && line.words <= MAX_QUOTE_WORDS * 2;
    if ((oneSentence && line.isSentence || quoted) && isAttribution(next) && (!after || after.words >= 4)) {
      roles.set(i, { kind: 'quote', attribution: next!.text.replace(/^[—–―-]\s*/u, '') });
      roles.set(indices[k + 1]!, { kind: 'credit' });
      continue;
    }
    if (isHeadingShaped(line) && next && next.words > line.words && !isListItem(next.text) && k > 0) {
      roles.set(i, { kind: 'heading' });
      continue;
    }
    roles.set(i, { kind: 'paragraph' });
  }
  return roles;
}
