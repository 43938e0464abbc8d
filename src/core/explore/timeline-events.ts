/**
 * The timeline's last step, over every month's events at once: each story's reports are cited
 * on its main event (the row that cites most of them), then each event gets its mentions and a
 * label in the reports' words. Cheap next to the grouping, so it runs whole after every change.
 */
import type { ArticleId, TimelineEvent, TimelineMention } from '../../shared/api';
import { foldWord } from '../text/fold';
import { analyzeWord, forEachWord, stemWord } from '../text/words';
import type { StoryWhen, TimelineInput } from './timeline-dating';
import { dayNumber } from '../ingest/dates/calendar';
import { eventLabel, labelMemo, type LabelMemo } from './timeline-labels';
import type { Cluster } from './timeline-clusters';
import { nextDayRows } from './timeline-next-day';
import { sliceAt, slicePart, type Slices } from '../derived/slices';

/** Headlines and sentences a row's label is chosen among, at most. */
const LABEL_SOURCES = 12;

/**
 * What an event's label and key words were read from its rows, per event (cluster) while it
 * lives: a cluster's rows and keys do not change once its month is grouped, and a timeline kept
 * current regroups only the months a new report touches, then finishes every event again.
 */
interface EventMemo {
  label: LabelMemo;
  /** A key word (a stem, a `@name`) as the rows write it. */
  words: Map<string, string>;
}
const memos = new WeakMap<Cluster, EventMemo>();

/** The result: events oldest first, and for articles of uncertain date the day their text points to. */
export interface TimelineResult {
  events: TimelineEvent[];
  textDates: Map<ArticleId, { date: string; mentions: TimelineMention[] }>;
}

/**
 * The events of the grouped months. `leads` are the undated rows (a report's lead is cited on
 * its story's main event); `textDates` what the months found for reports of uncertain date.
 * `remember`: what each event's words were read as is kept for the next call (a timeline kept
 * current), not on a timeline built once (its memory).
 */
export function* finishTimeline(
  clusters: Cluster[],
  leadsRows: Iterable<TimelineInput>,
  storyOf: ReadonlyMap<ArticleId, string>,
  when: ReadonlyMap<string, StoryWhen>,
  idf: (k: string) => number,
  textDates: ReadonlyMap<ArticleId, { date: string; score: number; mentions: TimelineInput[] }>,
  remember = false,
): Slices<TimelineResult> {
  // What an earlier story pass cited is cited afresh (the stories may have changed since).
  for (const c of clusters) c.inferred.length = c.partInferred;
  // The bar's shares: the leads cited and the next-day rows, then the events made one by one.
  const mains = citeStoryLeads(clusters, leadsRows, storyOf, when);
  slicePart(1, 5);
  yield;
  const toMention = (r: TimelineInput, c: Cluster, inferred: boolean): TimelineMention => ({
    articleId: r.articleId, articleTitle: r.article.title, site: r.article.site, text: r.text, start: r.start, end: r.end,
    date: inferred ? c.date : r.date!, endDate: inferred ? c.endDate : r.endDate, sentence: r.sentence,
    sentenceStart: r.sentenceStart, sentenceEnd: r.sentenceEnd, inferred,
  });
  // A row the day before or after a story's main event, told in its words, is part of it.
  const joined = nextDayRows(clusters, mains, storyOf, idf);
  slicePart(2, 5);
  yield;
  const parts = new Map<Cluster, Cluster[]>();
  for (const [c, main] of joined) parts.set(main, [...(parts.get(main) ?? []), c]);
  const events: TimelineEvent[] = [];
  let done = 0;
  for (const c of clusters) {
    if (sliceAt(done++, 4)) {
      slicePart(2 * clusters.length + 3 * done, 5 * clusters.length);
      yield;
    }
    if (c.rows.length === 0 || joined.has(c)) continue;
    const mentions = [...c.rows.map((r) => toMention(r, c, false)), ...c.inferred.map((r) => toMention(r, c, true))];
    const days = [c.date];
    for (const p of parts.get(c) ?? []) {
      mentions.push(...p.rows.map((r) => toMention(r, p, false)), ...p.inferred.map((r) => toMention(r, p, true)));
      days.push(p.date);
    }
    days.sort();
    const date = days[0]!, endDate = days.length > 1 && days[days.length - 1] !== date ? days[days.length - 1]! : c.endDate;
    // Each key's weight once (the sort asked for it per comparison); the same products, so the same order.
    const keyWeights = new Map([...c.keys].map(([k, n]) => [k, n * idf(k)]));
    // Compared, not subtracted: a comparator's double result is boxed per call (the same order).
    const ranked = [...keyWeights].filter(([k]) => !k.startsWith('#')).sort((a, b) => (b[1] > a[1] ? 1 : b[1] < a[1] ? -1 : 0));
    let memo = remember ? memos.get(c) : undefined;
    if (remember && !memo) memos.set(c, (memo = { label: labelMemo(), words: new Map() }));
    const written = (k: string, of: (k: string, rows: TimelineInput[]) => string) => {
      if (!memo) return of(k, c.rows);
      let w = memo.words.get(k);
      if (w === undefined) memo.words.set(k, (w = of(k, c.rows)));
      return w;
    };
    const names = ranked.filter(([k]) => k.startsWith('@')).slice(0, 3).map(([k]) => written(k, displayName));
    const folded = new Set(names.map((x) => stemWord(foldWord(x))));
    const words = ranked
      .filter(([k]) => !k.startsWith('@') && !folded.has(k))
      .slice(0, 6 - names.length)
      .map(([k]) => written(k, surfaceOf));
    const articleIds = [...new Set(mentions.map((m) => m.articleId))];
    // Headlines say what a story's main event was; they would mislabel the other rows.
    const story = mains.get(c);
    const titles = story ? [...new Set(c.rows.filter((r) => storyOf.get(r.articleId) === story && !r.article.titleDerived).map((r) => r.article.title))] : [];
    // A dozen sentences hold the words of a row; a row of hundreds needs no more to be named.
    const label = eventLabel({ titles: titles.slice(0, LABEL_SOURCES), sentences: c.rows.slice(0, LABEL_SOURCES).map((r) => ({ text: r.sentence, dateAt: r.start - r.sentenceStart })), keys: keyWeights }, memo?.label);
    events.push({
      id: `${date}${endDate ? `..${endDate}` : ''}:${hash(mentions.map((m) => `${m.articleId}@${m.sentenceStart}`).join(','))}`,
      date, endDate, label: label || [...names, ...words].slice(0, 5).join(' · '), keywords: [...names, ...words], articleIds, mentions,
    });
  }
  yield;
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : b.mentions.length - a.mentions.length));
  yield;
  // The first event citing each report inferred on a day, found in one pass (not a search of all events per report).
  const firstInferred = new Map<string, TimelineEvent>();
  for (const e of events) {
    for (const m of e.mentions) {
      if (!m.inferred) continue;
      const key = `${m.articleId}\u0000${m.date}`;
      if (!firstInferred.has(key)) firstInferred.set(key, e);
    }
  }
  const out = new Map<ArticleId, { date: string; mentions: TimelineMention[] }>();
  for (const [id, t] of textDates) {
    const ev = firstInferred.get(`${id}\u0000${t.date}`);
    out.set(id, { date: t.date, mentions: ev ? ev.mentions.filter((m) => m.articleId === id || !m.inferred) : [] });
  }
  return { events, textDates: out };
}

