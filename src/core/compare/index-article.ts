/**
 * Keeps the compare tables up to date as articles come and go: called once per article by
 * ingest (`writeOne`) and re-extraction, inside their transaction. Cheap by design (sentence
 * split, name finding and a few inserts, ~1 ms per 800-word article); the grouping into
 * events, entities and stories happens when a view is asked for, over these small rows.
 */
import type { ArticleId, DateMention, Extraction } from '../../shared/types';
import type { WriteDb } from '../store/db';
import { stmt } from '../store/queries/cache';
import { clearCompareRows, getArticleDates, getCompareArticle, putCompareDoc } from '../store/queries/compare';
import { insertEntityMentions } from '../store/queries/entities';
import { insertTimelineRows, type TimelineRow } from '../store/queries/timeline';
import { findRelative, resolveRelative } from '../ingest/dates/relative';
import { articleSentences } from './analyze';
import { findEntities, type EntityMentionRow } from './entities';
import { findQuantities, unitKey } from './numbers';
import { findSources } from './sources';
import { contentStems } from './words';
import { bumpCompareVersion } from './version';

/** Undated lead sentences kept for articles of uncertain date (the lead states the news). */
const LEAD_SENTENCES = 3;
/** Salient stems kept per article for grouping stories. */
const STORY_STEMS = 12;
/** Names kept per article for grouping stories. */
const STORY_NAMES = 8;
/** Sentences (from the top) whose stems give a report's story keys. */
const STORY_SENTENCES = 8;

/** The date of a relative mention read against `ref` instead of the date extraction used. */
function reresolve(m: DateMention, ref: string): string | null {
  if (m.kind !== 'relative') return m.date;
  const found = findRelative(m.text)[0];
  if (!found || found.sense.type === 'offset-after') return m.date;
  return resolveRelative(found.sense, ref).date;
}

/**
 * True when an article's date is known to its month but not its day, or contradicted: then its
 * undated lead can be dated through other reports of that month. (With no date at all there
 * is nothing to narrow the search by, and guessing across the whole library is not worth it.)
 */
export function isUncertainDate(published: string | null, dateConflict: string | null): boolean {
  return dateConflict !== null || (published !== null && published.length === 7);
}

/** The key words of a sentence for event matching: content stems, names (`@Name`), figures (`#4|stund`). */
export function sentenceKeys(
  text: string,
  start: number,
  end: number,
  names: EntityMentionRow[],
  dates: { start: number; end: number }[],
  stems = contentStems(text, start, end),
): string[] {
  const keys = new Set(stems.filter((s) => s.length > 2));
  for (const n of names) if (n.start >= start && n.end <= end) keys.add(`@${n.name.split(' ').pop()}`);
  for (const q of findQuantities(text, start, end, dates)) keys.add(`#${q.value}|${unitKey(q.unit)}`);
  return [...keys];
}

/** Stored keys: the sentence's own, then ` || ` and those only its next sentence adds. */
function withContext(own: string[], context: string[]): string {
  const mine = new Set(own);
  const extra = context.filter((k) => !mine.has(k));
  return extra.length ? `${own.join(' ')} || ${extra.join(' ')}` : own.join(' ');
}

/**
 * Everything the compare tables hold of one article, computed from its extraction and dates
 * alone — pure CPU work, so ingest runs it on an extraction worker beside the writer.
 */
export interface CompareAnalysis {
  mentions: (EntityMentionRow & { sentenceStart: number; sentenceEnd: number })[];
  /** Timeline rows without their article id (added when written). */
  timeline: Omit<TimelineRow, 'articleId'>[];
  /** The story row: the article's date and its key names and stems. */
  docDate: string | null;
  keys: string;
}

/** The article dates the analysis reads: effective publication date and the text's own date. */
export interface CompareDates {
  published: string | null;
  dateConflict: string | null;
}

