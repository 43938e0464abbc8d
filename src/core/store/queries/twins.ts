import type { ArticleId } from '../../../shared/api';
import type { ReadDb, WriteDb } from '../db';
import { stmt } from './cache';

/**
 * Groups of near-duplicate copies (`twin_copies`): each copy points at its group's head, the
 * report it collapses under in lists. Heads and reports without copies have no row.
 */

/** The head of `id`'s group: `id` itself for a head or a report without copies. */
export function twinHead(db: ReadDb, id: string): ArticleId {
  const row = stmt(db, 'SELECT head_id FROM twin_copies WHERE article_id = ?').get(id) as { head_id: ArticleId } | undefined;
  return row?.head_id ?? (id as ArticleId);
}

/** The copies collapsed under `headId`, earliest added first (none for a report without copies). */
export function copiesOf(db: ReadDb, headId: string): ArticleId[] {
  return (
    stmt(
      db,
      `SELECT c.article_id AS id FROM twin_copies c JOIN articles a ON a.id = c.article_id
       WHERE c.head_id = ? ORDER BY a.rowid`,
    ).all(headId) as { id: ArticleId }[]
  ).map((r) => r.id);
}

/** How many copies collapse under each of `heads` (heads without copies are left out). */
export function copyCounts(db: ReadDb, heads: readonly string[]): Map<ArticleId, number> {
  const out = new Map<ArticleId, number>();
  const q = stmt(db, 'SELECT count(*) AS n FROM twin_copies WHERE head_id = ?');
  for (const h of new Set(heads)) {
    const n = (q.get(h) as { n: number }).n;
    if (n > 0) out.set(h as ArticleId, n);
  }
  return out;
}

/** The heads of the groups of every report linked to `id` as a near duplicate, each once. */
export function headsOfTwins(db: ReadDb, id: string): ArticleId[] {
  return (
    stmt(
      db,
      `SELECT DISTINCT coalesce(tc.head_id, x.id) AS head
       FROM (SELECT b AS id FROM near_duplicates WHERE a = @id UNION ALL SELECT a FROM near_duplicates WHERE b = @id) x
       LEFT JOIN twin_copies tc ON tc.article_id = x.id`,
    ).all({ id }) as { head: ArticleId }[]
  ).map((r) => r.head);
}

/** The head of each of `ids` (itself when it is no copy). */
export function headsOf(db: ReadDb, ids: readonly string[]): Map<ArticleId, ArticleId> {
  const out = new Map<ArticleId, ArticleId>();
  for (const id of ids) out.set(id as ArticleId, twinHead(db, id));
  return out;
}

/** How many reports are copies under another one. */
export function countCopies(db: ReadDb): number {
  return (stmt(db, 'SELECT count(*) AS n FROM twin_copies').get() as { n: number }).n;
}

/** The order in which reports were added (rowid), for choosing the earliest as head. */
export function addedOrder(db: ReadDb, id: string): number | undefined {
  return (stmt(db, 'SELECT rowid AS r FROM articles WHERE id = ?').get(id) as { r: number } | undefined)?.r;
}

/** Makes `id` a copy under `headId` (or moves it there). */
export function setTwinHead(db: WriteDb, id: string, headId: string): void {
  stmt(db, 'INSERT INTO twin_copies(article_id, head_id) VALUES (?, ?) ON CONFLICT(article_id) DO UPDATE SET head_id = excluded.head_id').run(id, headId);
}

/** Moves every copy of `from` under `to`. */
export function moveCopies(db: WriteDb, from: string, to: string): void {
  stmt(db, 'UPDATE twin_copies SET head_id = ? WHERE head_id = ?').run(to, from);
}

/** Takes `id` out of any group as a copy (its own copies stay with it). */
export function clearTwinHead(db: WriteDb, id: string): void {
  stmt(db, 'DELETE FROM twin_copies WHERE article_id = ?').run(id);
}

/** Ids of the articles with rowid in `(after, upTo]`, in the order they were added. */
export function articleIdsBetween(db: ReadDb, after: number, upTo: number): ArticleId[] {
  return (stmt(db, 'SELECT id FROM articles WHERE rowid > ? AND rowid <= ? AND NOT EXISTS (SELECT 1 FROM trashed_articles t WHERE t.article_id = articles.id) ORDER BY rowid').all(after, upTo) as { id: ArticleId }[]).map((r) => r.id);
}

/** What `earlierVersion` finds: the latest earlier version, and what the person put on all of them. */
export interface EarlierVersionRow {
  id: ArticleId;
  title: string;
  annotations: number;
  edited: boolean;
}

/**
 * The earlier versions of `id`: reports added before it from the same place — a file of the same
 * name, the same record of it (`locator`, null for a whole file) — in its group of near copies
 * (call after the group is written). Undefined when there are none. A file name alone is no
 * identity (many pages are saved as `index.html`), near copies alone are not one version (wire
 * copy, or the records of one JSON Lines file); together they are a file saved again after it
 * changed. Paths are not compared: an upload's is a staging file's, new each time.
 */
export function earlierVersion(db: ReadDb, id: string, from: { name: string; locator: string | null }): EarlierVersionRow | undefined {
  // A report added last heads a group only when it has no copies: then there is nothing earlier.
  const head = twinHead(db, id);
  if (head === id) return undefined;
  // One statement over the group (indexed by head): a wire story's group can hold hundreds.
  const rows = stmt(
    db,
    `SELECT a.id, a.title, a.overrides != '{}' OR a.edited_text IS NOT NULL AS edited,
       (SELECT count(*) FROM annotations n WHERE n.article_id = a.id) AS annotations
     FROM (SELECT @head AS id UNION ALL SELECT article_id FROM twin_copies WHERE head_id = @head) g
     JOIN articles a ON a.id = g.id JOIN sources s ON s.id = a.source_id
     WHERE s.name = @name AND s.locator IS @locator AND a.rowid < (SELECT rowid FROM articles WHERE id = @id)
     ORDER BY a.rowid DESC`,
  ).all({ id, head, name: from.name, locator: from.locator }) as { id: ArticleId; title: string; edited: number; annotations: number }[];
  const latest = rows[0];
  if (!latest) return undefined;
  return {
    id: latest.id,
    title: latest.title,
    annotations: rows.reduce((n, r) => n + r.annotations, 0),
    edited: rows.some((r) => r.edited === 1),
  };
}

/** Empties the table (before a rebuild). */
export function clearTwinGroups(db: WriteDb): void {
  db.exec('DELETE FROM twin_copies');
}
