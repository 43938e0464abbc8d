/**
 * Keeps the compare tables up to date as articles come and go. Ingest marks each new article
 * as waiting (`markComparePending`, in its transaction) and the index catches up after the
 * import (`catch-up.ts`); re-extraction indexes in place. The analysis (`index-analysis.ts`)
 * is ~0.5 ms per article; the grouping into events, entities and stories happens when a view
 * is asked for, over these small rows.
 */
import type { ArticleId, Extraction } from '../../../shared/api';
import type { WriteDb } from '../../store/db';
import { stmt } from '../../store/queries/cache';
import { clearCompareRows, getArticleDates, getCompareSource } from '../../store/queries/compare';
import { CompareRowsOut, type CompareRowCells } from '../../store/queries/compare-writes';
import { analysisCells } from './cells';
import { analyzeCompareSource, analyzeForCompare, type CompareAnalysis } from '../../analysis/article-rows';
import { endAnalysis, noteIndexChange } from './in-flight';
import { noteCompareRows } from '../explore-groupings';

/** Replaces an article's compare rows with an analysis (null: the article has none). */
export function writeCompareAnalysis(db: WriteDb, id: ArticleId, a: CompareAnalysis | null): void {
  const out = new CompareRowsOut(db);
  replaceRows(db, out, id, analysisCells(a));
  out.flush();
}

/** Clears an article's compare rows and hands its new ones to `out` (written when it flushes). */
function replaceRows(db: WriteDb, out: CompareRowsOut, id: ArticleId, cells: CompareRowCells | null): void {
  const fresh = !clearCompareRows(db, id);
  noteCompareRows(db, id, fresh);
  if (cells) out.add(id, cells);
}

/**
 * Indexes one article for the compare views (replacing what was there), reading its effective
 * dates from the article row, which must already be written. Call inside its transaction.
 */
export function indexArticleForCompare(db: WriteDb, id: ArticleId, x: Extraction): void {
  const dates = getArticleDates(db, id);
  writeCompareAnalysis(db, id, dates ? analyzeForCompare(x, dates) : null);
  stmt(db, 'DELETE FROM compare_pending WHERE article_id = ?').run(id);
  noteIndexChange(db, id);
}

/**
 * Marks an article for the compare index, which catches up after the import (or, after a date
 * edit, before the next view reads).
 */
export function markComparePending(db: WriteDb, id: ArticleId): void {
  stmt(db, 'INSERT OR IGNORE INTO compare_pending(article_id) VALUES (?)').run(id);
  noteIndexChange(db, id);
}

/** How many articles wait for the compare index. */
export function pendingCompareCount(db: WriteDb): number {
  return (stmt(db, 'SELECT count(*) AS n FROM compare_pending').get() as { n: number }).n;
}

/** The articles waiting for the compare index, at most `limit`, in no particular order. */
export function pendingCompareIds(db: WriteDb, limit = Number.MAX_SAFE_INTEGER): ArticleId[] {
  return stmt(db, 'SELECT article_id FROM compare_pending LIMIT ?').pluck().all(limit) as ArticleId[];
}

/**
 * Indexes up to `limit` waiting articles for the compare views on this thread, in one
 * transaction, and returns how many it did. `catchUp.ts` does the same in turns, on workers
 * when there are many; the CLI calls this before it exits.
 */
export function catchUpCompare(db: WriteDb, limit = Number.MAX_SAFE_INTEGER): number {
  return db.transaction(() => {
    const ids = pendingCompareIds(db, limit);
    for (const id of ids) reindexStoredArticle(db, id);
    return ids.length;
  })();
}

/** Indexes an article already in the store (the catch-up, repairs). */
export function reindexStoredArticle(db: WriteDb, id: ArticleId): void {
  const row = getCompareSource(db, id);
  if (row) writeCompareAnalysis(db, id, analyzeCompareSource(row));
  stmt(db, 'DELETE FROM compare_pending WHERE article_id = ?').run(id);
  noteIndexChange(db, id);
}

/**
 * Writes analyses made off this thread, in one transaction, for the articles that still wait
 * and did not change while they were analysed (see `in-flight.ts`); the others are left as
 * they are. Returns how many were written.
 */
export function writeAnalyses(db: WriteDb, results: { id: ArticleId; cells: CompareRowCells | null }[]): number {
  return db.transaction(() => {
    // The batch's rows go in together, a few dozen a statement; an article appears once, as
    // its second result finds it no longer waiting.
    const out = new CompareRowsOut(db);
    let n = 0;
    for (const r of results) {
      if (!endAnalysis(db, r.id)) continue;
      // No longer waiting: indexed in place meanwhile.
      if (stmt(db, 'DELETE FROM compare_pending WHERE article_id = ?').run(r.id).changes === 0) continue;
      replaceRows(db, out, r.id, r.cells);
      n++;
    }
    out.flush();
    return n;
  })();
}
