/**
 * The library's timeline: dated sentences grouped into events.
 *
 * 1. Mentions are bucketed by their resolved date (a range by its first and last day).
 * 2. Within a bucket, a mention joins the event whose key words (content stems, names,
 *    figures) it overlaps most, weighted by rarity over all mentions, when the overlap covers
 *    `JOIN_MIN` of the smaller side (`SAME_ARTICLE_MIN` for two mentions in one article,
 *    which mostly speak of one event) — else it starts an event of its own.
 * 3. A month-precision event (`Ende Oktober`) folds into a day-precision event of that month
 *    when they overlap strongly (`REFINE_MIN`).
 * 4. Undated lead sentences of articles whose own date is uncertain are linked to an event of
 *    another report when they overlap one of its sentences strongly (`INFER_MIN`) and the event's date fits what
 *    is known of the article's date (its month): that is how a wire report with a wrong
 *    header date learns the day its text reports.
 */
import type { ArticleId, TimelineEvent, TimelineMention } from '../../shared/api';
import { foldWord } from '../text/fold';
import { analyzeWord, forEachWord, stemWord } from '../text/words';
import { dateOpenRows, storyWhen, type StoryWhen, type TimelineInput } from './timeline-dating';
import { dayNumber } from '../ingest/dates/calendar';
import { eventLabel } from './timeline-labels';

export type { TimelineInput } from './timeline-dating';

/** Weighted overlap for two mentions of different reports to be one event. */
export const JOIN_MIN = 0.3;
/** … of the same report. */
export const SAME_ARTICLE_MIN = 0.12;
/** … for a month-precision mention to fold into a day of that month. */
export const REFINE_MIN = 0.4;
/** … for an undated sentence to be dated through another report. */
export const INFER_MIN = 0.3;
/** Headlines and sentences a row's label is chosen among, at most. */
const LABEL_SOURCES = 12;
/** Shared keys needed besides the weight, so one shared name is not an event. */
const MIN_SHARED = 2;
/** Undated links need more shared keys: they are a guess from wording alone. */
const MIN_SHARED_INFER = 3;

interface Cluster {
  /** Sum of the IDF of `ctx`'s keys, kept up to date as rows join. */
  ctxWeight: number;
  keysWeight: number;
  date: string;
  endDate: string | null;
  rows: TimelineInput[];
  /** Key counts of the sentences themselves, and with their next sentences. */
  keys: Map<string, number>;
  ctx: Map<string, number>;
  articles: Set<string>;
  inferred: TimelineInput[];
}

/** The result: events oldest first, and for articles of uncertain date the day their text points to. */
export interface TimelineResult {
  events: TimelineEvent[];
  textDates: Map<ArticleId, { date: string; mentions: TimelineMention[] }>;
}

/** Each row's keys, split once: the grouping asks for them many times per row. */
const splitKeys = new WeakMap<TimelineInput, { own: string[]; wide: string[] }>();

/** A row's own key words (`context` false) or its own plus its next sentence's (`context` true). */
function keysOf(r: TimelineInput, context = false): string[] {
  let k = splitKeys.get(r);
  if (!k) {
    const [own = '', next = ''] = r.keys.split(' || ');
    const words = (all: string) => all.split(' ').filter(Boolean).map((w) => (w.startsWith('@') ? w.toLowerCase() : w));
    k = { own: words(own), wide: next ? words(`${own} ${next}`) : words(own) };
    splitKeys.set(r, k);
  }
  return context ? k.wide : k.own;
}

