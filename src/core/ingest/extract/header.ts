/**
 * The lines around the headline: date lines, bylines, the teaser (dek), a section name, a
 * scraper's header (` date 2025-07`), and the publication-date candidates they state.
 */
import type { Line } from './segment';
import { sentenceTexts as splitSentences } from '../../text/sentences';
import { findDatesUnglued, type FoundDate } from '../dates/find';
import type { StatedCandidate } from '../dates/publication';
import { DATE_LABELS, UPDATE_LABELS } from './rules';
import { labelledName, nameAfterDate, nameBeforeDate, parseByline } from './byline';
import { parseDateline } from './byline';

/** A date line leaves at most this many words besides the date (labels, a name, "4 Min."). */
const DATE_LINE_REST_WORDS = 7;
/** A teaser is one to three sentences and shorter than this. */
const MAX_DEK_CHARS = 350;
const MAX_DEK_SENTENCES = 3;
/** Inside the article's main run a teaser must be shorter still, or it is the lead itself. */
export const MAX_INLINE_DEK_CHARS = 250;
/** A scraper's header at the very start of a file: ` date 2025-07`, `Date: 2025-07-01`. */
const HEADER_RE = /^\s*(?:date|datum|published)\s*:?\s+(\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2})?)?)?)(?![\d-])\s*/i;

const LABEL_RE = new RegExp(`^(?:${DATE_LABELS.join('|')})\\b\\s*:?`, 'iu');
/**
 * A social post quoted in the page signs off with its author's handle before its date
 * (`— Jane Doe (@janedoe) August 22, 2013`, `A post shared by Jane (@jane) on Apr 21, 2019`):
 * that date is the quoted post's, not the report's.
 */
const QUOTED_POST_RE = /\(@[\p{L}\p{N}_.]{1,40}\)/u;
const UPDATE_RE = new RegExp(`(?:${UPDATE_LABELS.join('|')})(?:\\s{0,3}:)?(?:\\s{0,3}(?:le|am|on|el|em|il))?\\s*$`, 'iu');

/**
 * A date line's reading: its dates and, if it names one, an author before the date or on a byline
 * (`author`, which also counts as the line's words), and the writer the whole line names
 * (`writer`: that author, else one a label names inside the line, `… 2019 by Amy Motroni`, else a
 * name set off right after the date, `28. Juni 2019 | Klaus Berg`).
 */
export interface DateLine {
  dates: FoundDate[];
  author: string | null;
  writer: string | null;
}

/** Reads ` date 2025-07 …` at the start of the text: the date and the prefix length. */
export function parseHeaderDate(text: string): { date: string; length: number; label: string } | null {
  const m = HEADER_RE.exec(text.slice(0, 80));
  return m ? { date: m[1]!.replace(' ', 'T'), length: m[0].length, label: m[0].trim() } : null;
}

/**
 * Reads a line that is mostly a date (`19.11.2025, 09:47 Uhr`, `12. April 2025von 4 Minuten
 * Lesezeit`, `Dan Goodin - Apr 16, 2015 8:02 pm UTC`, `Stand: 08.04.2015`). Returns null for a
 * sentence that merely contains a date.
 */
export function readDateLine(line: Line, usMonthFirst: boolean): DateLine | null {
  if (line.text.length > 200) return null;
  const dates = findDatesUnglued(line.text, line.start, usMonthFirst).filter((d) => d.day !== undefined && d.year !== undefined);
  if (dates.length === 0) return null;
  let rest = line.text;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start - line.start) + ' ' + rest.slice(d.end - line.start);
  const first = dates[0]!;
  if (signsQuotedPost(line.text.slice(0, first.start - line.start))) return null;
  const author = nameBeforeDate(line.text.slice(0, first.start - line.start)) ?? parseByline(line.text);
  const restWords = rest.replace(LABEL_RE, '').split(/[\s|·•,–—/-]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const authorWords = author ? author.split(/\s+/).length : 0;
  if (restWords.length - authorWords > DATE_LINE_REST_WORDS) return null;
  const last = dates[dates.length - 1]!;
  const writer = author ?? labelledName(rest) ?? nameAfterDate(line.text.slice(last.end - line.start));
  return { dates, author, writer };
}

/** Does the text before a date sign off a quoted social post (`— Jane Doe (@janedoe)`)? */
export function signsQuotedPost(before: string): boolean {
  return QUOTED_POST_RE.test(before);
}

/** The publication candidates of a date line, flagged when a revision label precedes them. */
export function statedCandidates(line: Line, dl: DateLine): StatedCandidate[] {
  return dl.dates.map((d) => ({ date: d, isUpdate: UPDATE_RE.test(line.text.slice(0, d.start - line.start)) }));
}

/** Does `text` end in a revision label (`Updated:`, `Zuletzt geändert am`), so a date after it is a revision's? */
export function endsWithUpdateLabel(text: string): boolean {
  // The label stands right before the date: the line's last characters are enough to read.
  return UPDATE_RE.test(text.slice(-60));
}

/** Is this a teaser: one to three sentences, shorter than a paragraph, no dateline? */
export function isDekShaped(line: Line, maxChars = MAX_DEK_CHARS): boolean {
  if (line.text.length > maxChars || !line.isSentence || line.words < 6) return false;
  if (parseDateline(line.text)) return false;
  return splitSentences(line.text).length <= MAX_DEK_SENTENCES;
}

/** A lone section name on the first line (`Politik`): one or two words, no punctuation. */
export function isSectionShaped(line: Line): boolean {
  return line.words <= 2 && line.text.length <= 30 && /^\p{Lu}[\p{L}\s&-]*$/u.test(line.text);
}

/** A date label with nothing after it (`Stand:` — the page left the date out). */
export function isDateLabelOnly(text: string): boolean {
  return text.length <= 30 && new RegExp(`^(?:${DATE_LABELS.filter((l) => l.length > 3).join('|')})\\s*:\\s*$`, 'iu').test(text);
}
