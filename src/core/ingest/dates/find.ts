/**
 * Finds the dates a text states outright: ISO (`2025-11-19`), numeric (`19.11.2025, 09:47 Uhr`,
 * `18. 05. 2014`, `04/05/2015`), written (`12. April 2025`, `April 12, 2025`, `4 de mayo de 2015`,
 * `11 октября 2018`), CJK (`2017年02月23日`), month and year (`im März 2025`) and day and month
 * without a year (`am 11. April`, resolved later against the article's date).
 *
 * Hand-written regular expressions rather than chrono-node's full parser on the whole text:
 * these few shapes cover what pages print, and scanning with them is linear and about a hundred
 * times faster (the extractor must run at several MB/s). chrono-node is used where its breadth
 * pays: for the free-form date lines near a title (see `publication.ts`).
 */
import { AMBIGUOUS_MONTHS, LINE_MONTHS, MONTHS, MONTH_ALT, hasMonthNearFigure, type TriggerKind } from './names';
import { isValidDay, type DateParts } from './calendar';
import { keyRuns, matchesAt, runsOf, startsOf, type Runs, type StartKey } from './runs';

/** A date found in the text. */
export interface FoundDate extends DateParts {
  text: string;
  start: number;
  end: number;
}

const B = '(?<![\\p{L}\\p{N}])'; // start boundary that works for all scripts
const E = '(?![\\p{N}])'; // a number must not run on ("2025von" is fine, "20251" is not)
// Whitespace inside a date is bounded (`\s{0,3}`): an unbounded `\s*` before an optional word
// and another `\s*` after it can split a long run of blanks in quadratically many ways.
const TIME = String.raw`(?:,?\s{0,3}(?:(?:um|at|à|a las|às|alle|kl\.|в)\s{0,3})?(\d{1,2})[:h.](\d{2})(?![\d])(?:\s{0,3}(?:uhr|h)\b)?(?:\s{0,3}([ap])\.?\s?m\b\.?)?)?`;
const MON = `(${MONTH_ALT})\\.?`;

/** The month name that opens an `md` or `my` date is a run of its own. */
const MONTH_RUNS = keyRuns(MONTHS.keys(), 0);

/**
 * Each pattern with the order of its groups. `t` = time groups follow. Sticky: each is tried
 * only where a match can begin (`runs.ts`), at a run that opens with a digit or, for `md` and
 * `my`, at a month name; and only on a text holding one of the characters it `needs`.
 */
export const DATE_PATTERNS: { re: RegExp; key: StartKey; order: 'ymd' | 'dmy' | 'mdy' | 'dm' | 'md' | 'my' | 'cjk'; named?: boolean; needs?: readonly string[] }[] = [
  { re: new RegExp(`${B}(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2}))?${E}`, 'uy'), key: 'digit', order: 'ymd', needs: ['-'] },
  { re: new RegExp(`${B}(\\d{4})\\s{0,3}年\\s{0,3}(\\d{1,2})\\s{0,3}月\\s{0,3}(\\d{1,2})\\s{0,3}日(?:\\s{0,3}(\\d{1,2})[:時](\\d{2}))?`, 'uy'), key: 'digit', order: 'cjk', needs: ['年'] },
  { re: new RegExp(`${B}(\\d{4})[/.]\\s?(\\d{1,2})[/.]\\s?(\\d{1,2})\\.?(?:\\s{1,3}(\\d{1,2}):(\\d{2}))?${E}`, 'uy'), key: 'digit', order: 'ymd', needs: ['/', '.'] },
  { re: new RegExp(`${B}(\\d{1,2})(?:\\.\\s?|/)(\\d{1,2})(?:\\.\\s?|/)(\\d{4})${E}${TIME}`, 'iuy'), key: 'digit', order: 'dmy', needs: ['/', '.'] },
  { re: new RegExp(`${B}(\\d{1,2})(?:\\.|er|º|°)?\\s{0,3}(?:de\\s{1,3})?${MON}(?:\\s{0,3}(?:de\\s{1,3}|,\\s{0,3})?(\\d{4})${E})?${TIME}`, 'iuy'), key: 'digit', order: 'dm', named: true },
  { re: new RegExp(`${B}${MON}\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?${E}(?:,?\\s{0,3}(\\d{4})${E})?${TIME}`, 'iuy'), key: MONTH_RUNS, order: 'md', named: true },
  { re: new RegExp(`${B}${MON}\\s{1,3}(?:de\\s{1,3})?(\\d{4})${E}`, 'iuy'), key: MONTH_RUNS, order: 'my', named: true },
];

