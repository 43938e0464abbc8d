import type { ArticleId } from '../../../shared/api';
import type { ReadDb, WriteDb } from '../db';
import { stmt } from './cache';

/** One stored timeline row (see migration 5). */
export interface TimelineRow {
  articleId: ArticleId;
  /**
   * `date`: a resolved date mention; `open`: a date mention that cannot be read without the
   * report's day (`am Freitag`, `am 8. Dezember` in an undated report), read against its
   * story's day by the timeline; `undated`: a lead sentence of a report whose day is unknown.
   */
  kind: 'date' | 'open' | 'undated';
  start: number;
  end: number;
  text: string;
  date: string | null;
  endDate: string | null;
  sentenceStart: number;
  sentenceEnd: number;
  sentence: string;
  keys: string;
}

/**
 * A report's title, outlet and dates, as its timeline rows read them: one object for all the
 * rows of a report, not five fields copied into each (at 100k, 507,616 rows of 98,254 reports).
 */
export interface TimelineArticle {
  title: string;
  /** 1 when the title was made from the lead (no headline stated). */
  titleDerived?: number;
  site: string | null;
  published: string | null;
  dateConflict: string | null;
}

/** A timeline row with its article's title, outlet and dates. */
export type TimelineRowOfArticle = TimelineRow & { article: TimelineArticle };

/**
 * Every timeline row with its article's title, outlet and dates, by date (undated first), then
 * article, kind and start. The article's fields are read once per article, not joined to each
 * row: the join walked the date index and looked every row up twice (its own row, its article's),
 * ~0.5 s of a 10k library's first timeline.
 */
export function allTimelineRows(db: ReadDb): TimelineRowOfArticle[] {
  const read = readingTimelineRows(db);
  for (;;) {
    const r = read.next();
    if (r.done) return r.value;
  }
}

/** Rows read per page by `readingTimelineRows` (a few milliseconds of reading). */
const ROWS_PAGE = 2048;

/**
 * `allTimelineRows` in pages, yielding after each (`core/derived/slices.ts` runs it): the read
 * of 100k reports' 500k rows held the library thread ~3 s. Pages follow the primary key, so the
 * rows come in the one read's order; the caller makes sure nothing wrote between two pages.
 * `onRows` is told after each page the articles and rows read so far (of `timelineReadCounts`).
 */