/** Analyses one article for the compare views; null when it has no sentences to compare. */
export function analyzeForCompare(x: Pick<Extraction, 'text' | 'blocks' | 'dateMentions' | 'dateline'>, dates: CompareDates): CompareAnalysis | null {
  const text = x.text;
  const spans = articleSentences(text, x.blocks);
  if (spans.length === 0) return null;
  const sources = findSources(text, spans);
  const entities = findEntities(text, spans, { dateline: x.dateline, sources });
  let k = 0;
  const withSentence = entities.map((e) => {
    while (k < spans.length - 1 && spans[k]!.end <= e.start) k++;
    return { start: e.start, end: e.end, text: e.text, name: e.name, kind: e.kind, sentenceStart: spans[k]!.start, sentenceEnd: spans[k]!.end };
  });
  // A sentence's keys are asked for when it is dated, as the context of the one before it, and
  // for the story keys: work them out once.
  const mentions = x.dateMentions.filter((m) => m.kind !== 'header');
  const stemsMemo = new Map<string, string[]>();
  const stemsOf = (start: number, end: number) => {
    const key = `${start}:${end}`;
    let v = stemsMemo.get(key);
    if (!v) stemsMemo.set(key, (v = contentStems(text, start, end)));
    return v;
  };
  const keysMemo = new Map<string, string[]>();
  const keysOf = (start: number, end: number) => {
    const key = `${start}:${end}`;
    let v = keysMemo.get(key);
    if (!v) keysMemo.set(key, (v = sentenceKeys(text, start, end, entities, mentions, stemsOf(start, end))));
    return v;
  };

  // Timeline: dated sentences (relative dates read against the date the text points to when
  // the header date is contradicted), and undated lead sentences when the date is uncertain.
  const ref = dates.dateConflict;
  const rows: Omit<TimelineRow, 'articleId'>[] = [];
  const seen = new Set<string>();
  const sentenceOf = sentencesAt(spans, mentions.map((m) => m.start));
  const hasDate = new Uint8Array(spans.length);
  for (const si of sentenceOf) if (si >= 0) hasDate[si] = 1;
  mentions.forEach((m, mi) => {
    const si = sentenceOf[mi]!;
    if (si < 0) return;
    const s = spans[si]!;
    // News often dates an event in one sentence and tells it in the next ("Witkoff traf Putin am
    // Freitag. Das Treffen dauerte über vier Stunden."): the next sentence of the same block, when
    // it has no date of its own, adds its key words.
    const next = spans[si + 1];
    const ctxEnd = next && next.block === s.block && !hasDate[si + 1] ? next.end : s.end;
    const date = ref ? reresolve(m, ref) : m.date;
    if (!date) return;
    const dedupe = `${s.start}|${date}`;
    if (seen.has(dedupe)) return;
    seen.add(dedupe);
    rows.push({
      kind: 'date', start: m.start, end: m.end, text: m.text, date, endDate: m.endDate ?? null,
      sentenceStart: s.start, sentenceEnd: s.end, sentence: text.slice(s.start, s.end),
      keys: withContext(keysOf(s.start, s.end), ctxEnd > s.end ? keysOf(s.end, ctxEnd) : []),
    });
  });
  // An article whose text already dates its news to a day of its month needs no inference.
  const month = (dates.dateConflict ?? dates.published ?? '').slice(0, 7);
  const selfDated = !dates.dateConflict && rows.some((r) => r.date!.length >= 10 && r.date!.startsWith(month));
  if (isUncertainDate(dates.published, dates.dateConflict) && !selfDated) {
    const dated = new Set(rows.map((r) => r.sentenceStart));
    for (const s of spans.filter((sp) => !dated.has(sp.start) && x.blocks[sp.block]?.kind === 'paragraph').slice(0, LEAD_SENTENCES)) {
      rows.push({
        kind: 'undated', start: s.start, end: s.start, text: '', date: null, endDate: null,
        sentenceStart: s.start, sentenceEnd: s.end, sentence: text.slice(s.start, s.end),
        keys: withContext(keysOf(s.start, s.end), []),
      });
    }
  }

  // Story keys: the most named entities and the most frequent content stems.
  const nameCount = new Map<string, number>();
  for (const e of entities) nameCount.set(`@${e.name.split(' ').pop()}`, (nameCount.get(`@${e.name.split(' ').pop()}`) ?? 0) + 1);
  const stemCount = new Map<string, number>();
  // The lead says what a report is about; stemming only it keeps ingest cheap.
  for (const s of spans.slice(0, STORY_SENTENCES)) for (const st of stemsOf(s.start, s.end)) if (st.length > 3) stemCount.set(st, (stemCount.get(st) ?? 0) + 1);
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([w]) => w);
  const keys = [...top(nameCount, STORY_NAMES).map((n) => n.replace(/\s/g, '_')), ...top(stemCount, STORY_STEMS)];
  const docDate = dates.published && dates.published.length >= 10 ? dates.published.slice(0, 10) : (dates.dateConflict ?? dates.published);
  return { mentions: withSentence, timeline: rows, docDate, keys: keys.join(' ') };
}

