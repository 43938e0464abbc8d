import type { ArticleId } from '../../../shared/api';
import type { ReadDb, WriteDb } from '../db';
import { stmt } from './cache';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from './article-reads';
import type { ArticleSummary } from '../../../shared/api';

/**
 * The trash (migration 23): reports a person moved there stay whole until purged, but every
 * list and view leaves them out. `a` is the article's alias in the query it is put into.
 */
export const NOT_TRASHED = 'NOT EXISTS (SELECT 1 FROM trashed_articles t WHERE t.article_id = a.id)';

/** Puts a report in the trash; false when it was there already. */
export function putTrashed(db: WriteDb, id: string, at: string): boolean {
  return stmt(db, 'INSERT OR IGNORE INTO trashed_articles(article_id, trashed_at) VALUES (?, ?)').run(id, at).changes > 0;
}

/** Takes a report out of the trash; false when it was not there. */
export function removeTrashed(db: WriteDb, id: string): boolean {
  return stmt(db, 'DELETE FROM trashed_articles WHERE article_id = ?').run(id).changes > 0;
}

/** Whether a report is in the trash. */
export function isTrashed(db: ReadDb, id: string): boolean {
  return stmt(db, 'SELECT 1 FROM trashed_articles WHERE article_id = ?').get(id) !== undefined;
}

/** How many reports are in the trash. */
export function countTrashed(db: ReadDb): number {
  return stmt(db, 'SELECT count(*) FROM trashed_articles').pluck().get() as number;
}

/** A report in the trash: its list row, when it went there, and what a purge would lose. */
export interface TrashedRow {
  summary: ArticleSummary;
  trashedAt: string;
  /** Whether a person edited its metadata or marked its article's bounds. */
  edited: boolean;
}

/** The reports in the trash, last trashed first. */
export function listTrashedRows(db: ReadDb): TrashedRow[] {
  const rows = stmt(
    db,
    `SELECT ${SUMMARY_COLUMNS}, t.trashed_at,
       (a.overrides <> '{}' OR EXISTS (SELECT 1 FROM extraction_corrections c WHERE c.article_id = a.id)) AS edited
     FROM trashed_articles t JOIN articles a ON a.id = t.article_id JOIN sources s ON s.id = a.source_id
     ORDER BY t.trashed_at DESC, a.rowid DESC`,
  ).all() as (SummaryRow & { trashed_at: string; edited: number })[];
  return rows.map((r) => ({ summary: toSummary(r), trashedAt: r.trashed_at, edited: r.edited === 1 }));
}

/** An article's rowid (its search doc), or undefined when there is no such article. */
export function docOf(db: ReadDb, id: string): number | undefined {
  return stmt(db, 'SELECT rowid FROM articles WHERE id = ?').pluck().get(id) as number | undefined;
}

/**
 * Deletes a report for good: its annotations (their tags and links go with them), the article
 * (its blocks by cascade; its derived rows and trash row by the delete triggers), and its
 * source's raw bytes when no other report was made from that source.
 */
export function purgeArticle(db: WriteDb, id: ArticleId): boolean {
  const source = stmt(db, 'SELECT source_id FROM articles WHERE id = ?').pluck().get(id) as number | undefined;
  if (source === undefined) return false;
  stmt(db, 'DELETE FROM annotations WHERE article_id = ?').run(id);
  stmt(db, 'DELETE FROM articles WHERE id = ?').run(id);
  stmt(db, 'DELETE FROM sources WHERE id = ? AND NOT EXISTS (SELECT 1 FROM articles WHERE source_id = ?)').run(source, source);
  return true;
}

/** Drops a trashed report's rows from the search index, and logs the change for the suggestions. */
export function removeFromSearch(db: WriteDb, doc: number): void {
  stmt(db, 'DELETE FROM search_fts WHERE rowid = ?').run(doc);
  stmt(db, 'DELETE FROM search_comments_fts WHERE rowid = ?').run(doc);
  stmt(db, 'DELETE FROM search_docs WHERE doc = ?').run(doc);
  stmt(db, 'INSERT INTO search_changes(doc) VALUES (?)').run(doc);
}
