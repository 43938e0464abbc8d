/**
 * The timeline of one month: its dated mentions grouped into events (steps 1–4 of
 * `timeline.ts`). Everything here stays within the month — a mention joins events of its own
 * day, a month mention folds into a day of its month, an undated lead is dated through a day of
 * the month it was published in — so each month is grouped on its own, and a new report
 * regroups only the months it (or its story) dates something to. Word rarity is the library's
 * (`idf`), passed in.
 */
import type { ArticleId } from '../../shared/api';
import type { TimelineInput } from './timeline-dating';
import { splitKeyWords } from './timeline-key-words';
import { speaksAhead } from '../ingest/dates/ahead';
import { findDates } from '../ingest/dates/find';
import { runAtOnce, sliceAt, type Slices } from '../derived/slices';

/** Weighted overlap for two mentions of different reports to be one event. */
export const JOIN_MIN = 0.3;
/** … of the same report. */
export const SAME_ARTICLE_MIN = 0.12;
/** … for a month-precision mention to fold into a day of that month. */
export const REFINE_MIN = 0.4;
/** … for an undated sentence to be dated through another report. */
export const INFER_MIN = 0.3;
/** Shared keys needed besides the weight, so one shared name is not an event. */
const MIN_SHARED = 2;
/** Undated links need more shared keys: they are a guess from wording alone. */
const MIN_SHARED_INFER = 3;

export interface Cluster {
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
  /** How many of `inferred` the month's own pass added (the story pass adds the rest, afresh each time). */
  partInferred: number;
}

/** A row's key words: its own, and with its next sentence's (`splitKeyWords`). */
export interface RowKeys {
  own: string[];
  wide: string[];
}

/** Each row's keys, split once: the grouping asks for them many times per row. */
const splitKeys = new WeakMap<TimelineInput, RowKeys>();

/**
 * Splits the keys of many rows ahead of `keysOf`, a row whose keys are written as another's
 * shares that row's arrays (nothing changes them): a wire report's sentence stands in several
 * reports, and a 10k library's 51,515 rows hold 28,221 different key strings. The strings are
 * matched only within one call, so nothing is held past it. Gives each different key string's
 * words once, with how many of `rows` hold it, so the rarity counts are made per string.
 */
export function splitRowKeys(rows: Iterable<TimelineInput>): IterableIterator<{ keys: RowKeys; rows: number }> {
  return runAtOnce(splittingRowKeys(rows));
}

/** `splitRowKeys` as a sliced build (`derived/slices.ts`): 500k rows' keys at 100k reports. */
export function* splittingRowKeys(rows: Iterable<TimelineInput>): Slices<IterableIterator<{ keys: RowKeys; rows: number }>> {
  const seen = new Map<string, { keys: RowKeys; rows: number }>();
  let n = 0;
  for (const r of rows) {
    if (sliceAt(n++, 1024)) yield;
    const own = splitKeys.get(r);
    let e = seen.get(r.keys);
    if (e) e.rows++;
    else seen.set(r.keys, (e = { keys: own ?? splitKeyWords(r.keys), rows: 1 }));
    if (own === undefined) splitKeys.set(r, e.keys);
  }
  return seen.values();
}

/** A row's own key words (`context` false) or its own plus its next sentence's (`context` true), one shared string per word. */
export function keysOf(r: TimelineInput, context = false): string[] {
  let k: RowKeys | undefined = splitKeys.get(r);
  if (!k) splitKeys.set(r, (k = splitKeyWords(r.keys)));
  return context ? k.wide : k.own;
}

/** What one month's grouping gives: its events, and the text dates it found for undated reports. */
export interface MonthResult {
  clusters: Cluster[];
  textDates: Map<ArticleId, { date: string; score: number; mentions: TimelineInput[] }>;
}

/** Reports per story (the index works it out once for all its months, not once per month). */
export function storySizes(storyOf: ReadonlyMap<ArticleId, string>): Map<string, number> {
  const size = new Map<string, number>();
  for (const st of storyOf.values()) size.set(st, (size.get(st) ?? 0) + 1);
  return size;
}

/** The month a row is grouped in: its date's, or for an undated lead the month its report was published in. */
export function monthOf(r: TimelineInput): string {
  return r.kind === 'date' && r.date ? r.date.slice(0, 7) : (r.dateConflict ?? r.published ?? '').slice(0, 7);
}