/** Builds the timeline from stored rows (see the module comment); `storyOf` maps a report to its story. */
export function buildTimeline(stored: TimelineInput[], storyOf: ReadonlyMap<ArticleId, string> = new Map()): TimelineResult {
  const when = storyWhen(stored, storyOf);
  const rows = [...stored, ...dateOpenRows(stored, storyOf, when)];
  const df = new Map<string, number>();
  for (const r of rows) for (const k of new Set(keysOf(r, true))) df.set(k, (df.get(k) ?? 0) + 1);
  const n = rows.length || 1;
  const idfs = new Map<string, number>();
  const idf = (k: string) => {
    let v = idfs.get(k);
    if (v === undefined) idfs.set(k, (v = Math.log(1 + n / (df.get(k) ?? 1)) * (k.startsWith('@') || k.startsWith('#') ? 1.5 : 1)));
    return v;
  };
  const weight = (ks: Iterable<string>) => {
    let w = 0;
    for (const k of ks) w += idf(k);
    return w;
  };
  /** The better of the two overlaps: sentence to sentences, or with context on both sides. */
  const match = (r: TimelineInput, c: Cluster) => {
    const own = overlap(keysOf(r), c.keys, c.keysWeight);
    const wide = overlap(keysOf(r, true), c.ctx, c.ctxWeight);
    return wide.score > own.score ? wide : own;
  };
  const add = (c: Cluster, r: TimelineInput) => {
    c.rows.push(r);
    c.articles.add(r.articleId);
    for (const k of keysOf(r)) {
      if (!c.keys.has(k)) c.keysWeight += idf(k);
      c.keys.set(k, (c.keys.get(k) ?? 0) + 1);
    }
    for (const k of keysOf(r, true)) {
      if (!c.ctx.has(k)) {
        c.ctxWeight += idf(k);
        let list = byKey.get(k);
        if (!list) byKey.set(k, (list = new Set()));
        list.add(c);
      }
      c.ctx.set(k, (c.ctx.get(k) ?? 0) + 1);
    }
  };
  /** Clusters of the current bucket by key, so a row is compared only with clusters it shares a key with. */
  let byKey = new Map<string, Set<Cluster>>();
  const overlap = (ks: string[], c: Map<string, number>, cWeight?: number) => {
    let shared = 0, count = 0;
    for (const k of ks) if (c.has(k)) { shared += idf(k); count++; }
    if (count === 0) return { score: 0, count };
    const denom = Math.min(weight(ks), cWeight ?? weight(c.keys())) || 1;
    return { score: shared / denom, count };
  };

  const buckets = new Map<string, TimelineInput[]>();
  for (const r of rows) {
    if (r.kind !== 'date' || !r.date) continue;
    const key = `${r.date}|${r.endDate ?? ''}`;
    if (!buckets.has(key)) buckets.set(key, []);
    buckets.get(key)!.push(r);
  }
  const clusters: Cluster[] = [];
  for (const list of buckets.values()) {
    list.sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start));
    const local: Cluster[] = [];
    byKey = new Map();
    // The reports of one story dating something to one day tell of one event.
    const byStory = new Map<string, Cluster>();
    for (const r of list) {
      const story = storyOf.get(r.articleId);
      let best: Cluster | null = story ? (byStory.get(story) ?? null) : null, bestScore = best ? Infinity : 0;
      const candidates = new Set<Cluster>();
      if (!best) for (const k of keysOf(r, true)) for (const c of byKey.get(k) ?? []) candidates.add(c);
      for (const c of candidates) {
        const o = match(r, c);
        const same = c.articles.has(r.articleId);
        const ok = same ? o.score >= SAME_ARTICLE_MIN && o.count >= 1 : o.score >= JOIN_MIN && o.count >= MIN_SHARED;
        if (ok && o.score > bestScore) [best, bestScore] = [c, o.score];
      }
      if (!best) {
        best = { date: r.date!, endDate: r.endDate, rows: [], keys: new Map(), ctx: new Map(), keysWeight: 0, ctxWeight: 0, articles: new Set(), inferred: [] };
        local.push(best);
      }
      add(best, r);
      if (story && !byStory.has(story)) byStory.set(story, best);
    }
    clusters.push(...local);
  }

  // Month-precision events fold into a matching day of their month.
  const daysByMonth = new Map<string, Cluster[]>();
  for (const c of clusters) {
    if (c.date.length < 10) continue;
    const m = c.date.slice(0, 7);
    if (!daysByMonth.has(m)) daysByMonth.set(m, []);
    daysByMonth.get(m)!.push(c);
  }
  for (const c of clusters.filter((x) => x.date.length === 7)) {
    let best: Cluster | null = null, bestScore = 0;
    for (const d of daysByMonth.get(c.date) ?? []) {
      const o = overlap([...c.keys.keys()], d.ctx, d.ctxWeight);
      if (o.score >= REFINE_MIN && o.count >= MIN_SHARED && o.score > bestScore) [best, bestScore] = [d, o.score];
    }
    if (!best) continue;
    for (const r of c.rows) add(best, r);
    c.rows = [];
  }

  // Undated lead sentences of uncertain-date articles, dated through other reports. Each
  // article gets one text date: the event its best-matching sentence belongs to.
  const candidates = new Map<ArticleId, { row: TimelineInput; cluster: Cluster; score: number }[]>();
  for (const r of rows) {
    if (r.kind !== 'undated') continue;
    const month = (r.dateConflict ?? r.published ?? '').slice(0, 7);
    if (month.length < 7) continue;
    let best: Cluster | null = null, bestScore = 0;
    for (const d of daysByMonth.get(month) ?? []) {
      if (d.rows.length === 0 || d.articles.has(r.articleId)) continue;
      // Sentence to sentence (the best one of the event), not to the event's whole bag of words:
      // a wire report's lead restates one sentence of another report, not all of them.
      let o = { score: 0, count: 0 };
      for (const x of d.rows) {
        const m = overlap(keysOf(r), new Map(keysOf(x, true).map((k) => [k, 1])));
        if (m.score > o.score) o = m;
      }
      if (o.score >= INFER_MIN && o.count >= MIN_SHARED_INFER && o.score > bestScore) [best, bestScore] = [d, o.score];
    }
    if (!best) continue;
    if (!candidates.has(r.articleId)) candidates.set(r.articleId, []);
    candidates.get(r.articleId)!.push({ row: r, cluster: best, score: bestScore });
  }
  const textDates = new Map<ArticleId, { date: string; score: number; mentions: TimelineInput[] }>();
  for (const [id, list] of candidates) {
    const top = list.reduce((m, x) => (x.score > m.score ? x : m));
    const rowsThere = list.filter((x) => x.cluster === top.cluster).map((x) => x.row);
    top.cluster.inferred.push(...rowsThere);
    textDates.set(id, { date: top.cluster.date, score: top.score, mentions: rowsThere });
  }

  const mains = citeStoryLeads(clusters, rows, storyOf, when);

  const toMention = (r: TimelineInput, c: Cluster, inferred: boolean): TimelineMention => ({
    articleId: r.articleId, articleTitle: r.articleTitle, site: r.site, text: r.text, start: r.start, end: r.end,
    date: inferred ? c.date : r.date!, endDate: inferred ? c.endDate : r.endDate, sentence: r.sentence,
    sentenceStart: r.sentenceStart, sentenceEnd: r.sentenceEnd, inferred,
  });
  const events: TimelineEvent[] = [];
  for (const c of clusters) {
    if (c.rows.length === 0) continue;
    const mentions = [...c.rows.map((r) => toMention(r, c, false)), ...c.inferred.map((r) => toMention(r, c, true))];
    const ranked = [...c.keys].filter(([k]) => !k.startsWith('#')).sort((a, b) => b[1] * idf(b[0]) - a[1] * idf(a[0]));
    const names = ranked.filter(([k]) => k.startsWith('@')).slice(0, 3).map(([k]) => displayName(k, c.rows));
    const folded = new Set(names.map((x) => stemWord(foldWord(x))));
    const words = ranked
      .filter(([k]) => !k.startsWith('@') && !folded.has(k))
      .slice(0, 6 - names.length)
      .map(([k]) => surfaceOf(k, c.rows));
    const articleIds = [...new Set(mentions.map((m) => m.articleId))];
    const keyWeights = new Map([...c.keys].map(([k, n]) => [k, n * idf(k)]));
    // Headlines say what a story's main event was; they would mislabel the other rows.
    const story = mains.get(c);
    const titles = story ? [...new Set(c.rows.filter((r) => storyOf.get(r.articleId) === story && !r.titleDerived).map((r) => r.articleTitle))] : [];
    // A dozen sentences hold the words of a row; a row of hundreds needs no more to be named.
    const label = eventLabel({ titles: titles.slice(0, LABEL_SOURCES), sentences: c.rows.slice(0, LABEL_SOURCES).map((r) => r.sentence), keys: keyWeights });
    events.push({
      id: `${c.date}${c.endDate ? `..${c.endDate}` : ''}:${hash(mentions.map((m) => `${m.articleId}@${m.sentenceStart}`).join(','))}`,
      date: c.date, endDate: c.endDate, label: label || [...names, ...words].slice(0, 5).join(' · '), keywords: [...names, ...words], articleIds, mentions,
    });
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : b.mentions.length - a.mentions.length));
  const out = new Map<ArticleId, { date: string; mentions: TimelineMention[] }>();
  for (const [id, t] of textDates) {
    const ev = events.find((e) => e.mentions.some((m) => m.inferred && m.articleId === id && m.date === t.date));
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

/**
 * Every report of a story is cited on the story's main event (the row that cites most of its
 * reports): a report with no day of its own that has not dated anything to it is cited with its
 * lead sentence, marked inferred. Returns each story's main event.
 */
function citeStoryLeads(clusters: Cluster[], rows: TimelineInput[], storyOf: ReadonlyMap<ArticleId, string>, when: ReadonlyMap<string, StoryWhen>): Map<Cluster, string> {
  const mains = new Map<Cluster, string>();
  if (storyOf.size === 0) return mains;
  const main = new Map<string, { c: Cluster; n: number }>();
  for (const c of clusters) {
    if (c.rows.length === 0) continue;
    const counts = new Map<string, number>();
    for (const a of c.articles) {
      const st = storyOf.get(a as ArticleId);
      if (st) counts.set(st, (counts.get(st) ?? 0) + 1);
    }
    for (const [st, n] of counts) {
      const m = main.get(st);
      // Among rows citing as many of its reports: the one nearest the story's day, then the fuller.
      const day = when.get(st)?.day ?? null;
      const near = (x: Cluster) => (day ? Math.abs((dayNumber(x.date.length === 7 ? `${x.date}-15` : x.date) ?? 0) - (dayNumber(day) ?? 0)) : 0);
      if (!m || n > m.n || (n === m.n && (near(c) < near(m.c) || (near(c) === near(m.c) && c.rows.length > m.c.rows.length)))) main.set(st, { c, n });
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
