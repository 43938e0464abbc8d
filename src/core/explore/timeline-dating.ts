/**
 * Dating the mentions of reports that have no day of their own through their story. A report
 * with a month header (` date 2024-12`) or no date at all cannot read `am Sonntag` or `am
 * 8. Dezember` by itself; the other reports of its story often can. The story's day is the day
 * most of its reports date something to (`am 8. Dezember 2024` in one, `8.12.2024` in another);
 * the report's open mentions are read against it. A story whose reports give no day but agree
 * on a month (their headers) dates them to that month: the precision the reports give.
 */
import type { ArticleId } from '../../shared/api';
import { findDates, type FoundDate } from '../ingest/dates/find';
import { completeYear } from '../ingest/dates/publication';
import { nextOccurrence, relativeAhead, speaksAhead } from '../ingest/dates/ahead';
import { addDays, dayNumber, fromDayNumber, weekdayOf } from '../ingest/dates/calendar';
import { findRelative, resolveRelative } from '../ingest/dates/relative';
import type { TimelineArticle, TimelineRow } from '../store/queries/timeline';
import { runAtOnce, sliceAt, slicePart, type Slices } from '../derived/slices';

/** A stored timeline row with its article facts (see `store/queries/timeline.ts`). */
export interface TimelineInput extends TimelineRow {
  /** Its report's title, outlet and dates: one object for all the report's rows. */
  article: TimelineArticle;
  /** Read as a coming day (`findet am 29. Dezember statt`): a day scheduled, not the news. */
  ahead?: boolean;
}

/** A report published on a day counts half as much for the story's day as a report that dates its news to it. */
const PUBLISHED_WEIGHT = 0.5;

/** A day of the month before a report's month that its news can still be about (a week before). */
const LATE_IN_MONTH = '24';

/** What a story says of when it happened: a day, else a month, else nothing. */
export interface StoryWhen {
  day: string | null;
  month: string | null;
  /** Days its reports write with their year, by `MM-DD`: a report writing one without it recalls the same day. */
  recalled?: ReadonlyMap<string, string>;
}

/** The day (or month) of each story, from its reports' rows and dates. */
export function storyWhen(rows: TimelineInput[], storyOf: ReadonlyMap<ArticleId, string>, today = new Date().toISOString().slice(0, 10)): Map<string, StoryWhen> {
  return runAtOnce(storyWhenInSlices(rows, storyOf, today));
}

