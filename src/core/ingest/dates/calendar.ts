/**
 * Calendar arithmetic on partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`).
 * All arithmetic is done in UTC on the calendar day, because the text's dates are local dates
 * of the source: no time zone is known, and none is invented.
 */

/** A parsed date with the precision the text gives (missing parts are undefined). */
export interface DateParts {
  year?: number;
  month: number;
  day?: number;
  hour?: number;
  minute?: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Is `y-m-d` a real calendar day? */
export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Formats parts as a partial date; null when the year is missing. */
export function formatParts(p: DateParts): string | null {
  if (p.year === undefined) return null;
  let s = `${pad(p.year, 4)}-${pad(p.month)}`;
  if (p.day === undefined) return s;
  s += `-${pad(p.day)}`;
  if (p.hour !== undefined && p.minute !== undefined) s += `T${pad(p.hour)}:${pad(p.minute)}`;
  return s;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD…` string, or null when it has no day. */
export function dayNumber(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return null;
  return Math.floor(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) / 86_400_000);
}

/** `YYYY-MM-DD` of a day number. */
export function fromDayNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** Adds days to a `YYYY-MM-DD…` date (the time, if any, is dropped). */
export function addDays(date: string, days: number): string | null {
  const n = dayNumber(date);
  return n === null ? null : fromDayNumber(n + days);
}

/** Weekday (0 = Sunday) of a `YYYY-MM-DD…` date, or null without a day. */
export function weekdayOf(date: string): number | null {
  const n = dayNumber(date);
  return n === null ? null : (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday (4)
}

/** Months since year 0 of a `YYYY-MM…` date, for month arithmetic; null for `YYYY`. */
export function monthNumber(date: string): number | null {
  const m = /^(\d{4})-(\d{2})/.exec(date);
  return m ? +m[1]! * 12 + (+m[2]! - 1) : null;
}

/** `YYYY-MM` of a month number. */
export function fromMonthNumber(n: number): string {
  return `${pad(Math.floor(n / 12), 4)}-${pad((n % 12) + 1)}`;
}

/**
 * The year of a year-less day/month, seen from a reference date: the same year, unless that
 * puts it more than `FUTURE_SLACK_MONTHS` after the reference, then the year before. News
 * mostly looks back; a month or two ahead is still this year's plan.
 */
export function yearFor(month: number, ref: string): number | null {
  const r = monthNumber(ref);
  if (r === null) return null;
  const year = Math.floor(r / 12);
  return year * 12 + month - 1 - r > FUTURE_SLACK_MONTHS ? year - 1 : year;
}

/** How far ahead of its article a year-less month is still read as the same year. */
const FUTURE_SLACK_MONTHS = 2;