/** Groups one month's rows into events (see the module comment). */
export function groupMonth(rows: TimelineInput[], idf: (k: string) => number, storyOf: ReadonlyMap<ArticleId, string>, storySize = storySizes(storyOf)): MonthResult {
  const weight = (ks: Iterable<string>) => {
    let w = 0;
    for (const k of ks) w += idf(k);
    return w;
  };
  /** The better of the two overlaps: sentence to sentences, or with context on both sides. */
  const match = (r: TimelineInput, c: Cluster, ownWeight: number, wideWeight: number) => {
    const own = overlap(keysOf(r), c.keys, c.keysWeight, ownWeight);
    const wide = overlap(keysOf(r, true), c.ctx, c.ctxWeight, wideWeight);
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
  const overlap = (ks: string[], c: ReadonlyMap<string, unknown> | ReadonlySet<string>, cWeight: number, ksWeight?: number) => {
    let shared = 0, count = 0;
    for (const k of ks) if (c.has(k)) { shared += idf(k); count++; }
    if (count === 0) return { score: 0, count };
    const denom = Math.min(ksWeight ?? weight(ks), cWeight) || 1;
    return { score: shared / denom, count };
  };

  /**
   * A row's own and next sentence's keys as a set, with their weight: each undated lead is held
   * against every row of its month's days, so they are made once per row, not once per pair.
   */
  const wide = new Map<TimelineInput, { keys: Set<string>; weight: number }>();
  const wideOf = (x: TimelineInput) => {
    let w = wide.get(x);
    if (!w) {
      const keys = new Set(keysOf(x, true));
      wide.set(x, (w = { keys, weight: weight(keys) }));
    }
    return w;
  };

  const clusters: Cluster[] = [];
  const buckets = new Map<string, TimelineInput[]>();
  for (const r of rows) {
    if (r.kind !== 'date' || !r.date) continue;
    const key = `${r.date}|${r.endDate ?? ''}`;
    if (!buckets.has(key)) buckets.set(key, []);
    buckets.get(key)!.push(r);
  }
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
      // The row's weights, once for all its candidates.
      const ownWeight = candidates.size > 0 ? weight(keysOf(r)) : 0;
      const wideWeight = candidates.size > 0 ? weight(keysOf(r, true)) : 0;
      for (const c of candidates) {
        const o = match(r, c, ownWeight, wideWeight);
        const same = c.articles.has(r.articleId);
        const ok = same ? o.score >= SAME_ARTICLE_MIN && o.count >= 1 : o.score >= JOIN_MIN && o.count >= MIN_SHARED;
        if (ok && o.score > bestScore) [best, bestScore] = [c, o.score];
      }
      if (!best) {
        best = { date: r.date!, endDate: r.endDate, rows: [], keys: new Map(), ctx: new Map(), keysWeight: 0, ctxWeight: 0, articles: new Set(), inferred: [], partInferred: 0 };
        local.push(best);
      }
      add(best, r);
      if (story && !byStory.has(story)) byStory.set(story, best);
    }
    clusters.push(...local);
  }

  // Month-precision events fold into a matching day of their month; failing that, a month that
  // most of one story's reports give is that story's event said vaguely, and folds into the day
  // of that month that cites most of the story. A month fewer of them give may be another
  // event of the story (`Anfang des Monats` in Washington, before the meeting in St. Petersburg).
  const storyCount = (c: Cluster, st: string) => c.rows.reduce((n, r) => n + (storyOf.get(r.articleId) === st ? 1 : 0), 0);
  const daysByMonth = new Map<string, Cluster[]>();
  for (const c of clusters) {
    // A day only told as still to come (`Die Amtseinführung findet am 29. Dezember statt`) is
    // not the day of a month's news said vaguely: in a story with no day of its own it was the
    // only day of the month, and the news (`am Samstag`, under month headers) folded into it.
    if (c.date.length < 10 || c.rows.every((r) => r.ahead)) continue;
    const m = c.date.slice(0, 7);
    if (!daysByMonth.has(m)) daysByMonth.set(m, []);
    daysByMonth.get(m)!.push(c);
  }
  // So is a day every report writes without its year in a sentence of what is still to come,
  // though it dated the row itself (`die nach der Wahl vom 1. Dezember gebildet werden soll`), as
  // `storyWhen` gives it no vote: asked only of a day a month's mentions would fold into.
  const toldAhead = new Map<Cluster, boolean>();
  const target = (d: Cluster) => {
    let v = toldAhead.get(d);
    if (v === undefined) toldAhead.set(d, (v = d.rows.every((r) => r.ahead || (findDates(r.text)[0]?.year === undefined && speaksAhead(r.sentence)))));
    return !v;
  };
  for (const c of clusters.filter((x) => x.date.length === 7)) {
    let best: Cluster | null = null, bestScore = 0;
    const days = daysByMonth.get(c.date) ?? [];
    for (const d of days) {
      const o = overlap([...c.keys.keys()], d.ctx, d.ctxWeight);
      if (o.score >= REFINE_MIN && o.count >= MIN_SHARED && o.score > bestScore && target(d)) [best, bestScore] = [d, o.score];
    }
    const stories = new Set(c.rows.map((r) => storyOf.get(r.articleId)));
    const st = stories.size === 1 ? [...stories][0] : undefined;
    if (!best && st && c.articles.size >= Math.max(2, (storySize.get(st) ?? 0) / 2)) {
      let most = 0;
      for (const d of days) {
        const n = storyCount(d, st);
        if (n > most && target(d)) [best, most] = [d, n];
      }
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
    const own = keysOf(r);
    const ownWeight = weight(own);
    for (const d of daysByMonth.get(month) ?? []) {
      // A report that names the day itself needs no inference there; one whose month mention
      // was folded in does (its text may still point to the day).
      if (d.rows.length === 0 || d.rows.some((x) => x.articleId === r.articleId && (x.date?.length ?? 0) >= 10)) continue;
      // Sentence to sentence (the best one of the event), not to the event's whole bag of words:
      // a wire report's lead restates one sentence of another report, not all of them.
      let o = { score: 0, count: 0 };
      for (const x of d.rows) {
        const w = wideOf(x);
        const m = overlap(own, w.keys, w.weight, ownWeight);
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

  for (const c of clusters) c.partInferred = c.inferred.length;
  return { clusters, textDates };
}