/** `storyWhen` as a sliced build (`derived/slices.ts`): 500k rows at 100k reports. */
export function* storyWhenInSlices(rows: TimelineInput[], storyOf: ReadonlyMap<ArticleId, string>, today = new Date().toISOString().slice(0, 10)): Slices<Map<string, StoryWhen>> {
  // Per story and day: the reports that date something to it (1 each) or were published then (½ each).
  const days = new Map<string, Map<string, Map<ArticleId, number>>>();
  const months = new Map<string, Map<string, number>>();
  const vote = (story: string, day: string, id: ArticleId, weight: number) => {
    if (!days.has(story)) days.set(story, new Map());
    const d = days.get(story)!;
    if (!d.has(day)) d.set(day, new Map());
    d.get(day)!.set(id, Math.max(d.get(day)!.get(id) ?? 0, weight));
  };
  const seen = new Set<ArticleId>();
  const first = firstOf();
  const recalled = new Map<string, Map<string, string>>();
  let n = 0;
  // For the bar: the rows twice, then the stories (`slicePart`).
  const work = 2 * rows.length + storyOf.size;
  for (const r of rows) {
    if (sliceAt(n++, 1024)) {
      slicePart(n, work);
      yield;
    }
    const story = storyOf.get(r.articleId);
    if (!story) continue;
    if (r.kind === 'date' && r.date && r.date.length >= 10) {
      // A day without its year in a sentence of what is still to come (`die nach der Wahl vom
      // 1. Dezember gebildet werden soll`, `würde am 21. Dezember enden`) is a plan or a term, not
      // the news: one report's such day outvoted the `am Freitag` others wrote of a court's ruling.
      // A day with its year stays a vote: a byline's `19.1.2016` the splitter left on a last sentence.
      const planned = first.date(r.text)?.year === undefined && first.ahead(r.sentence);
      if (!boundsPeriod(r) && !planned) vote(story, r.date.slice(0, 10), r.articleId, 1);
      if (first.date(r.text)?.year !== undefined) {
        if (!recalled.has(story)) recalled.set(story, new Map());
        recalled.get(story)!.set(r.date.slice(5, 10), r.date.slice(0, 10));
      }
    }
    if (seen.has(r.articleId)) continue;
    seen.add(r.articleId);
    const own = r.article.published ?? '';
    if (own.length >= 10) vote(story, own.slice(0, 10), r.articleId, PUBLISHED_WEIGHT);
    if (own.length >= 7) {
      if (!months.has(story)) months.set(story, new Map());
      months.get(story)!.set(own.slice(0, 7), (months.get(story)!.get(own.slice(0, 7)) ?? 0) + 1);
    }
  }
  // Open mentions per story, for the stories no report dates (grouped once, not per story).
  const openByStory = new Map<string, TimelineInput[]>();
  for (const r of rows) {
    if (sliceAt(n++, 1024)) {
      slicePart(n, work);
      yield;
    }
    const story = r.kind === 'open' ? storyOf.get(r.articleId) : undefined;
    if (!story) continue;
    if (!openByStory.has(story)) openByStory.set(story, []);
    openByStory.get(story)!.push(r);
  }
  const out = new Map<string, StoryWhen>();
  for (const story of new Set(storyOf.values())) {
    if (sliceAt(n++, 256)) {
      slicePart(n, work);
      yield;
    }
    // The day most reports date something to; among equals the latest (news tells what just happened).
    let day: string | null = null;
    let best = 0;
    // A story whose reports carry months (headers) happened then, not on an old date they recall.
    // A day late in the month before counts only when no report dates anything to a day of the
    // months themselves: the background (`Am 27. November begann die Offensive`, said by most
    // reports of a story published in December) is not the news.
    const known = [...(months.get(story)?.keys() ?? [])];
    const inKnown = (d: string) => known.some((m) => d.startsWith(m));
    const storyDays = [...(days.get(story) ?? [])];
    const within = known.length > 0 && storyDays.some(([d]) => inKnown(d));
    // Such a day must also fall on the weekday most reports name the news by (`am Freitag`): the
    // first round of an election `am 24. November`, recalled by two reports published in December,
    // is not the Friday its annulment was ruled on.
    const weekday = within ? undefined : namedWeekday(openByStory.get(story) ?? [], first);
    for (const [d, ids] of storyDays) {
      if (known.length && !inKnown(d) && (within || !known.some((m) => nextMonth(d.slice(0, 7)) === m && d.slice(8, 10) >= LATE_IN_MONTH) || (weekday !== undefined && weekdayOf(d) !== weekday))) continue;
      let score = 0;
      for (const w of ids.values()) score += w;
      if (score > best || (score === best && day !== null && d > day)) [day, best] = [d, score];
    }
    const ms = [...(months.get(story) ?? [])].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1));
    // Weekday and day said apart fix a year only in a story no header dates to a month.
    day ??= weekdayDated(openByStory.get(story) ?? [], today, first, ms.length === 0);
    out.set(story, { day, month: day ? day.slice(0, 7) : (ms[0]?.[0] ?? null), recalled: recalled.get(story) });
  }
  return out;
}

/**
 * The `open` rows of reports without a day of their own, read against their story's day (or
 * dated to its month), as `date` rows; rows that still cannot be read are left out.
 */
export function dateOpenRows(rows: TimelineInput[], storyOf: ReadonlyMap<ArticleId, string>, when: ReadonlyMap<string, StoryWhen>): TimelineInput[] {
  return runAtOnce(dateOpenRowsInSlices(rows, storyOf, when));
}

/** `dateOpenRows` as a sliced build. */
export function* dateOpenRowsInSlices(rows: TimelineInput[], storyOf: ReadonlyMap<ArticleId, string>, when: ReadonlyMap<string, StoryWhen>): Slices<TimelineInput[]> {
  const out: TimelineInput[] = [];
  const first = firstOf();
  let n = 0;
  for (const r of rows) {
    if (sliceAt(n++, 1024)) {
      slicePart(n, rows.length);
      yield;
    }
    if (r.kind !== 'open') continue;
    const story = storyOf.get(r.articleId);
    const w = story ? when.get(story) : undefined;
    if (!w || (!w.day && !w.month)) continue;
    // `am Mittwoch, den 27. November`: the weekday only repeats the date written after it.
    const after = r.sentence.slice(r.end - r.sentenceStart, r.end - r.sentenceStart + 12);
    if (first.relative(r.text) && /^,?\s*(?:den\s+)?\d{1,2}\./u.test(after)) continue;
    const date = readAgainst(r.text, w, r.sentence, first);
    if (date) out.push({ ...r, kind: 'date', date: date.date, endDate: date.endDate, ...(date.ahead ? { ahead: true } : {}) });
  }
  return out;
}

