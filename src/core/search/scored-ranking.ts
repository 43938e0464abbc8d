import type { ReadDb } from '../store/db';
import { stmt } from '../store/queries/cache';
import type { FtsMatch } from './fts-query';
import type { NewestPass } from './newest-pass';
import type { QueryFilters } from './query-parser';
import { matchSql, titleMatchSql, type MatchOptions } from './sql-plan';
import { bestPerGroupSql, byRank, collapseCopies, collapsedPage, firstOfGroups, groupOf, mergeGroups, withCopyCounts, type GroupRow, type KeyedRow, type RankedRow } from './collapse';

/**
 * The page of a query ranked in its first pass (a phrase or a prefix: see `search.ts`), from
 * the newest `cap` matches it scored and, when there were more, the best title matches.
 *
 * With copies collapsing, the page is the best groups of the ranking, each at its best row. The
 * first pass keeps the best `want` rows; when their groups fill the page, that is the page.
 * When they do not (a story with more copies than the window), the page is the best groups of
 * the whole ranking, and the ranking that stands then is the newest matches together with
 * the newest `cap` title matches (as the plan `matchSql` gives with `cap` and `titles`).
 * The first pass gives the best row of every group among the newest matches, so one more
 * cursor (over the title matches) is all that is read again, instead of widening the window
 * fourfold at a time over the whole ranking up to `MAX_WINDOW` (each step two FTS5 cursors).
 */

/** What ranking a scored first pass needs. */
export interface ScoredRanking {
  db: ReadDb;
  fts: FtsMatch;
  filters: QueryFilters;
  base: Omit<MatchOptions, 'scored' | 'cap' | 'titles'>;
  first: NewestPass;
  /** The first pass's cap (`FACET_CAP`): how many of the newest matches it ranked. */
  cap: number;
  /** How many of the newest title matches join the newest matches (`RANK_CAP` when the first pass was sampled); null: none. */
  titleCap: number | null;
  /** Rows of the ranking read for the page (the page's end, ×`OVERFETCH` when copies collapse). */
  want: number;
  offset: number;
  pageEnd: number;
}

/** The title matches' part of a ranking: its best `want` rows, and the best groups of the newest `cap`. */
interface TitleRanking {
  rows: KeyedRow[];
  groups: KeyedRow[] | null;
}

/**
 * The best `want` of the newest `titleCap` title matches (none without `titleCap`), and with
 * `groups` the best group rows of the newest `cap` title matches: one FTS5 cursor for both,
 * as the newest `titleCap` are the newest of the `cap` with the same scores.
 */
function titleRanking(r: ScoredRanking, groups: boolean): TitleRanking {
  const titles = (cap: number) => titleMatchSql(r.fts, r.filters, { hasAnnotations: r.base.hasAnnotations, cap });
  const t = groups ? titles(r.cap) : r.titleCap !== null ? titles(r.titleCap) : null;
  if (!t) return { rows: [], groups: null };
  const best = (from: string) => `SELECT x.doc AS doc, x.score AS score, ${groupOf('x.doc')} AS grp FROM (SELECT doc, score FROM (${from}) ORDER BY score, doc DESC LIMIT ${r.want}) x LEFT JOIN search_docs d ON d.doc = x.doc`;
  if (!groups) return { rows: keyed(stmt(r.db, best(t.sql)).all(...t.params) as Row[]), groups: null };
  const parts = [`SELECT 1 AS part, doc, score, "group" AS grp FROM (${bestPerGroupSql('SELECT doc, score FROM t')})`];
  if (r.titleCap !== null) parts.unshift(`SELECT * FROM (SELECT 0 AS part, * FROM (${best(`SELECT * FROM t ORDER BY doc DESC LIMIT ${Math.min(r.titleCap, r.cap)}`)}))`);
  const all = stmt(r.db, `WITH t AS MATERIALIZED (${t.sql}) ${parts.join(' UNION ALL ')}`).all(...t.params, r.pageEnd) as (Row & { part: number })[];
  return { rows: keyed(all.filter((x) => x.part === 0)), groups: keyed(all.filter((x) => x.part === 1)) };
}

type Row = { doc: number; score: number; grp: number };
const keyed = (rows: Row[]): KeyedRow[] => rows.map((x) => ({ doc: x.doc, score: x.score, group: x.grp })).sort(byRank);

/** The best `want` of the newest `titleCap` title matches, with their groups (none without `titleCap`). */
export function titleRows(r: ScoredRanking): KeyedRow[] {
  return titleRanking(r, false).rows;
}

/**
 * Two best-first lists of scored docs as one, best first, a doc in both keeping its better
 * score (as the capped plan's `GROUP BY doc` with `min(score)` does). The best `n` of the union
 * are always among the best `n` of either list, so the lists need be no longer than the page.
 */
export function mergeBest<T extends RankedRow>(a: readonly T[], b: readonly T[]): T[] {
  const best = new Map<number, T>();
  for (const r of [...a, ...b]) {
    const had = best.get(r.doc);
    if (!had || r.score < had.score) best.set(r.doc, r);
  }
  return [...best.values()].sort(byRank);
}

/** The page, copies collapsed, for a query in one scope: its groups come from the first pass. */
export function groupedFromFirstPass(r: ScoredRanking): GroupRow[] {
  const { first, want, pageEnd } = r;
  const full = (rows: readonly KeyedRow[]) => first.top.length < want || firstOfGroups(rows, pageEnd).length >= pageEnd;
  // Whether the window's groups fill the page is known only with the title matches; when the
  // newest alone do not fill it, the title matches' groups will be wanted, so read them at once.
  const titles = titleRanking(r, r.filters.scopes.includes('article') && !full(first.top));
  const best = mergeBest(first.top, titles.rows).slice(0, want);
  if (full(best)) return withCopyCounts(r.db, firstOfGroups(best, pageEnd)).slice(r.offset, pageEnd);
  const titleGroups = titles.groups ?? (r.filters.scopes.includes('article') ? titleRanking({ ...r, titleCap: null }, true).groups! : []);
  return withCopyCounts(r.db, mergeGroups(first.groups, titleGroups, pageEnd)).slice(r.offset, pageEnd);
}

/**
 * The page, copies collapsed, for a query in several scopes (whose ranking may hold more than
 * `MAX_WINDOW` rows): the first pass's best rows collapsed, else the ranking read again,
 * widening until the page fills.
 */
export function groupedByWidening(r: ScoredRanking): GroupRow[] {
  const best = mergeBest(r.first.top, titleRows(r)).slice(0, r.want);
  const rows = collapseCopies(r.db, best, r.pageEnd).slice(r.offset, r.pageEnd);
  if (rows.length >= r.pageEnd - r.offset || r.first.top.length < r.want) return rows;
  const ranked = matchSql(r.fts, r.filters, r.filters.scopes, { ...r.base, scored: true, cap: r.cap });
  const q = stmt(r.db, `SELECT doc, score FROM (${ranked.sql}) ORDER BY score, doc DESC LIMIT ? OFFSET ?`);
  return collapsedPage(r.db, (n) => q.all(...ranked.params, n, 0) as RankedRow[], r.offset, r.pageEnd);
}