export function* readingTimelineRows(db: ReadDb, onRows?: (articles: number, rows: number) => void): Generator<void, TimelineRowOfArticle[], undefined> {
  type Fields = [ArticleId, string, number, string | null, string | null, string | null];
  const articles = new Map<string, Fields>();
  const fields = 'SELECT id, title, title_derived, site, published, date_conflict FROM articles';
  const moreFields = stmt(db, `${fields} WHERE id > ? ORDER BY id LIMIT ${ROWS_PAGE}`).raw();
  for (let page = stmt(db, `${fields} ORDER BY id LIMIT ${ROWS_PAGE}`).raw().all() as Fields[]; page.length > 0; page = page.length < ROWS_PAGE ? [] : (moreFields.all(page[page.length - 1]![0]) as Fields[])) {
    for (const a of page) articles.set(a[0], a);
    onRows?.(articles.size, 0);
    yield;
  }
  const out: TimelineRowOfArticle[] = [];
  // A page at a time, not one `all()`: each row's cells are garbage once copied, where the 51k
  // arrays of one `all()` (a 10k library) lived through the young collections of the read.
  const cols = 'SELECT article_id, kind, start, end, text, date, end_date, sentence_start, sentence_end, sentence, keys FROM timeline_mentions';
  const first = stmt(db, `${cols} ORDER BY article_id, kind, start LIMIT ${ROWS_PAGE}`).raw();
  const next = stmt(db, `${cols} WHERE (article_id, kind, start) > (?, ?, ?) ORDER BY article_id, kind, start LIMIT ${ROWS_PAGE}`).raw();
  // One string per different cell text: SQLite gives every cell a string of its own, and the
  // timeline index holds every row for as long as the view is kept. A sentence with two dates,
  // or a wire report's sentence in several reports, is one string (a 10k library's 51,556 rows
  // hold 24,821 different sentences and 28,235 different key strings; kinds and dates a few).
  const pool = new Map<string, string>();
  const one = <T extends string | null>(s: T): T => {
    if (s === null) return s;
    const had = pool.get(s);
    if (had !== undefined) return had as T;
    pool.set(s, s);
    return s;
  };
  // The rows come by article: its record is made at its first row and shared by the rest.
  let facts: { id: ArticleId; article: TimelineArticle } | null = null;
  yield;
  let rows = 0;
  for (let page = first.all() as TimelineCells[]; page.length > 0; ) {
    const last = page[page.length - 1]!;
    const [id, kind, start] = [last[0], last[1], last[2]];
    for (const r of page) take(r);
    rows += page.length;
    onRows?.(articles.size, rows);
    yield;
    page = page.length < ROWS_PAGE ? [] : (next.all(id, kind, start) as TimelineCells[]);
  }
  // Stable: rows of one date stay in (article, kind, start) order, as the date index held them.
  return out.sort((x, y) => (x.date === y.date ? 0 : x.date === null ? -1 : y.date === null ? 1 : x.date < y.date ? -1 : 1));

  function take(r: TimelineCells): void {
    if (facts?.id !== r[0]) {
      const a = articles.get(r[0]);
      if (!a) return;
      facts = { id: a[0], article: { title: a[1], titleDerived: a[2], site: a[3], published: a[4], dateConflict: a[5] } };
    }
    r[1] = one(r[1]);
    r[4] = one(r[4]);
    r[5] = one(r[5]);
    r[6] = one(r[6]);
    r[9] = one(r[9]);
    r[10] = one(r[10]);
    // The article's id string, one for all its rows: the grouping files each row by its report
    // many times over, and a string's hash is worked out once per string.
    out.push({
      articleId: facts.id, kind: r[1], start: r[2], end: r[3], text: r[4], date: r[5], endDate: r[6], sentenceStart: r[7], sentenceEnd: r[8], sentence: r[9], keys: r[10],
      article: facts.article,
    });
  }
}

/** What `readingTimelineRows` reads in all: the articles, then the timeline rows. */
export function timelineReadCounts(db: ReadDb): { articles: number; rows: number } {
  return stmt(db, 'SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM timeline_mentions) AS rows').get() as { articles: number; rows: number };
}

/** A stored timeline row's cells, in the order `allTimelineRows` selects them. */
type TimelineCells = [ArticleId, TimelineRow['kind'], number, number, string, string | null, string | null, number, number, string, string];

/** The timeline rows of some articles, as `allTimelineRows` gives them. */
export function timelineRowsOf(db: ReadDb, ids: readonly string[]): TimelineRowOfArticle[] {
  const q = stmt(
    db,
    `SELECT t.article_id AS articleId, t.kind, t.start, t.end, t.text, t.date, t.end_date AS endDate, t.sentence_start AS sentenceStart,
       t.sentence_end AS sentenceEnd, t.sentence, t.keys, a.title AS articleTitle, a.title_derived AS titleDerived, a.site, a.published, a.date_conflict AS dateConflict
     FROM timeline_mentions t JOIN articles a ON a.id = t.article_id WHERE t.article_id = ?`,
  );
  return ids.flatMap((id) => {
    let article: TimelineArticle | null = null;
    return (q.all(id) as (TimelineRow & { articleTitle: string; titleDerived: number; site: string | null; published: string | null; dateConflict: string | null })[]).map(({ articleTitle, titleDerived, site, published, dateConflict, ...row }) => {
      article ??= { title: articleTitle, titleDerived, site, published, dateConflict };
      return { ...row, article };
    });
  });
}
