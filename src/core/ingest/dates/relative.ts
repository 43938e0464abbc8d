/**
 * Finds relative date mentions (German and English) and resolves them against the article's
 * date: `am Freitag`, `heute Samstag`, `gestern`, `Dienstagmittag`, `last Tuesday`, `Ende
 * Oktober`, `im März`, `Anfang des Monats`, `vom 24. bis zum 26. Oktober`, `zwei Wochen nach
 * …`, `vor drei Tagen`, `two weeks ago`.
 *
 * Reading rules (news looks back): a bare weekday is the latest such day on or before the
 * article's date, unless `next`/`kommenden`/`nächsten` points ahead; a year-less month is the
 * latest such month not more than two months ahead (see `yearFor`), or the next one when told
 * as still to come. A mention that needs a day
 * (`gestern`) against a month-precision date stays unresolved (`date: null`): nothing is invented.
 */
import { MONTHS, MONTH_ALT, NUMBER_WORDS, WEEKDAY_INDEX, dateTriggers, type TriggerKind } from './names';
import { nextOccurrence } from './ahead';
import { addDays, dayNumber, formatParts, fromDayNumber, isValidDay, weekdayOf, yearFor } from './calendar';
import { keyRuns, matchesAt, runsOf, startsOf, type KeyRuns, type Runs } from './runs';

/** What a relative mention says, before it is resolved. */
export type RelativeSense =
  | { type: 'weekday'; weekday: number; direction: -1 | 0 | 1 }
  | { type: 'day-offset'; days: number }
  | { type: 'month'; month: number }
  | { type: 'current-month' }
  | { type: 'range'; from: number; to: number; month: number; year?: number }
  | { type: 'offset-after'; days: number; months: number }
  | { type: 'offset-before'; days: number; months: number };

