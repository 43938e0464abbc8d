/**
 * The conflicts a text edit carried into a new version left for the person (migration 24): read
 * with the article, rewritten when its text is edited again or a conflict is settled.
 */
import type { ArticleId, TextConflict } from '../../../shared/api';
import type { ReadDb, WriteDb } from '../db';
import { stmt } from './cache';

/** The article's conflicts in text order; empty when it has none. */
export function getTextConflicts(db: ReadDb, id: string): TextConflict[] {
  const r = stmt(db, 'SELECT conflicts FROM text_conflicts WHERE article_id = ?').pluck().get(id) as string | undefined;
  return r ? (JSON.parse(r) as TextConflict[]) : [];
}

/** Stores the article's conflicts (an empty list removes them). Call in a transaction with the text they point into. */
export function setTextConflicts(db: WriteDb, id: ArticleId, conflicts: readonly TextConflict[], now: string): void {
  if (conflicts.length === 0) {
    stmt(db, 'DELETE FROM text_conflicts WHERE article_id = ?').run(id);
    return;
  }
  stmt(
    db,
    `INSERT INTO text_conflicts(article_id, conflicts, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(article_id) DO UPDATE SET conflicts = excluded.conflicts, updated_at = excluded.updated_at`,
  ).run(id, JSON.stringify(conflicts), now);
}
