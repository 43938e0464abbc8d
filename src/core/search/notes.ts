import type { ReadDb } from '../store/db';
import { stmt } from '../store/queries/cache';
import { matchesTree } from './matcher';
import type { QueryNode } from './query-parser';
import { tokenize } from '../text/words';

/**
 * Search reads a person's highlights and notes from the annotations table (migration 4):
 * `has:highlight` is any annotation on the article, `has:note` one with a note, and `in:notes`
 * matches the query against each annotation's note and highlighted passage. A library without
 * the table (an older schema) simply has no notes. Annotations are few (a person writes them),
 * so `in:notes` matches them in JS rather than through an FTS index.
 */

const hasTableCache = new WeakMap<ReadDb, boolean>();

/** True when the library has an annotations table. */
export function hasAnnotations(db: ReadDb): boolean {
  let v = hasTableCache.get(db);
  if (v === undefined) {
    v = stmt(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'annotations'").get() !== undefined;
    // Only remember a positive answer: a migration may add the table later on this connection.
    if (v) hasTableCache.set(db, v);
  }
  return v;
}

/** The notes and highlighted passages of one article, notes first; empty without annotations. */
export function noteTexts(db: ReadDb, articleId: string): string[] {
  if (!hasAnnotations(db)) return [];
  const rows = stmt(db, 'SELECT note, exact FROM annotations WHERE article_id = ? ORDER BY start').all(articleId) as { note: string | null; exact: string }[];
  return rows.flatMap((r) => (r.note ? [r.note, r.exact] : [r.exact]));
}

/** Ids of the articles with an annotation whose note or passage satisfies the query. */
export function articlesMatchingNotes(db: ReadDb, root: QueryNode): string[] {
  if (!hasAnnotations(db)) return [];
  const rows = stmt(db, 'SELECT article_id, note, exact FROM annotations').all() as { article_id: string; note: string | null; exact: string }[];
  const out = new Set<string>();
  for (const r of rows) {
    if (out.has(r.article_id)) continue;
    if (matchesTree(root, tokenize(`${r.note ?? ''}\n${r.exact}`))) out.add(r.article_id);
  }
  return [...out];
}
