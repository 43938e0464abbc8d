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

/** Writes an article's timeline rows. */
export function insertTimelineRows(db: WriteDb, rows: TimelineRow[]): void {
  const ins = stmt(
    db,
    `INSERT OR REPLACE INTO timeline_mentions(article_id, kind, start, end, text, date, end_date, sentence_start, sentence_end, sentence, keys)
     VALUES (@articleId, @kind, @start, @end, @text, @date, @endDate, @sentenceStart, @sentenceEnd, @sentence, @keys)`,
  );
  for (const r of rows) ins.run(r);
}

/** Every timeline row with its article's title, outlet and dates. */
export function allTimelineRows(db: ReadDb): (TimelineRow & { articleTitle: string; titleDerived: number; site: string | null; published: string | null; dateConflict: string | null })[] {
  return stmt(
    db,
    `SELECT t.article_id AS articleId, t.kind, t.start, t.end, t.text, t.date, t.end_date AS endDate, t.sentence_start AS sentenceStart,
       t.sentence_end AS sentenceEnd, t.sentence, t.keys, a.title AS articleTitle, a.title_derived AS titleDerived, a.site, a.published, a.date_conflict AS dateConflict
     FROM timeline_mentions t JOIN articles a ON a.id = t.article_id`,
  ).all() as never[];
}
