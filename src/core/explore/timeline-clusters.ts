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
import type { KeyWordTable } from './timeline-key-words';
import { speaksAhead } from '../ingest/dates/ahead';
import { findDates } from '../ingest/dates/find';

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
  return r.kind === 'date' && r.date ? r.date.slice(0, 7) : (r.article.dateConflict ?? r.article.published ?? '').slice(0, 7);
}

/** Groups one month's rows into events (see the module comment). */
export function groupMonth(rows: TimelineInput[], words: KeyWordTable, idf: (k: string) => number, storyOf: ReadonlyMap<ArticleId, string>, storySize = storySizes(storyOf)): MonthResult {
  // A row's key words are read in place, as ids in the table's flat array (`words.rec(r.keys)`,
  // its own words `[start, end(false))`, with its next sentence's `[start, end(true))`): an
  // array of strings per row, even made month by month, was the timeline's largest garbage.
  const text = words.keys;
  const weight = (ks: Iterable<string>) => {
    let w = 0;
    for (const k of ks) w += idf(k);
    return w;
  };
  /** The weight of a row's own keys (`context` false) or with its next sentence's, a key repeated counted again. */
  const weightOf = (rec: number, context: boolean) => {
    const flat = words.flat;
    let w = 0;
    for (let i = words.start(rec), b = words.end(rec, context); i < b; i++) w += idf(text[flat[i]!]!);
    return w;
  };
  /** The better of the two overlaps: sentence to sentences, or with context on both sides. */
  const match = (r: TimelineInput, c: Cluster, ownWeight: number, wideWeight: number) => {
    const rec = words.rec(r.keys);
    const own = overlapOf(rec, false, c.keys, c.keysWeight, ownWeight);
    const wide = overlapOf(rec, true, c.ctx, c.ctxWeight, wideWeight);
    return wide.score > own.score ? wide : own;
  };
  const add = (c: Cluster, r: TimelineInput) => {
    c.rows.push(r);
    c.articles.add(r.articleId);
    const rec = words.rec(r.keys), flat = words.flat, a = words.start(rec);
    for (let i = a, b = words.end(rec, false); i < b; i++) {
      const k = text[flat[i]!]!;
      if (!c.keys.has(k)) c.keysWeight += idf(k);
      c.keys.set(k, (c.keys.get(k) ?? 0) + 1);
    }
    for (let i = a, b = words.end(rec, true); i < b; i++) {
      const k = text[flat[i]!]!;
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
  /** `overlap` of a row's keys read in place, their weight given. */
  const overlapOf = (rec: number, context: boolean, c: ReadonlyMap<string, unknown> | ReadonlySet<string>, cWeight: number, ksWeight: number) => {
    const flat = words.flat;
    let shared = 0, count = 0;
    for (let i = words.start(rec), b = words.end(rec, context); i < b; i++) {
      const k = text[flat[i]!]!;
      if (c.has(k)) { shared += idf(k); count++; }
    }
    if (count === 0) return { score: 0, count };
    const denom = Math.min(ksWeight, cWeight) || 1;
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
      const keys = new Set<string>();
      const rec = words.rec(x.keys), flat = words.flat;
      for (let i = words.start(rec), b = words.end(rec, true); i < b; i++) keys.add(text[flat[i]!]!);
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
      const rec = words.rec(r.keys), flat = words.flat;
      if (!best) for (let i = words.start(rec), b = words.end(rec, true); i < b; i++) for (const c of byKey.get(text[flat[i]!]!) ?? []) candidates.add(c);
      // The row's weights, once for all its candidates.
      const ownWeight = candidates.size > 0 ? weightOf(rec, false) : 0;
      const wideWeight = candidates.size > 0 ? weightOf(rec, true) : 0;
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
    const month = (r.article.dateConflict ?? r.article.published ?? '').slice(0, 7);
    if (month.length < 7) continue;
    let best: Cluster | null = null, bestScore = 0;
    const own = words.rec(r.keys);
    const ownWeight = weightOf(own, false);
    for (const d of daysByMonth.get(month) ?? []) {
      // A report that names the day itself needs no inference there; one whose month mention
      // was folded in does (its text may still point to the day).
      if (d.rows.length === 0 || d.rows.some((x) => x.articleId === r.articleId && (x.date?.length ?? 0) >= 10)) continue;
      // Sentence to sentence (the best one of the event), not to the event's whole bag of words:
      // a wire report's lead restates one sentence of another report, not all of them.
      let o = { score: 0, count: 0 };
      for (const x of d.rows) {
        const w = wideOf(x);
        const m = overlapOf(own, false, w.keys, w.weight, ownWeight);
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