const FOUR_DIGITS = /\d{4}/;

/**
 * Finds all absolute dates in `text`, in order, without overlaps (at one position the longest
 * match wins). `usMonthFirst` reads `04/05/2015` as April 5 (English pages) instead of 4 May.
 * Offsets are relative to `text` plus `base`. `triggers`: `dateTriggers(text)`, and `runs`:
 * `runsOf(text)`, when the caller has them already.
 */
export function findDates(text: string, base = 0, usMonthFirst = false, triggers?: ReadonlySet<TriggerKind>, runs?: Runs): FoundDate[] {
  if (!/\d/.test(text)) return [];
  const withNames = triggers ? triggers.has('month-number') : hasMonthNearFigure(text);
  // Every pattern but day-and-month needs a four-digit year: without one, only those two run.
  const withYear = FOUR_DIGITS.test(text);
  const found: FoundDate[] = [];
  const starts = new Map<StartKey, number[]>();
  for (const { re, key, order, named, needs } of DATE_PATTERNS) {
    if (named && !withNames) continue;
    if (!withYear && order !== 'dm' && order !== 'md') continue;
    // A pattern whose fixed separator the text lacks cannot match: not tried at every digit.
    if (needs && !needs.some((ch) => text.includes(ch))) continue;
    runs ??= runsOf(text);
    let at = starts.get(key);
    if (!at) starts.set(key, (at = startsOf(runs, key)));
    matchesAt(re, text, at, (m) => {
      const parts = toParts(m, order, usMonthFirst);
      if (!parts) return;
      if (named && !isMonthWordOk(m)) return;
      const str = m[0].replace(/[\s,]+$/u, '');
      // Completed in place, not spread into a new object: the parts come in several shapes,
      // and a spread of those cost more than all seven patterns together.
      const f = parts as FoundDate;
      f.text = str;
      f.start = base + m.index;
      f.end = base + m.index + str.length;
      found.push(f);
    });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FoundDate[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) continue;
    out.push(f);
  }
  return out;
}

/**
 * A year glued to the next date (`19. Juni 201619. Juni 2016`, `17/11/201917/11/2019`: a CMS's
 * published and modified dates in two spans with no space between) runs on into digits, so
 * `findDates` reads neither. The year ends where a date opens right after it.
 */
const GLUED_YEAR = new RegExp(`(?<!\\d)(?:1[89]|2[01])\\d\\d(?=\\d{1,2}(?:[./]\\d{1,2}[./]|(?:\\.|er|º|°)?\\s{0,3}(?:de\\s{1,3})?(?:${MONTH_ALT})(?!\\p{L})))`, 'giu');
const FIVE_DIGITS = /\d{5}/;
/**
 * A numeric date glued to the word before it (`Kathrin Bierling21.05.2019Beauty`: an author's
 * span and the date's printed with nothing between) opens no run of its own, so `findDates`,
 * which reads a date only where a run of letters and digits begins, misses it. The seam is a
 * lowercase letter (not `COVID19`) before a whole numeric date, not a two-digit year glued to a
 * time (`macbacchi28.09.1912:44` is 28.09.19, 12:44).
 */
const GLUED_LEFT = /(?<=\p{Ll})(?=\d{1,2}[./]\d{1,2}[./]\d{4}(?![\d:])|\d{4}-\d{1,2}-\d{1,2}(?!\d))/gu;
/**
 * A two-digit day glued to its year after a month name (`Apr 042013`: a date badge that prints
 * the day and the year in two spans, one over the other). The year is cut off with a space, so
 * the month-day-year pattern reads it.
 */
const GLUED_DAY_YEAR = new RegExp(`(?<=(?<![\\p{L}])(?:${MONTH_ALT})\\.?\\s{1,3}(?:0[1-9]|[12]\\d|3[01]))(?=(?:19|20)\\d\\d(?!\\d))`, 'giu');
const LETTER_DIGIT = /\p{Ll}\d/u;