/**
 * `bis zum 19. Januar`, `ab 1. Januar`, `seit dem 7. Oktober`, `until 5 May`: a day that bounds a
 * period (an emergency's end, a price's start) is not the day the news happened. Two reports
 * writing that a state of emergency lasts `bis zum 19. Januar` outvoted the one that dated the
 * government's fall; the row stays, it only gives the story no day.
 */
const BOUND_WORDS = '(?:bis|ab|seit|until|till|since)';
const BOUND_BEFORE = new RegExp(`(?:^|[^\\p{L}])${BOUND_WORDS}(?:\\s+(?:zum|zur|dem|der|einschließlich|spätestens))?\\s*$`, 'iu');
const BOUND_START = new RegExp(`^${BOUND_WORDS}\\b`, 'iu');
function boundsPeriod(r: TimelineInput): boolean {
  const at = r.start - r.sentenceStart;
  return BOUND_BEFORE.test(r.sentence.slice(Math.max(0, at - 24), at)) || BOUND_START.test(r.text);
}

/** German weekday names, Monday first (`Mittwochabend` starts with `Mittwoch`). */
const WEEKDAYS = ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'];
/** Years back a weekday and a day of the month are read into (a date repeats its weekday every 5–11 years). */
const WEEKDAY_YEARS = 12;

/**
 * A story with no year anywhere: `am Mittwochabend (23. August)` still fixes one, the latest year
 * up to `today` in which 23 August was a Wednesday. Null when no report pairs a weekday with a day.
 */
function weekdayDated(open: TimelineInput[], today: string, first: ReturnType<typeof firstOf>, undated: boolean): string | null {
  const found = new Map<string, number>();
  for (const r of open) {
    const d = first.date(r.text);
    if (!d || d.year !== undefined || d.day === undefined || d.month === undefined) continue;
    const before = r.sentence.slice(Math.max(0, r.start - r.sentenceStart - 24), r.start - r.sentenceStart).toLowerCase();
    const wd = WEEKDAYS.findIndex((w) => before.includes(w));
    if (wd < 0) continue;
    // WEEKDAYS counts from Monday, `latestYearOf` from Sunday.
    const date = latestYearOf(`${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`, (wd + 1) % 7, today);
    if (date) found.set(date, (found.get(date) ?? 0) + 1);
  }
  return [...found].sort((a, b) => b[1] - a[1])[0]?.[0] ?? (undated ? acrossReports(open, today, first) : null);
}

/**
 * The weekday (0 = Sunday) two or more reports name their news by, more than any other, outside
 * sentences of what is still to come or was meant to be (`An diesem Sonntag sollte er sich …
 * stellen`); undefined when none.
 */
function namedWeekday(open: TimelineInput[], first: ReturnType<typeof firstOf>): number | undefined {
  const by = new Map<number, Set<ArticleId>>();
  for (const r of open) {
    const rel = first.relative(r.text);
    if (rel?.sense.type !== 'weekday' || rel.sense.direction !== 0 || first.ahead(r.sentence)) continue;
    (by.get(rel.sense.weekday) ?? by.set(rel.sense.weekday, new Set()).get(rel.sense.weekday)!).add(r.articleId);
  }
  const sizes = [...by].sort((a, b) => b[1].size - a[1].size);
  const [top, next] = sizes;
  return top && top[1].size >= 2 && (!next || next[1].size < top[1].size) ? top[0] : undefined;
}

/**
 * A story with no year nor month whose weekday and day are said apart: most reports write `am Freitag`, one
 * `Am 28. März` (a travel alert, a wire's later copy). The weekday two or more reports name,
 * more than any other, and the yearless day most reports name (not one still to come) fix the
 * latest year up to `today` in which that day was that weekday. Null when either is missing.
 */
function acrossReports(open: TimelineInput[], today: string, first: ReturnType<typeof firstOf>): string | null {
  const weekdays = new Map<number, Set<ArticleId>>();
  const days = new Map<string, Set<ArticleId>>();
  const note = <K>(m: Map<K, Set<ArticleId>>, k: K, id: ArticleId) => (m.get(k) ?? m.set(k, new Set()).get(k)!).add(id);
  for (const r of open) {
    const d = first.date(r.text);
    if (d) {
      if (d.year === undefined && d.day !== undefined && d.month !== undefined && !first.ahead(r.sentence)) note(days, `${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`, r.articleId);
      continue;
    }
    const rel = first.relative(r.text);
    if (rel?.sense.type === 'weekday' && rel.sense.direction === 0) note(weekdays, rel.sense.weekday, r.articleId);
  }
  const most = <K>(m: Map<K, Set<ArticleId>>) => [...m].sort((a, b) => b[1].size - a[1].size)[0];
  const [wd, wdReports] = most(weekdays) ?? [];
  const [day] = most(days) ?? [];
  if (wd === undefined || !day || (wdReports?.size ?? 0) < 2 || [...weekdays.values()].filter((ids) => ids.size === wdReports!.size).length > 1) return null;
  return latestYearOf(day, wd, today);
}

