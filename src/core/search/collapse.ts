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

/** Keeps the first (best) row of each near-duplicate group, in order, with its group's size. */
export function collapseCopies(db: ReadDb, rows: RankedRow[]): GroupRow[] {
  if (rows.length === 0) return [];
  const heads = new Map<number, { head: string; copies: number }>();
  const q = stmt(
    db,
    `SELECT a.rowid AS doc, coalesce(tc.head_id, a.id) AS head,
       (SELECT count(*) FROM twin_copies c WHERE c.head_id = coalesce(tc.head_id, a.id)) AS copies
     FROM articles a LEFT JOIN twin_copies tc ON tc.article_id = a.id WHERE a.rowid IN (SELECT value FROM json_each(?))`,
  );
  for (const r of q.all(JSON.stringify(rows.map((x) => x.doc))) as { doc: number; head: string; copies: number }[]) heads.set(r.doc, r);
  const seen = new Set<string>();
  const out: GroupRow[] = [];
  for (const r of rows) {
    const g = heads.get(r.doc) ?? { head: `#${r.doc}`, copies: 0 };
    if (seen.has(g.head)) continue;
    seen.add(g.head);
    out.push({ ...r, copies: g.copies });
  }
  return out;
}

/**
 * The collapsed rows `offset`..`pageEnd` of a ranking read through `read(limit)` (best first,
 * from the top), widening the window until the page is full, the ranking ends, or `MAX_WINDOW`.
 */
export function collapsedPage(db: ReadDb, read: (limit: number) => RankedRow[], offset: number, pageEnd: number): GroupRow[] {
  let window = collapseWindow(pageEnd, MAX_WINDOW);
  for (;;) {
    const rows = read(window);
    const groups = collapseCopies(db, rows);
    if (groups.length >= pageEnd || rows.length < window || window >= MAX_WINDOW) return groups.slice(offset, pageEnd);
    window = Math.min(MAX_WINDOW, window * 4);
  }
}