/**
 * For each offset, the index of the sentence holding it (`start <= at < end`), or -1. The
 * sentences of `articleSentences` come in text order, so a binary search finds it; spans out
 * of order (which it never makes) are searched one by one, first match, as before.
 */
function sentencesAt(spans: { start: number; end: number }[], offsets: number[]): number[] {
  const ordered = spans.every((s, i) => s.start < s.end && (i === 0 || spans[i - 1]!.end <= s.start));
  return offsets.map((at) => {
    if (!ordered) return spans.findIndex((sp) => at >= sp.start && at < sp.end);
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = spans[mid]!;
      if (at < s.start) hi = mid - 1;
      else if (at >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  });
}

/** Replaces an article's compare rows with an analysis (null: the article has none). */
export function writeCompareAnalysis(db: WriteDb, id: ArticleId, a: CompareAnalysis | null): void {
  clearCompareRows(db, id);
  bumpCompareVersion(db);
  if (!a) return;
  insertEntityMentions(db, id, a.mentions);
  insertTimelineRows(db, a.timeline.map((r) => ({ ...r, articleId: id })));
  putCompareDoc(db, id, a.docDate, a.keys);
}

/**
 * Indexes one article for the compare views (replacing what was there), reading its effective
 * dates from the article row, which must already be written. Call inside its transaction.
 */
export function indexArticleForCompare(db: WriteDb, id: ArticleId, x: Extraction): void {
  const dates = getArticleDates(db, id);
  writeCompareAnalysis(db, id, dates ? analyzeForCompare(x, dates) : null);
  stmt(db, 'DELETE FROM compare_pending WHERE article_id = ?').run(id);
}

/** Marks a new article for the compare index, which catches up after the import. */
export function markComparePending(db: WriteDb, id: ArticleId): void {
  stmt(db, 'INSERT OR IGNORE INTO compare_pending(article_id) VALUES (?)').run(id);
}

/** How many articles wait for the compare index. */
export function pendingCompareCount(db: WriteDb): number {
  return (stmt(db, 'SELECT count(*) AS n FROM compare_pending').get() as { n: number }).n;
}

/**
 * Indexes up to `limit` waiting articles for the compare views, in one transaction, and returns
 * how many it did. Views call it with no limit before they read, so they are never stale.
 */
export function catchUpCompare(db: WriteDb, limit = Number.MAX_SAFE_INTEGER): number {
  return db.transaction(() => {
    const ids = stmt(db, 'SELECT article_id FROM compare_pending LIMIT ?').pluck().all(Math.min(limit, Number.MAX_SAFE_INTEGER)) as ArticleId[];
    for (const id of ids) {
      reindexStoredArticle(db, id);
      stmt(db, 'DELETE FROM compare_pending WHERE article_id = ?').run(id);
    }
    return ids.length;
  })();
}

/** Indexes an article already in the store (migration 5, repairs). */
export function reindexStoredArticle(db: WriteDb, id: ArticleId): void {
  const a = getCompareArticle(db, id);
  if (!a) return;
  indexArticleForCompare(db, id, { text: a.text, blocks: a.blocks, dateMentions: a.dateMentions, dateline: a.dateline } as Extraction);
}

/** Indexes every article in the store. */
export function reindexAllForCompare(db: WriteDb): void {
  const ids = db.prepare('SELECT id FROM articles').pluck().all() as ArticleId[];
  for (const id of ids) reindexStoredArticle(db, id);
}
