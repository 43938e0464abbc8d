/**
 * Decides an article's publication date and says why.
 *
 * Order of trust: a structured record's own date (`record`) → a date the page states near its
 * title or byline (`stated`) → a scraper's header line such as ` date 2025-07` (`header`) →
 * a date inferred from the text (`inferred`) → null. Nothing is invented: without a stated
 * date or a firm inference, the answer is null.
 *
 * Inference from weekdays: when the text names a weekday ("am Sonntag") and gives a full date
 * that falls on that weekday ("am 30. November 2025", a Sunday), that date fixes the week. The
 * other weekdays it names ("am Dienstag") are the next such days after it, and the report was
 * written no earlier than the latest of them (2025-12-02) — unless the text tells that weekday as
 * still to come (`will am Montag … vorstellen`, `nächsten Montag`): a plan dates nothing told so far.
 *
 * Conflict: a header date is kept, but when the text points elsewhere — its weekdays fix
 * another month, or it speaks of "Anfang des Monats" while every month it names is long past
 * the header's (`impliedMonth`) — `dateConflict` holds the date the text points to.
 */
import { notice, type Notice } from '../../../shared/api/notices';
import { dayNumber, formatParts, fromDayNumber, fromMonthNumber, monthNumber, weekdayOf, yearFor } from './calendar';
import type { FoundDate } from './find';
import { nextOccurrence } from './ahead';
import type { RelativeMention } from './relative';

/** A date line candidate near the title: the found date plus what labels it. */
export interface StatedCandidate {
  date: FoundDate;
  /** True when a label such as "Updated" / "Aktualisiert" stands before it. */
  isUpdate: boolean;
  /** True when its line is one of a list of dated items (`13.02.2020 20:00 Stammtisch` over the next). */
  listed?: boolean;
}

/** What `decidePublication` weighs. */
export interface PublicationInput {
  /** From a structured record (JSON Lines); wins when present. */
  hint: string | null;
  /** Date lines near the title, best first. */
  stated: StatedCandidate[];
  /** A scraper header date (` date 2025-07`), already a partial date. */
  header: string | null;
  /** Absolute dates in the article text (not comments or boilerplate). */
  absolute: FoundDate[];
  /** Relative mentions in the article text. */
  relative: RelativeMention[];
  /** The bare weekdays among them whose clause speaks of what is to come (`weekdayAhead`). */
  ahead?: ReadonlySet<RelativeMention>;
}

/** What `decidePublication` returns. `published` is null when nothing is stated or inferable. */
export interface PublicationResult {
  published: string | null;
  source: 'stated' | 'header' | 'inferred' | 'record' | null;
  evidence: Notice[];
  conflict: string | null;
}

/** A weekday fixes a week only when the dated event is at most this far before the report. */
const MAX_WEEK_SPAN_DAYS = 6;
/** A header month counts as contradicted when the text's month lies this many months before. */
const CONFLICT_MIN_MONTHS = 2;

/** Picks the publication date; see the file comment for the order and the rules. */
export function decidePublication(input: PublicationInput): PublicationResult {
  if (input.hint) {
    return { published: input.hint, source: 'record', evidence: [notice('date.from-record')], conflict: null };
  }
  // A list of dated items (the newest posts, coming events) dates other pages: the page's own
  // line goes first, a revision of it next, and a listed date only where nothing else stands.
  const own = input.stated.filter((c) => !c.listed);
  const first = own.find((c) => !c.isUpdate) ?? own[0] ?? input.stated.find((c) => !c.isUpdate) ?? input.stated[0];
  if (first) {
    const d = formatParts(first.date);
    if (d) return { published: d, source: 'stated', evidence: [notice('date.stated-near-title', { text: first.date.text })], conflict: null };
  }
  const inferred = inferFromWeekdays(input.absolute, input.relative, input.ahead);
  if (input.header) {
    const evidence = [notice('date.header-line', { text: input.header })];
    let conflict: string | null = null;
    if (inferred && !inferred.date.startsWith(input.header.slice(0, 7))) {
      conflict = inferred.date;
      evidence.push(...inferred.evidence);
    } else {
      const implied = impliedMonth(input.absolute, input.relative, input.header);
      if (implied) {
        conflict = implied.month;
        evidence.push(...implied.evidence);
      }
    }
    return { published: input.header, source: 'header', evidence, conflict };
  }
  if (inferred) return { published: inferred.date, source: 'inferred', evidence: inferred.evidence, conflict: null };
  return { published: null, source: null, evidence: [], conflict: null };
}

