import type { ReadDb } from '../store/db';
import { stmt } from '../store/queries/cache';

/**
 * Near-identical copies (the same wire report in ten outlets) collapse into one result: the
 * best-ranked of a group stands for it, and its `copyCount` says how many more there are
 * (`listCopies` gives them). So that a page still fills when one story's copies crowd the
 * top, the ranking is read from the top for `OVERFETCH` times the rows up to the page's end,
 * collapsed, and cut to the page; when that is not enough (a hundred copies a story) the
 * window widens fourfold at a time up to `MAX_WINDOW`. Every page is cut from a window
 * read from the top, so pages do not overlap.
 */

/** Ranked rows read per result row wanted; ×20 keeps pages full when copies come by the dozen. */
export const OVERFETCH = 20;

/** A ranked row: the article's rowid and its score (lower is better, as FTS5's bm25). */
export interface RankedRow {
  doc: number;
  score: number;
}

/** Most ranked rows read for one page (~50 ms at 100k reports, heads looked up included). */
export const MAX_WINDOW = 20_000;

/** How many ranked rows to read first for a page ending at row `want`, when copies collapse. */
export function collapseWindow(want: number, cap = Infinity): number {
  return Math.min(cap, Math.max(want, want * OVERFETCH));
}

/** A row that stands for its group, and how many other reports the group has. */
export interface GroupRow extends RankedRow {
  copies: number;
}

/** Ranked rows whose groups are looked up per query: enough for a page, few enough to be cheap. */
const HEAD_CHUNK = 256;

/**
 * Keeps the first (best) row of each near-duplicate group, in order, with its group's size,
 * up to `need` groups. Heads are looked up a chunk of rows at a time and group sizes only for
 * the groups kept, so a long ranking (a prefix's 20,000 best) costs what its first page needs.
 */
export function collapseCopies(db: ReadDb, rows: RankedRow[], need = Infinity): GroupRow[] {
  const headsOf = stmt(
    db,
    `SELECT a.rowid AS doc, coalesce(tc.head_id, a.id) AS head
     FROM articles a LEFT JOIN twin_copies tc ON tc.article_id = a.id WHERE a.rowid IN (SELECT value FROM json_each(?))`,
  );
  const seen = new Set<string>();
  const kept: { row: RankedRow; head: string }[] = [];
  for (let from = 0; from < rows.length && kept.length < need; from += HEAD_CHUNK) {
    const chunk = rows.slice(from, from + HEAD_CHUNK);
    const heads = new Map<number, string>();
    for (const r of headsOf.all(JSON.stringify(chunk.map((x) => x.doc))) as { doc: number; head: string }[]) heads.set(r.doc, r.head);
    for (const r of chunk) {
      const head = heads.get(r.doc) ?? `#${r.doc}`;
      if (seen.has(head)) continue;
      seen.add(head);
      kept.push({ row: r, head });
      if (kept.length >= need) break;
    }
  }
  if (kept.length === 0) return [];
  const copies = new Map<string, number>();
  const counts = stmt(db, 'SELECT head_id AS head, count(*) AS n FROM twin_copies WHERE head_id IN (SELECT value FROM json_each(?)) GROUP BY head_id');
  for (const r of counts.all(JSON.stringify(kept.map((k) => k.head))) as { head: string; n: number }[]) copies.set(r.head, r.n);
  return kept.map((k) => ({ ...k.row, copies: copies.get(k.head) ?? 0 }));
}

/**
 * The collapsed rows `offset`..`pageEnd` of a ranking read through `read(limit)` (best first,
 * from the top), widening the window until the page is full, the ranking ends, or `MAX_WINDOW`.
 */
export function collapsedPage(db: ReadDb, read: (limit: number) => RankedRow[], offset: number, pageEnd: number): GroupRow[] {
  let window = collapseWindow(pageEnd, MAX_WINDOW);
  for (;;) {
    const rows = read(window);
    const groups = collapseCopies(db, rows, pageEnd);
    if (groups.length >= pageEnd || rows.length < window || window >= MAX_WINDOW) return groups.slice(offset, pageEnd);
    window = Math.min(MAX_WINDOW, window * 4);
  }
}
