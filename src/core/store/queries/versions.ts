import type { AnchorStatus, ArticleId } from '../../../shared/api';
import type { ReadDb, WriteDb } from '../db';
import { stmt } from './cache';
import { twinHead } from './twins';

/** An earlier version of a report, and whether a person edited its text or its bounds. */
export interface EarlierVersionFacts {
  id: ArticleId;
  /** A text edit or a correction of where the article starts, ends, or its headline. */
  textEdited: boolean;
}

/**
 * Every earlier version of `id` that is not in the trash, latest first: reports added before it
 * from a file of the same name and record, in its group of near copies — the rule of
 * `twins.ts earlierVersion`, which names only the latest.
 */
export function earlierVersionsOf(db: ReadDb, id: string): EarlierVersionFacts[] {
  const head = twinHead(db, id);
  const source = stmt(db, 'SELECT s.name, s.locator FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ?').get(id) as { name: string; locator: string | null } | undefined;
  if (!source) return [];
  const rows = stmt(
    db,
    `SELECT a.id, a.edited_text IS NOT NULL OR EXISTS (SELECT 1 FROM extraction_corrections c WHERE c.article_id = a.id) AS textEdited
     FROM (SELECT @head AS id UNION ALL SELECT article_id FROM twin_copies WHERE head_id = @head) g
     JOIN articles a ON a.id = g.id JOIN sources s ON s.id = a.source_id
     WHERE a.id <> @id AND s.name = @name AND s.locator IS @locator AND a.rowid < (SELECT rowid FROM articles WHERE id = @id)
       AND NOT EXISTS (SELECT 1 FROM trashed_articles t WHERE t.article_id = a.id)
     ORDER BY a.rowid DESC`,
  ).all({ id, head, name: source.name, locator: source.locator }) as { id: ArticleId; textEdited: number }[];
  return rows.map((r) => ({ id: r.id, textEdited: r.textEdited === 1 }));
}

/** Moves an annotation to another report, at `start`–`end` of its text. Call in a transaction. */
export function moveAnnotation(db: WriteDb, id: string, articleId: string, start: number, end: number, status: AnchorStatus): void {
  stmt(db, 'UPDATE annotations SET article_id = ?, start = ?, end = ?, status = ? WHERE id = ?').run(articleId, start, end, status, id);
}