/**
 * `MM-DD` in the latest of the last `WEEKDAY_YEARS` years up to `today` in which it falls on
 * `weekday` (0 = Sunday), or null. A day a year lacks (29 February) is never that year's.
 */
function latestYearOf(monthDay: string, weekday: number, today: string): string | null {
  for (let y = Number(today.slice(0, 4)); y > Number(today.slice(0, 4)) - WEEKDAY_YEARS; y--) {
    const date = `${y}-${monthDay}`;
    if (date > today || weekdayOf(date) !== weekday) continue;
    const n = dayNumber(date);
    if (n !== null && fromDayNumber(n) === date) return date;
  }
  return null;
}

/**
 * The first date and relative date found in a mention's text, read once per text: the same
 * few thousand date phrases (`am Montag`, `7. Oktober`) recur across the library's rows. So do
 * sentences (a wire report's in several reports), and `speaksAhead`'s one large expression is
 * run once per sentence written.
 */
function firstOf() {
  const dates = new Map<string, FoundDate | undefined>();
  const relatives = new Map<string, FoundRelative | undefined>();
  const aheads = new Map<string, boolean>();
  return {
    ahead(sentence: string): boolean {
      let v = aheads.get(sentence);
      if (v === undefined) aheads.set(sentence, (v = speaksAhead(sentence)));
      return v;
    },
    date(text: string): FoundDate | undefined {
      if (!dates.has(text)) dates.set(text, findDates(text)[0]);
      return dates.get(text);
    },
    relative(text: string): FoundRelative | undefined {
      if (!relatives.has(text)) relatives.set(text, findRelative(text)[0]);
      return relatives.get(text);
    },
  };
}
type FoundRelative = ReturnType<typeof findRelative>[number];

function readAgainst(text: string, w: StoryWhen, sentence: string, first: ReturnType<typeof firstOf>): { date: string; endDate: string | null; ahead?: boolean } | null {
  const ref = w.day ?? `${w.month}-15`;
  const absolute = first.date(text);
  if (absolute) {
    // `vom 7. Oktober` beside another report's `7. Oktober 2023`: the day recalled, not one of the news month.
    const again = absolute.year === undefined && absolute.day !== undefined ? w.recalled?.get(`${String(absolute.month).padStart(2, '0')}-${String(absolute.day).padStart(2, '0')}`) : undefined;
    if (again) return { date: again, endDate: null };
    // `Die Wahl findet am 5. November statt` in July news: the coming November, not the last.
    const ahead = absolute.year === undefined && absolute.month !== undefined && first.ahead(sentence) ? nextOccurrence(absolute.month, absolute.day, ref) : null;
    if (ahead) return { date: ahead, endDate: null, ahead: true };
    const d = completeYear(absolute, ref);
    return d ? { date: d, endDate: null } : null;
  }
  const rel = first.relative(text);
  if (!rel || rel.sense.type === 'offset-after') return null;
  // Without the story's day a weekday or `gestern` names some day of its month.
  if (!w.day) return w.month ? { date: w.month, endDate: null } : null;
  // A report without a day of its own that says `gestern` or `vorgestern` of its story's news
  // was written a day or two after it: the day named is the story's, not the one before.
  if (rel.sense.type === 'day-offset' && rel.sense.days < 0 && rel.sense.days >= -2) return { date: w.day, endDate: null };
  // A report is written on its story's day or the day after: a weekday names the most recent
  // such day up to the day after (`am Donnerstagmorgen` after a Wednesday is the Thursday).
  // One in a clause of what is to come (`trifft am Samstag`) is that day or the next such.
  // So is a month without a year (`Neuwahlen im März … dürfte` in November news: the coming March).
  if (relativeAhead(rel.sense, sentence, text)) {
    const a = resolveRelative(rel.sense, ref, null, true);
    return a.date ? { date: a.date, endDate: null, ahead: true } : null;
  }
  const r = resolveRelative(rel.sense, rel.sense.type === 'weekday' ? (addDays(ref, 1) ?? ref) : ref);
  return r.date ? { date: r.date, endDate: r.endDate ?? null } : null;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