/** A relative mention found in the text. */
export interface RelativeMention {
  text: string;
  start: number;
  end: number;
  sense: RelativeSense;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const WEEKDAY_ALT = [...WEEKDAY_INDEX.keys()].filter((w) => /^[a-zäöü]+$/.test(w)).join('|');
/** What joins the two ends of a range of weekdays. */
const WEEKDAY_RANGE = '(?:–|-|bis|to|through|thru|until)';
const DAYPART = '(?:morgen|vormittag|mittag|nachmittag|abend|nacht|früh)?';
const NUM_ALT = `\\d{1,2}|${[...NUMBER_WORDS.keys()].filter((w) => w.length > 2).join('|')}`;
const UNIT = '(tage?n?|wochen?|monate?n?|jahre?n?|days?|weeks?|months?|years?)';
/** The words `UNIT` stands for. */
const UNIT_WORDS = ['tag', 'woche', 'monat', 'jahr', 'day', 'week', 'month', 'year'].flatMap((w) => ['', 'e', 'n', 'en', 's'].map((x) => w + x)).filter((w) => new RegExp(`^${UNIT}$`).test(w));

/**
 * Each rule's key runs (see `runs.ts`): the month of a range five runs after its start at
 * most (`vom 24. bis zum 26. Oktober`), a weekday word (`Dienstagmittag`, after `am`), a day
 * word, a month after its prefix, the month of `Anfang des Monats`, a unit of time after its
 * count (and `vor`).
 */
const MONTH_RUNS = (back: number): KeyRuns => keyRuns(MONTHS.keys(), back);
const UNIT_RUNS = (back: number): KeyRuns => keyRuns(UNIT_WORDS, back);

export const RELATIVE_RULES: { needs: TriggerKind; key: KeyRuns; re: RegExp; sense: (m: RegExpMatchArray) => RelativeSense | null }[] = [
  {
    needs: 'month-number',
    key: MONTH_RUNS(5),
    re: new RegExp(`${B}(?:vom\\s+|from\\s+)?(\\d{1,2})\\.?\\s*(?:bis(?:\\s+zum)?|–|-|to|au|al)\\s*(\\d{1,2})\\.?\\s+(${MONTH_ALT})(?:\\s+(\\d{4}))?${E}`, 'iuy'),
    sense: (m) => {
      const month = MONTHS.get(m[3]!.toLowerCase());
      const from = +m[1]!, to = +m[2]!;
      if (!month || from >= to || to > 31) return null;
      return m[4] ? { type: 'range', from, to, month, year: +m[4] } : { type: 'range', from, to, month };
    },
  },
  {
    needs: 'weekday',
    key: keyRuns(WEEKDAY_ALT.split('|'), 1, true),
    // A weekday in a range of weekdays (`Dienstag – Freitag 10 – 18 Uhr`, `Monday to Friday`)
    // is a schedule, not a day the text speaks of: neither end of the range is read.
    re: new RegExp(`${B}(?<!(?:${WEEKDAY_ALT})\\s{0,3}${WEEKDAY_RANGE}\\s{0,3})(?:(?:am|on|this|diesen|(last|past|vergangenen|letzten|vorigen)|(next|coming|kommenden|nächsten))\\s+)?(${WEEKDAY_ALT})${DAYPART}s?${E}(?!\\s{0,3}${WEEKDAY_RANGE}\\s{0,3}(?:${WEEKDAY_ALT}))`, 'iuy'),
    sense: (m) => {
      const word = m[3]!.toLowerCase();
      const weekday = WEEKDAY_INDEX.get(word);
      // English weekdays are capitalised; lowercase "sunday" is not a date, and "Sonntags" is a habit.
      if (weekday === undefined || (/^[a-z]/.test(m[3]!) && /day$/.test(word))) return null;
      if (/s$/i.test(m[0]) && !/s$/i.test(word)) return null;
      return { type: 'weekday', weekday, direction: m[1] ? -1 : m[2] ? 1 : 0 };
    },
  },
  {
    needs: 'day',
    key: keyRuns(['vorgestern', 'gestern', 'heute', 'today', 'yesterday', 'tomorrow', 'übermorgen', 'morgen'], 0),
    re: new RegExp(`${B}(vorgestern|gestern|heute|today|yesterday|tomorrow|übermorgen|(?<!(?:heute|gestern|am|den|guten|jeden)\\s)morgen(?!\\s*(?:früh)?\\p{Lu}))${E}`, 'iuy'),
    sense: (m) => {
      const w = m[1]!.toLowerCase();
      if (w === 'morgen' && m[1] !== 'morgen') return null; // "Morgen" is the morning
      const days: Record<string, number> = { vorgestern: -2, gestern: -1, yesterday: -1, heute: 0, today: 0, morgen: 1, tomorrow: 1, übermorgen: 2 };
      return { type: 'day-offset', days: days[w] ?? 0 };
    },
  },
  {
    needs: 'month-prefixed',
    key: MONTH_RUNS(1),
    re: new RegExp(`${B}(?:(?:anfang|ende|mitte|early|late|mid|im|in|seit|since|bis)(?:\\s+|-))(${MONTH_ALT})${E}(?!\\.?\\s*\\d)`, 'iuy'),
    sense: (m) => {
      const month = MONTHS.get(m[1]!.toLowerCase());
      if (!month || (m[1] === m[1]!.toLowerCase() && ['may', 'march'].includes(m[1]!))) return null;
      return { type: 'month', month };
    },
  },
  {
    needs: 'current',
    key: keyRuns(['monats', 'month', 'monat'], 2),
    re: new RegExp(`${B}(?:(?:anfang|ende|mitte)\\s+(?:des|dieses)\\s+monats|(?:earlier|later)\\s+this\\s+month|(?:diesen|this)\\s+month|diesen\\s+monat|in\\s+diesem\\s+monat)${E}`, 'iuy'),
    sense: () => ({ type: 'current-month' }),
  },
  {
    needs: 'unit',
    key: UNIT_RUNS(1),
    re: new RegExp(`${B}(${NUM_ALT})\\s+${UNIT}\\s+(nach|after|später|later)${E}`, 'iuy'),
    sense: (m) => offset(m[1]!, m[2]!, 'offset-after'),
  },
  {
    needs: 'unit',
    key: UNIT_RUNS(2),
    re: new RegExp(`${B}(?:vor\\s+(${NUM_ALT})\\s+${UNIT}|(${NUM_ALT})\\s+${UNIT}\\s+(?:ago|zuvor|earlier))${E}`, 'iuy'),
    sense: (m) => offset(m[1] ?? m[3]!, m[2] ?? m[4]!, 'offset-before'),
  },
];

function offset(n: string, unit: string, type: 'offset-after' | 'offset-before'): RelativeSense | null {
  const count = /^\d+$/.test(n) ? +n : NUMBER_WORDS.get(n.toLowerCase());
  if (!count) return null;
  const u = unit.toLowerCase();
  if (/^(tag|day)/.test(u)) return { type, days: count, months: 0 };
  if (/^(woche|week)/.test(u)) return { type, days: count * 7, months: 0 };
  if (/^(monat|month)/.test(u)) return { type, days: 0, months: count };
  return { type, days: 0, months: count * 12 };
}

/**
 * Finds relative mentions in `text` (offsets + `base`), in order, without overlaps.
 * `triggers`: `dateTriggers(text)`, and `runs`: `runsOf(text)`, when the caller has them.
 * Each rule is tried only where its key runs allow a match (`runs.ts`).
 */
export function findRelative(text: string, base = 0, triggers: ReadonlySet<TriggerKind> = dateTriggers(text), runs?: Runs): RelativeMention[] {
  if (triggers.size === 0) return [];
  const found: RelativeMention[] = [];
  for (const { needs, key, re, sense } of RELATIVE_RULES) {
    if (!triggers.has(needs)) continue;
    runs ??= runsOf(text);
    matchesAt(re, text, startsOf(runs, key), (m) => {
      const s = sense(m);
      if (s) found.push({ text: m[0], start: base + m.index, end: base + m.index + m[0].length, sense: s });
    });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RelativeMention[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (!last || f.start >= last.end) out.push(f);
  }
  return out;
}

/** A resolved date (or range) for a relative mention; nulls where the reference is too coarse. */
export interface Resolved {
  date: string | null;
  endDate?: string | null;
}

/**
 * Resolves a mention against the article's date `ref` (any precision). `anchor` is the date an
 * `offset-after` counts from (`zwei Wochen nach [dem Treffen am 11. April]`), when known;
 * `ahead`, that a bare weekday's clause speaks of what is to come (`weekdayAhead`), or a
 * year-less month's (`dateAhead`): then it is that day or month or the next such.
 */
export function resolveRelative(sense: RelativeSense, ref: string | null, anchor: string | null = null, ahead = false): Resolved {
  if (!ref) return { date: null };
  const refDay = dayNumber(ref);
  switch (sense.type) {
    case 'weekday': {
      if (refDay === null) return { date: null };
      const wd = weekdayOf(ref)!;
      if (sense.direction === 1) return { date: fromDayNumber(refDay + (((sense.weekday - wd + 7) % 7) || 7)) };
      // A bare weekday in a clause of what is to come (`weekdayAhead`): that day or the next such.
      if (sense.direction === 0 && ahead) return { date: fromDayNumber(refDay + ((sense.weekday - wd + 7) % 7)) };
      const back = (wd - sense.weekday + 7) % 7;
      return { date: fromDayNumber(refDay - (sense.direction === -1 && back === 0 ? 7 : back)) };
    }
    case 'day-offset':
      return { date: refDay === null ? null : fromDayNumber(refDay + sense.days) };
    case 'month': {
      // A month told as still to come (`dateAhead`: `Neuwahlen im März … dürfte` in November): the next such month.
      if (ahead) return { date: nextOccurrence(sense.month, undefined, ref) };
      const year = yearFor(sense.month, ref);
      return { date: year === null ? null : formatParts({ year, month: sense.month }) };
    }
    case 'current-month':
      return { date: ref.slice(0, 7).length === 7 ? ref.slice(0, 7) : null };
    case 'range': {
      const year = sense.year ?? yearFor(sense.month, ref);
      if (year === null || !isValidDay(year, sense.month, sense.to)) return { date: null };
      return { date: formatParts({ year, month: sense.month, day: sense.from }), endDate: formatParts({ year, month: sense.month, day: sense.to }) };
    }
    case 'offset-after':
      return { date: anchor && sense.months === 0 ? addDays(anchor, sense.days) : null };
    case 'offset-before':
      return { date: refDay !== null && sense.months === 0 ? fromDayNumber(refDay - sense.days) : null };
  }
}
