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
import { stopwordLanguages } from '../../text/lang';

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
  if (DASH_START.test(line.text)) return true;
  return NAME_START.test(line.text) && !isTitleCase(line);
}

/**
 * Is a line of three or more words in English headline style — every word capitalized but
 * short function words (`Black-Box Versus White-Box`, `As Simple as Possible, No Simpler`)?
 * That is a subheading, not a name followed by a role or a place (`Olaf Scholz in Kiew`,
 * `Jane Doe, chief executive`): a capitalized function word after the first, or no lowercase
 * word at all, tells them apart.
 */
export function isTitleCase(line: Line): boolean {
  const words = line.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (words.length < 3) return false;
  let lower = 0, capitalFunction = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const isFunction = !!stopwordLanguages(w.toLowerCase());
    if (/^[\p{Lu}\p{N}]/u.test(w)) capitalFunction ||= k > 0 && isFunction;
    else if (isFunction) lower++;
    else return false;
  }
  return lower === 0 || capitalFunction;
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

/** A subheading standing in a hole of the region has prose this many lines above it at most. */
const SUBHEADING_PROSE_ABOVE = 3;
/** Fewer words than this make a label (`Lesen Sie auch`, `Related stories`), not a subheading. */
const MIN_SUBHEADING_WORDS = 4;
/** A label (`Related: …`, `Profile | …`) or a credit (`Name/Agency/Getty`) is no subheading. */
const NOT_SUBHEADING = /[|:]|\S\/\S/;

/**
 * Is line `i`, which the line model rejects inside the article, a subheading? It is
 * heading-shaped with four or more space-separated words and opens with a capital, the two
 * lines under it are prose (the first at least twice as long) and prose stands within a few
 * lines above: the article goes on around it (`Monitoring for the Long Term`). Labels
 * (`Lesen Sie auch`, `Related: …`, `Profile | …`) and credits stay folded. The caller also
 * leaves lines the page repeats (`Continue reading the main story`) folded.
 */
export function isSubheading(lines: Line[], i: number, proseAt: (j: number) => boolean): boolean {
  const line = lines[i]!, next = lines[i + 1];
  const text = line.text.trim();
  if (!isHeadingShaped(line) || text.split(/\s+/).length < MIN_SUBHEADING_WORDS || !/^[\p{Lu}\p{N}]/u.test(text) || NOT_SUBHEADING.test(text)) return false;
  if (!next || i + 2 >= lines.length || !proseAt(i + 1) || next.words < 2 * line.words || !proseAt(i + 2)) return false;
  for (let j = i - 1; j >= Math.max(0, i - SUBHEADING_PROSE_ABOVE); j--) if (proseAt(j)) return true;
  return false;
}
