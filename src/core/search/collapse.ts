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

/** A ranked row with its group: `coalesce(head, doc)` of its `search_docs` row (migration 15). */
export interface KeyedRow extends RankedRow {
  group: number;
}

/** The group of `doc` with its `search_docs d` row (none: its own): the doc of the report it collapses under. */
export const groupOf = (doc: string): string => `coalesce(d.head, ${doc})`;

/**
 * SQL yielding, for the ranked rows of `ranked` (a subquery with `doc` and `score`), the best
 * row of each group (lowest score, then the newest doc, as the ranking orders them) with its
 * `group`, the best `?`-many groups (the last parameter) first. Two groupings instead of a
 * window function (3x the cost over 10,000 rows): the newest doc of each score in a group, then
 * the lowest score, a bare column taking the value of the one row that has it.
 */
export function bestPerGroupSql(ranked: string): string {
  return `SELECT doc, score, grp AS "group" FROM (
      SELECT grp, min(score) AS score, doc FROM (
        SELECT ${groupOf('r.doc')} AS grp, r.score AS score, max(r.doc) AS doc
        FROM (${ranked}) r LEFT JOIN search_docs d ON d.doc = r.doc GROUP BY 1, 2)
      GROUP BY grp)
    ORDER BY score, doc DESC LIMIT ?`;
}

/** Best first, as the ranking orders rows: lower score, then the newer doc. */
export const byRank = (x: RankedRow, y: RankedRow): number => x.score - y.score || y.doc - x.doc;

/** Rows with their groups looked up (a row without a search doc is its own group). */
function withGroups(db: ReadDb, rows: readonly RankedRow[]): KeyedRow[] {
  const lookup = stmt(db, `SELECT d.doc AS doc, ${groupOf('d.doc')} AS grp FROM search_docs d WHERE d.doc IN (SELECT value FROM json_each(?))`);
  const groups = new Map<number, number>();
  for (let from = 0; from < rows.length; from += HEAD_CHUNK) {
    const chunk = rows.slice(from, from + HEAD_CHUNK).map((r) => r.doc);
    for (const r of lookup.all(JSON.stringify(chunk)) as { doc: number; grp: number }[]) groups.set(r.doc, r.grp);
  }
  return rows.map((r) => ({ doc: r.doc, score: r.score, group: groups.get(r.doc) ?? r.doc }));
}

/** The first (best) row of each group, in order, up to `need` groups. */
export function firstOfGroups(rows: readonly KeyedRow[], need = Infinity): KeyedRow[] {
  const seen = new Set<number>();
  const kept: KeyedRow[] = [];
  for (const r of rows) {
    if (kept.length >= need) break;
    if (seen.has(r.group)) continue;
    seen.add(r.group);
    kept.push(r);
  }
  return kept;
}

/**
 * The best `need` groups of two rankings of groups taken together (each best first, each
 * holding at least its own best `need`), a group keeping its better row.
 */
export function mergeGroups(a: readonly KeyedRow[], b: readonly KeyedRow[], need: number): KeyedRow[] {
  const best = new Map<number, KeyedRow>();
  for (const r of [...a, ...b]) {
    const had = best.get(r.group);
    if (!had || byRank(r, had) < 0) best.set(r.group, r);
  }
  return [...best.values()].sort(byRank).slice(0, need);
}

/** The groups' rows with how many other reports each group has (`twin_copies` of its head). */
export function withCopyCounts(db: ReadDb, rows: readonly KeyedRow[]): GroupRow[] {
  if (rows.length === 0) return [];
  const counts = stmt(
    db,
    `SELECT d.doc AS grp, (SELECT count(*) FROM twin_copies tc WHERE tc.head_id = d.article_id) AS n
     FROM search_docs d WHERE d.doc IN (SELECT value FROM json_each(?))`,
  );
  const copies = new Map<number, number>();
  for (const r of counts.all(JSON.stringify(rows.map((k) => k.group))) as { grp: number; n: number }[]) copies.set(r.grp, r.n);
  return rows.map((r) => ({ doc: r.doc, score: r.score, copies: copies.get(r.group) ?? 0 }));
}

/** Ranked rows whose groups are looked up per query: enough for a page, few enough to be cheap. */
const HEAD_CHUNK = 256;

/**
 * Keeps the first (best) row of each near-duplicate group, in order, with its group's size,
 * up to `need` groups. Groups are looked up a chunk of rows at a time and group sizes only for
 * the groups kept, so a long ranking (a prefix's 20,000 best) costs what its first page needs.
 */
export function collapseCopies(db: ReadDb, rows: RankedRow[], need = Infinity): GroupRow[] {
  const kept: KeyedRow[] = [];
  const seen = new Set<number>();
  for (let from = 0; from < rows.length && kept.length < need; from += HEAD_CHUNK) {
    for (const r of withGroups(db, rows.slice(from, from + HEAD_CHUNK))) {
      if (seen.has(r.group)) continue;
      seen.add(r.group);
      kept.push(r);
      if (kept.length >= need) break;
    }
  }
  return withCopyCounts(db, kept);
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
