import type { ArticleSort, ArticleSummary } from '../../../shared/api';
import type { ReadDb } from '../db';
import { stmt } from './cache';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from './article-reads';
import { NOT_TRASHED } from './trash';

/**
 * The library list by key (keyset paging): every page starts from the sort key of a row next
 * to it, so reading the last page of 100,000 reports costs what the first does. Each sort order
 * has an index on exactly its key columns, ending with the id (migration 9).
 *
 * A key is the row's values of its order's columns, id last, e.g. `['2025-04-12', '2025-…Z',
 * '3f2a…']` for `published-desc`.
 */
export type ListKey = readonly (string | number)[];

/** What is listed: the sort order and whether near-duplicate copies collapse under their head. */
export interface ListSpec {
  sort: ArticleSort;
  /** Leave out reports that are copies under another (`twin_copies`). */
  grouped: boolean;
  /** Only these reports (a story's), or every report when absent. */
  ids?: readonly string[] | undefined;
}

/** A list row: the summary and the row's key. */
export interface ListRow {
  summary: ArticleSummary;
  key: ListKey;
}

interface Order {
  columns: readonly string[];
  desc: boolean;
}

/** Key columns per sort order; they match migration 9's indexes column for column. */
const ORDERS: Record<ArticleSort, Order> = {
  'published-desc': { columns: ['list_date_desc', 'added_at', 'id'], desc: true },
  'published-asc': { columns: ['list_date_asc', 'added_at', 'id'], desc: false },
  'added-desc': { columns: ['added_at', 'id'], desc: true },
  'title-asc': { columns: ['list_title', 'id'], desc: false },
};

/** How many key columns a sort order has (for validating a cursor). */
export function keyLength(sort: ArticleSort): number {
  return ORDERS[sort].columns.length;
}

const NOT_A_COPY = 'NOT EXISTS (SELECT 1 FROM twin_copies c WHERE c.article_id = a.id)';
/** One parameter, a JSON array of ids, however many there are. */
const IN_IDS = 'a.id IN (SELECT value FROM json_each(?))';

/** Where a page starts: after, at or before a key, or at either end. */
export type Where = 'after' | 'from' | 'before' | 'none';

/** SQL for a page: `forward` in list order, else backward (the caller reverses the rows). Exported for the query-plan test. */
export function pageSql(spec: ListSpec, where: Where, forward: boolean): string {
  const o = ORDERS[spec.sort];
  const cols = o.columns.map((c) => `a.${c}`);
  const tuple = `(${cols.join(', ')})`;
  const params = `(${cols.map(() => '?').join(', ')})`;
  // "After" in a descending order means smaller keys.
  const later = o.desc ? '<' : '>';
  const earlier = o.desc ? '>' : '<';
  const conds: string[] = [];
  if (where === 'after') conds.push(`${tuple} ${later} ${params}`);
  if (where === 'from') conds.push(`${tuple} ${later}= ${params}`);
  if (where === 'before') conds.push(`${tuple} ${earlier} ${params}`);
  conds.push(NOT_TRASHED);
  if (spec.grouped) conds.push(NOT_A_COPY);
  if (spec.ids) conds.push(IN_IDS);
  const dir = o.desc === forward ? 'DESC' : 'ASC';
  return `SELECT ${SUMMARY_COLUMNS}, ${o.columns.map((c, i) => `a.${c} AS k${i}`).join(', ')}
    FROM articles a JOIN sources s ON s.id = a.source_id
    ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}
    ORDER BY ${cols.map((c) => `${c} ${dir}`).join(', ')} LIMIT ? OFFSET ?`;
}

function read(db: ReadDb, spec: ListSpec, where: Where, forward: boolean, key: ListKey | null, limit: number, skip = 0): ListRow[] {
  const n = ORDERS[spec.sort].columns.length;
  const ids = spec.ids ? [JSON.stringify(spec.ids)] : [];
  const rows = stmt(db, pageSql(spec, where, forward)).all(...(key ?? []), ...ids, limit, skip) as (SummaryRow & Record<string, string | number>)[];
  const out = rows.map((r) => ({ summary: toSummary(r), key: Array.from({ length: n }, (_, i) => r[`k${i}`]!) }));
  return forward ? out : out.reverse();
}

/** The first `limit` rows of the list, or those from row `skip` on (for short lists: an OFFSET walks). */
export function listFirst(db: ReadDb, spec: ListSpec, limit: number, skip = 0): ListRow[] {
  return read(db, spec, 'none', true, null, limit, skip);
}

/** The last `limit` rows of the list, in list order. */
export function listLast(db: ReadDb, spec: ListSpec, limit: number): ListRow[] {
  return read(db, spec, 'none', false, null, limit);
}

/** Up to `limit` rows after the row with `key` (not including it). */
export function listAfter(db: ReadDb, spec: ListSpec, key: ListKey, limit: number): ListRow[] {
  return read(db, spec, 'after', true, key, limit);
}

/** Up to `limit` rows just before the row with `key`, in list order. */
export function listBefore(db: ReadDb, spec: ListSpec, key: ListKey, limit: number): ListRow[] {
  return read(db, spec, 'before', false, key, limit);
}

/**
 * Up to `limit` rows starting `skip` rows past the row with `key` (which counts as row 0).
 * `skip` stays below the anchor spacing, so this never walks far.
 */
export function listFrom(db: ReadDb, spec: ListSpec, key: ListKey, skip: number, limit: number): ListRow[] {
  return read(db, spec, 'from', true, key, limit, skip);
}

/**
 * The keys of rows 0, `step`, 2·`step`, … : one pass over the order's index (no table rows
 * read), so a page at any position starts from the nearest anchor.
 */
export function listAnchors(db: ReadDb, spec: ListSpec, step: number): ListKey[] {
  const o = ORDERS[spec.sort];
  const dir = o.desc ? 'DESC' : 'ASC';
  const sql = `SELECT ${o.columns.join(', ')} FROM (
      SELECT ${o.columns.map((c) => `a.${c}`).join(', ')},
        row_number() OVER (ORDER BY ${o.columns.map((c) => `a.${c} ${dir}`).join(', ')}) AS rn
      FROM articles a WHERE ${NOT_TRASHED}${spec.grouped ? ` AND ${NOT_A_COPY}` : ''}
    ) WHERE (rn - 1) % ? = 0 ORDER BY rn`;
  return stmt(db, sql).raw().all(step) as ListKey[];
}

/** How many rows the list has. */
export function countList(db: ReadDb, spec: ListSpec): number {
  const conds = [NOT_TRASHED, ...(spec.grouped ? [NOT_A_COPY] : []), ...(spec.ids ? [IN_IDS] : [])];
  const sql = `SELECT count(*) AS n FROM articles a WHERE ${conds.join(' AND ')}`;
  return (stmt(db, sql).get(...(spec.ids ? [JSON.stringify(spec.ids)] : [])) as { n: number }).n;
}

/** A number that changes whenever a change may have moved a row of any list (migration 9). */
export function listVersion(db: ReadDb): number {
  return (stmt(db, 'SELECT version FROM list_changes WHERE id = 1').get() as { version: number }).version;
}