/**
 * `findDates` on a date line, reading dates glued to a repeat or to the word before them as if
 * a `|` stood between (a separator no date or time runs across; offsets are the text's own),
 * and a day glued to its year as if a space did.
 * Only date lines use it: the line model's features read the text as `findDates` does.
 */
export function findDatesUnglued(text: string, base = 0, usMonthFirst = false): FoundDate[] {
  const cuts: number[] = [];
  const spaces = new Set<number>();
  if (FIVE_DIGITS.test(text)) {
    for (const m of text.matchAll(GLUED_YEAR)) cuts.push(m.index! + m[0].length);
    // `Juni 201914. Januar 2020` is a year glued to the next date, not day 20 of 1914.
    const years = [...cuts];
    for (const m of text.matchAll(GLUED_DAY_YEAR)) {
      if (years.some((c) => c > m.index! && c <= m.index! + 4)) continue;
      cuts.push(m.index!);
      spaces.add(m.index!);
    }
  }
  if (LETTER_DIGIT.test(text)) for (const m of text.matchAll(GLUED_LEFT)) cuts.push(m.index!);
  if (!cuts.length) return findLineDates(text, base, usMonthFirst);
  cuts.sort((a, b) => a - b);
  let spaced = '';
  let from = 0;
  for (const c of cuts) { spaced += text.slice(from, c) + (spaces.has(c) ? ' ' : '|'); from = c; }
  spaced += text.slice(from);
  // Back from the spaced text's offsets to the text's: every separator before an offset added one.
  const back = (o: number) => { let k = 0; while (k < cuts.length && cuts[k]! + k < o) k++; return o - k; };
  return findLineDates(spaced, 0, usMonthFirst).map((d) => {
    const start = back(d.start), end = back(d.end);
    return { ...d, text: text.slice(start, end), start: base + start, end: base + end };
  });
}

const NUMERIC_DATE = /(?<![\p{L}\p{N}])(\d{1,2})(?:\.\s?|\/)(\d{1,2})(?:\.\s?|\/)(\d{4})(?!\d)/gu;

/**
 * Whether the page's ambiguous numeric dates (`02/10/2020`) read month first. A site prints
 * all its dates in one order, so the page's dates that settle it decide (`25/09/2020`: a first
 * part over 12 is a day; `09/25/2020`: a second part over 12 is); the language (`en`: month
 * first) only where none does or they disagree evenly.
 */
export function numericMonthFirst(text: string, lang: string | null): boolean {
  let votes = 0;
  if (/\d[./]\s?\d{1,2}[./]/.test(text)) {
    for (const m of text.matchAll(NUMERIC_DATE)) {
      const a = Number(m[1]), b = Number(m[2]);
      if (a > 12 && a <= 31 && b >= 1 && b <= 12) votes--;
      else if (b > 12 && b <= 31 && a >= 1 && a <= 12) votes++;
    }
  }
  return votes ? votes > 0 : lang === 'en';
}

