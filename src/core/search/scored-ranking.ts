import type { ReadDb } from '../store/db';
import { stmt } from '../store/queries/cache';
import type { FtsMatch } from './fts-query';
import type { NewestPass } from './newest-pass';
import type { QueryFilters } from './query-parser';
import { matchSql, titleMatchSql, type MatchOptions, type SqlPart } from './sql-plan';
import { bestPerGroupSql, byRank, collapseCopies, collapsedPage, firstOfGroups, groupOf, mergeGroups, withCopyCounts, type GroupRow, type KeyedRow, type RankedRow } from './collapse';

/**
 * The page of a query ranked in its first pass (a phrase or a prefix: see `search.ts`), from
 * the newest `cap` matches it scored and, when there were more (`titleCap`), the newest
 * `titleCap` title matches: one ranking, the same for every page and with copies collapsed or
 * not, so that a person paging through it sees each story once, in one order.
 *
 * With copies collapsing, a page is a slice of the ranking's groups, best first, each at its
 * best row. The first pass keeps the best `want` rows; when their groups fill the page, that
 * is the page. When they do not (a story with more copies than the window), the first pass's
 * best row of every group among the newest matches, merged with those of the title matches,
 * gives the page without reading the ranking again and without widening.
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

/** The title matches' part of the ranking: its best `want` rows, and with `groups` its best groups. */
interface TitleRanking {
  rows: KeyedRow[];
  groups: KeyedRow[] | null;
}

/**
 * The best `want` of the newest `titleCap` title matches (none without `titleCap`), and with
 * `groups` the best row of each of their best `pageEnd` groups: one FTS5 cursor for both.
 */
function titleRanking(r: ScoredRanking, groups: boolean): TitleRanking {
  const t = r.titleCap !== null ? titleMatchSql(r.fts, r.filters, { hasAnnotations: r.base.hasAnnotations, cap: r.titleCap }) : null;
  if (!t) return { rows: [], groups: groups ? [] : null };
  const best = `SELECT x.doc AS doc, x.score AS score, ${groupOf('x.doc')} AS grp FROM (SELECT doc, score FROM t ORDER BY score, doc DESC LIMIT ${r.want}) x LEFT JOIN search_docs d ON d.doc = x.doc`;
  const parts = [`SELECT * FROM (SELECT 0 AS part, * FROM (${best}))`];
  if (groups) parts.push(`SELECT 1 AS part, doc, score, "group" AS grp FROM (${bestPerGroupSql('SELECT doc, score FROM t')})`);
  const all = stmt(r.db, `WITH t AS MATERIALIZED (${t.sql}) ${parts.join(' UNION ALL ')}`).all(...t.params, ...(groups ? [r.pageEnd] : [])) as (Row & { part: number })[];
  return { rows: keyed(all.filter((x) => x.part === 0)), groups: groups ? keyed(all.filter((x) => x.part === 1)) : null };
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

/**
 * The ranking's best rows as far as both lists were read: all of it when neither list was cut
 * at `want` (then `whole`), else its best `want`, as the best `n` of the union are among the
 * best `n` of either list.
 */
function bestRows(r: ScoredRanking, titles: readonly KeyedRow[]): { rows: KeyedRow[]; whole: boolean } {
  const whole = r.first.top.length < r.want && titles.length < r.want;
  const merged = mergeBest(r.first.top, titles);
  return { rows: whole ? merged : merged.slice(0, r.want), whole };
}

/** The page, copies collapsed, for a query in one scope: its groups come from the first pass. */
export function groupedFromFirstPass(r: ScoredRanking): GroupRow[] {
  const { first, want, pageEnd } = r;
  // Whether the window's groups fill the page is known only with the title matches; when the
  // newest alone do not fill it, the title matches' groups will be wanted, so read them at once.
  const short = first.top.length >= want && firstOfGroups(first.top, pageEnd).length < pageEnd;
  const titles = titleRanking(r, short);
  const best = bestRows(r, titles.rows);
  const kept = firstOfGroups(best.rows, pageEnd);
  if (best.whole || kept.length >= pageEnd) return withCopyCounts(r.db, kept).slice(r.offset, pageEnd);
  const titleGroups = titles.groups ?? titleRanking(r, true).groups!;
  return withCopyCounts(r.db, mergeGroups(first.groups, titleGroups, pageEnd)).slice(r.offset, pageEnd);
}

/**
 * The page, copies collapsed, for a query in several scopes (whose ranking may hold more than
 * `MAX_WINDOW` rows): the first pass's best rows collapsed, else the same ranking read again,
 * widening until the page fills.
 */
export function groupedByWidening(r: ScoredRanking): GroupRow[] {
  const best = bestRows(r, titleRows(r));
  const rows = collapseCopies(r.db, best.rows, r.pageEnd).slice(r.offset, r.pageEnd);
  if (rows.length >= r.pageEnd - r.offset || best.whole) return rows;
  const ranked = rankingSql(r);
  const q = stmt(r.db, `SELECT doc, score FROM (${ranked.sql}) ORDER BY score, doc DESC LIMIT ? OFFSET ?`);
  return collapsedPage(r.db, (n) => q.all(...ranked.params, n, 0) as RankedRow[], r.offset, r.pageEnd);
}

/** The whole ranking as SQL: the newest `cap` matches of each scope, with the newest `titleCap` title matches. */
function rankingSql(r: ScoredRanking): SqlPart {
  const newest = matchSql(r.fts, r.filters, r.filters.scopes, { ...r.base, scored: true, cap: r.cap, titles: false });
  const t = r.titleCap !== null ? titleMatchSql(r.fts, r.filters, { hasAnnotations: r.base.hasAnnotations, cap: r.titleCap }) : null;
  if (!t) return newest;
  return { sql: `SELECT doc, min(score) AS score FROM (SELECT * FROM (${newest.sql}) UNION ALL SELECT * FROM (${t.sql})) GROUP BY doc`, params: [...newest.params, ...t.params] };
}