/** A stem as written in one of the sentences (`verhandl` → `Verhandlungen`). */
function surfaceOf(stem: string, rows: TimelineInput[]): string {
  for (const r of rows) {
    let found = '';
    forEachWord(r.sentence, (s, e) => {
      if (!found && analyzeWord(r.sentence.slice(s, e))[1] === stem) found = r.sentence.slice(s, e);
    });
    if (found) return found;
  }
  return stem;
}

/** A name key (`@witkoff`) as written in one of the sentences. */
function displayName(key: string, rows: TimelineInput[]): string {
  const raw = key.slice(1);
  for (const r of rows) {
    const k = r.keys.split(' ').find((x) => x.toLowerCase() === key);
    if (k) return k.slice(1);
  }
  return raw;
}

function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** Whether row `c`, citing `n` of a story's reports, is a better main event of the story (its day and month `w`) than `m`. */
function citesBetter(c: Cluster, n: number, m: { c: Cluster; n: number }, w: StoryWhen | undefined): boolean {
  // A row on the story's day (or in its month) before one on a day all its reports recall
  // (`Drahtzieher des Massakers vom 7. Oktober 2023`): the news, not its background.
  const fc = storyFit(c, w), fm = storyFit(m.c, w);
  if (fc !== fm) return fc > fm;
  // Then the row citing most of its reports; among equals the one nearest the story's day, then the fuller.
  if (n !== m.n) return n > m.n;
  const nc = storyNear(c, w), nm = storyNear(m.c, w);
  if (nc !== nm) return nc < nm;
  return c.rows.length > m.c.rows.length;
}

function storyFit(x: Cluster, w: StoryWhen | undefined): number {
  const day = w?.day ?? null;
  return day && x.date === day ? 2 : w?.month && x.date.startsWith(w.month) ? 1 : 0;
}

function storyNear(x: Cluster, w: StoryWhen | undefined): number {
  const day = w?.day ?? null;
  return day ? Math.abs((dayNumber(x.date.length === 7 ? `${x.date}-15` : x.date) ?? 0) - (dayNumber(day) ?? 0)) : 0;
}

/**
 * Every report of a story is cited on the story's main event (the row that cites most of its
 * reports): a report with no day of its own that has not dated anything to it is cited with its
 * lead sentence, marked inferred. Returns each story's main event.
 */
function citeStoryLeads(clusters: Cluster[], rows: Iterable<TimelineInput>, storyOf: ReadonlyMap<ArticleId, string>, when: ReadonlyMap<string, StoryWhen>): Map<Cluster, string> {
  const mains = new Map<Cluster, string>();
  if (storyOf.size === 0) return mains;
  const main = new Map<string, { c: Cluster; n: number }>();
  // One map of counts for every row, cleared: a map made per row was most of this pass.
  const counts = new Map<string, number>();
  for (const c of clusters) {
    if (c.rows.length === 0) continue;
    counts.clear();
    for (const a of c.articles) {
      const st = storyOf.get(a as ArticleId);
      if (st) counts.set(st, (counts.get(st) ?? 0) + 1);
    }
    for (const [st, n] of counts) {
      const m = main.get(st);
      if (!m || citesBetter(c, n, m, when.get(st))) main.set(st, { c, n });
    }
  }
  const leads = new Map<ArticleId, TimelineInput>();
  for (const r of rows) {
    if (r.kind !== 'undated') continue;
    const l = leads.get(r.articleId);
    if (!l || r.sentenceStart < l.sentenceStart) leads.set(r.articleId, r);
  }
  for (const [id, lead] of leads) {
    const st = storyOf.get(id);
    const c = st ? main.get(st)?.c : undefined;
    if (!c || c.articles.has(id) || c.inferred.some((x) => x.articleId === id)) continue;
    c.inferred.push(lead);
  }
  const best = new Map<Cluster, number>();
  for (const [st, m] of main) {
    if ((best.get(m.c) ?? 0) >= m.n) continue;
    best.set(m.c, m.n);
    mains.set(m.c, st);
  }
  return mains;
}