const LINE_ALT = [...LINE_MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
const LINE_WORD = new RegExp(`(?<!\\p{L})(?:${LINE_ALT})(?!\\p{L})`, 'iu');
/** `22 kwietnia 2021`, `3 grudnia 2014, 10:15`, `kwiecień 2021`: day (or none), month, year. */
const LINE_DATE = new RegExp(`${B}(?:(\\d{1,2})\\.?\\s{1,3})?(${LINE_ALT})(?!\\p{L})(?:\\s{1,3}(\\d{4})${E}${TIME})?`, 'giu');

/** The dates a date line states in the `LINE_MONTHS` names, offsets relative to `text` plus `base`. */
function lineMonthDates(text: string, base: number): FoundDate[] {
  if (!FOUR_DIGITS.test(text) || !LINE_WORD.test(text)) return [];
  const out: FoundDate[] = [];
  for (const m of text.matchAll(LINE_DATE)) {
    const [, day, name, year, hour, minute] = m;
    if (!year) continue;
    const parts: DateParts = { month: LINE_MONTHS.get(name!.toLowerCase())!, year: Number(year) };
    if (parts.year! < 1800 || parts.year! > 2200) continue;
    if (day !== undefined) {
      if (!isValidDay(parts.year!, parts.month, Number(day))) continue;
      parts.day = Number(day);
      if (hour !== undefined && Number(hour) <= 23 && Number(minute) <= 59) { parts.hour = Number(hour); parts.minute = Number(minute); }
    }
    const str = m[0].replace(/[\s,]+$/u, '');
    out.push({ ...parts, text: str, start: base + m.index!, end: base + m.index! + str.length });
  }
  return out;
}

/** `findDates` and the dates stated in `LINE_MONTHS` names, in order, without overlaps. */
function findLineDates(text: string, base: number, usMonthFirst: boolean): FoundDate[] {
  const found = findDates(text, base, usMonthFirst);
  const more = lineMonthDates(text, base).filter((d) => !found.some((f) => d.start < f.end && f.start < d.end));
  return more.length ? [...found, ...more].sort((a, b) => a.start - b.start) : found;
}

/** `findDates(text)` with its defaults (base 0, day first), as a memo may stand in for it. */
export type DatesOf = (text: string) => readonly FoundDate[];

/**
 * A memo of `findDates(text)` for one page: the line models ask for the dates of a short line
 * more than once (comment headers, features). The arrays are shared: callers only read them.
 */
export function datesMemo(): DatesOf {
  const seen = new Map<string, FoundDate[]>();
  return (text) => {
    let d = seen.get(text);
    if (!d) { d = findDates(text); seen.set(text, d); }
    return d;
  };
}

function isMonthWordOk(m: RegExpMatchArray): boolean {
  const word = m.slice(1).find((g) => g !== undefined && MONTHS.has(g.toLowerCase()));
  if (!word) return false;
  const lower = word.toLowerCase();
  return !(AMBIGUOUS_MONTHS.has(lower) && word === lower);
}

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

function toParts(m: RegExpMatchArray, order: string, usMonthFirst: boolean): DateParts | null {
  const g = m.slice(1);
  let year: number | undefined, month: number | undefined, day: number | undefined;
  let hour: number | undefined, minute: number | undefined, ampm: string | undefined;
  switch (order) {
    case 'ymd':
    case 'cjk':
      [year, month, day, hour, minute] = g.slice(0, 5).map(num);
      break;
    case 'dmy': {
      const a = num(g[0])!, b = num(g[1])!;
      year = num(g[2]);
      [hour, minute] = [num(g[3]), num(g[4])];
      ampm = g[5];
      // The day comes first except on US pages; a number above 12 settles it either way.
      const monthFirst = a <= 12 && (b > 12 || usMonthFirst);
      [day, month] = monthFirst ? [b, a] : [a, b];
      break;
    }
    case 'dm':
      day = num(g[0]);
      month = MONTHS.get(g[1]!.toLowerCase());
      year = num(g[2]);
      [hour, minute] = [num(g[3]), num(g[4])];
      ampm = g[5];
      break;
    case 'md':
      month = MONTHS.get(g[0]!.toLowerCase());
      day = num(g[1]);
      year = num(g[2]);
      [hour, minute] = [num(g[3]), num(g[4])];
      ampm = g[5];
      break;
    case 'my':
      month = MONTHS.get(g[0]!.toLowerCase());
      year = num(g[1]);
      break;
  }
  if (month === undefined || month < 1 || month > 12) return null;
  if (year !== undefined && (year < 1800 || year > 2200)) return null;
  if (day !== undefined && !isValidDay(year ?? 2000, month, day)) return null;
  if (hour !== undefined) {
    if (ampm) hour = (hour % 12) + (ampm.toLowerCase() === 'p' ? 12 : 0);
    if (hour > 23 || (minute ?? 0) > 59) [hour, minute] = [undefined, undefined];
  }
  const parts: DateParts = { month };
  if (year !== undefined) parts.year = year;
  if (day !== undefined) parts.day = day;
  if (hour !== undefined && minute !== undefined && day !== undefined) {
    parts.hour = hour;
    parts.minute = minute;
  }
  return parts;
}