/**
 * Infers a date from weekdays anchored by a full date on the same weekday; null when the text
 * gives no such pair.
 */
export function inferFromWeekdays(absolute: FoundDate[], relative: RelativeMention[], ahead: ReadonlySet<RelativeMention> = new Set()): { date: string; evidence: Notice[] } | null {
  const weekdays = relative.filter((r) => r.sense.type === 'weekday');
  if (weekdays.length === 0) return null;
  let anchor: { date: string; found: FoundDate; word: RelativeMention } | null = null;
  for (const f of absolute) {
    if (f.year === undefined || f.day === undefined) continue;
    const date = formatParts({ year: f.year, month: f.month, day: f.day })!;
    const wd = weekdayOf(date);
    const word = weekdays.find((w) => w.sense.type === 'weekday' && w.sense.weekday === wd);
    if (word && (!anchor || date > anchor.date)) anchor = { date, found: f, word };
  }
  if (!anchor) return null;
  const anchorDay = dayNumber(anchor.date)!;
  const evidence = [notice('date.weekday-fixes-week', { word: anchor.word.text.trim(), dateText: anchor.found.text, weekday: weekdayOf(anchor.date)! })];
  let latest = anchorDay;
  const seen = new Set<number>();
  for (const w of weekdays) {
    // A weekday still to come (`nächsten Montag`, `will am Montag …`) lies after the report.
    if (w.sense.type !== 'weekday' || w.sense.direction !== 0 || ahead.has(w)) continue;
    const after = (w.sense.weekday - weekdayOf(anchor.date)! + 7) % 7;
    if (after === 0 || after > MAX_WEEK_SPAN_DAYS) continue;
    const day = anchorDay + after;
    if (!seen.has(day)) {
      seen.add(day);
      evidence.push(notice('date.weekday-after', { word: w.text.trim(), date: fromDayNumber(day) }));
    }
    latest = Math.max(latest, day);
  }
  return { date: fromDayNumber(latest), evidence };
}

/**
 * The month the text implies when it speaks of the current month ("Anfang des Monats", "this
 * month") while all months it names without a year lie long before the header date: the month
 * after the latest named month. Null when there is no such contradiction.
 */
export function impliedMonth(absolute: FoundDate[], relative: RelativeMention[], header: string): { month: string; evidence: Notice[] } | null {
  const current = relative.find((r) => r.sense.type === 'current-month');
  if (!current) return null;
  const headerMonth = monthNumber(header);
  if (headerMonth === null) return null;
  const named: { n: number; text: string }[] = [];
  for (const r of relative) {
    if (r.sense.type !== 'month') continue;
    const y = yearFor(r.sense.month, header);
    if (y !== null) named.push({ n: y * 12 + r.sense.month - 1, text: r.text.trim() });
  }
  for (const f of absolute) {
    if (f.year === undefined) {
      const y = yearFor(f.month, header);
      if (y !== null) named.push({ n: y * 12 + f.month - 1, text: f.text });
    } else named.push({ n: f.year * 12 + f.month - 1, text: f.text });
  }
  if (named.length === 0) return null;
  const latest = named.reduce((a, b) => (b.n > a.n ? b : a));
  const implied = latest.n + 1;
  if (headerMonth - implied < CONFLICT_MIN_MONTHS) return null;
  const month = fromMonthNumber(implied);
  return {
    month,
    evidence: [
      notice('date.current-month', { phrase: current.text.trim(), named: latest.text, namedMonth: fromMonthNumber(latest.n) }),
      notice('date.points-to', { month, header }),
    ],
  };
}

/**
 * Resolves a found date without a year against the article's date; null when none is known.
 * `ahead`: its sentence tells it as still to come (`dateAhead`), so it is the next such day.
 */
export function completeYear(f: FoundDate, ref: string | null, ahead = false): string | null {
  if (f.year !== undefined) return formatParts(f);
  if (!ref) return null;
  if (ahead) return nextOccurrence(f.month, f.day, ref);
  const year = yearFor(f.month, ref);
  return year === null ? null : formatParts({ ...f, year });
}

/** The latest full date (day precision) at or before `ref` among `dates`, or null. */
export function latestDayBefore(dates: (string | null)[], ref: string | null): string | null {
  const limit = ref ? dayNumber(ref) ?? Infinity : Infinity;
  let best: string | null = null;
  for (const d of dates) {
    if (!d || d.length < 10) continue;
    const n = dayNumber(d)!;
    if (n <= limit && (!best || d > best)) best = d.slice(0, 10);
  }
  return best;
}

export { monthNumber };
