/**
 * A person's corrections of where an article is (migration 11): read on every re-extraction,
 * written by `correctExtraction`.
 */
import type { ArticleId, ExtractionCorrection } from '../../../shared/api';
import type { ReadDb, WriteDb } from '../db';
import { stmt } from './cache';

/** The article's correction, or null when it has none. */
export function getCorrection(db: ReadDb, id: ArticleId): ExtractionCorrection | null {
  const r = stmt(db, 'SELECT start_offset, end_offset, headline_offset FROM extraction_corrections WHERE article_id = ?').get(id) as
    { start_offset: number | null; end_offset: number | null; headline_offset: number | null } | undefined;
  return r ? { start: r.start_offset, end: r.end_offset, headline: r.headline_offset } : null;
}

/** Stores the article's correction (all fields null removes it). */
export function setCorrection(db: WriteDb, id: ArticleId, c: ExtractionCorrection, now: string): void {
  if (c.start === null && c.end === null && c.headline === null) {
    stmt(db, 'DELETE FROM extraction_corrections WHERE article_id = ?').run(id);
    return;
  }
  stmt(
    db,
    `INSERT INTO extraction_corrections(article_id, start_offset, end_offset, headline_offset, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(article_id) DO UPDATE SET start_offset = excluded.start_offset, end_offset = excluded.end_offset,
       headline_offset = excluded.headline_offset, updated_at = excluded.updated_at`,
  ).run(id, c.start, c.end, c.headline, now);
}
