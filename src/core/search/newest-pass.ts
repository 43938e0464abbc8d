import type { FacetValue, SearchFacets } from '../../shared/api';
import type { ReadDb } from '../store/db';
import { stmt } from '../store/queries/cache';
import type { SqlPart } from './sql-plan';
import { bestPerGroupSql, byRank, groupOf, type KeyedRow } from './collapse';

/**
 * The first pass of a search: the newest matches (the plan's cap) are materialised once and
 * give, in one statement, their count, the lowest doc among them, the facets (outlet, month and
 * language; tags) and, when the plan is scored, the best-ranked of them. An FTS5 evaluation of
 * a phrase or a prefix reads every posting of its words (~10 ms for `über*` at 100k articles),
 * so it is done once here instead of once per grouping and again for ranking.
 */

/** Values per facet returned (the most frequent; months: the latest). */
export const FACET_VALUES = 30;

/** What the first pass found. */
export interface NewestPass {
  /** Docs the plan yielded (at most its cap per scope). */
  total: number;
  /** The lowest (oldest) of them; 0 when none. */
  lowestDoc: number;
  facets: SearchFacets | null;
  /** The `top` best-scored docs with their groups, best first (empty unless asked for and the plan is scored). */
  top: KeyedRow[];
  /** The best-scored doc of each of the best `groups` groups, best first (empty unless asked for and needed, `groupsNeeded`). */
  groups: KeyedRow[];
}

interface Row {
  /** 0: an outlet/month/language group, 1: a tag, 2: a ranked doc, 3: the count without facets, 4: a group's best doc. */
  part: 0 | 1 | 2 | 3 | 4;
  site: string | null;
  month: string | null;
  lang: string | null;
  /** Docs in the group; the score for a ranked doc. */
  n: number;
  /** The lowest doc of the group; the doc itself for a ranked doc. */
  doc: number | null;
  /** A ranked doc's near-duplicate group. */
  grp: number | null;
}

/**
 * Runs the first pass over `plan` (a subquery yielding `doc`, and `score` when `top` or
 * `groups` > 0). `groups`: the best row of each near-duplicate group, for the best that many
 * groups, so that copies collapse without reading the ranking again (`collapse.ts`). With
 * `top` and the plan's `cap`, the groups are grouped only when the page may need them
 * (`groupsNeeded`).
 */
export function newestPass(db: ReadDb, plan: SqlPart, opts: { facets: boolean; top: number; groups?: number; cap?: number }): NewestPass {
  const parts: string[] = [];
  const params: unknown[] = [...plan.params];
  const ctes = [`m AS MATERIALIZED (${plan.sql})`];
  if (opts.facets) {
    parts.push(
      `SELECT 0 AS part, d.site AS site, d.month AS month, d.lang AS lang, count(*) AS n, min(m.doc) AS doc, NULL AS grp
         FROM m CROSS JOIN search_docs d ON d.doc = m.doc GROUP BY d.site, d.month, d.lang`,
      'SELECT 1, min(t.tag), NULL, NULL, count(*), NULL, NULL FROM m CROSS JOIN search_tags t ON t.doc = m.doc GROUP BY t.key',
    );
  } else parts.push('SELECT 3 AS part, NULL AS site, NULL AS month, NULL AS lang, count(*) AS n, min(doc) AS doc, NULL AS grp FROM m');
  const top = Math.max(0, Math.floor(opts.top));
  if (top > 0) {
    // The best rows first, then their groups: a lookup for each row kept, not for each match.
    ctes.push(
      `tp AS MATERIALIZED (SELECT t.score AS score, t.doc AS doc, ${groupOf('t.doc')} AS grp
         FROM (SELECT doc, score FROM m ORDER BY score, doc DESC LIMIT ${top}) t LEFT JOIN search_docs d ON d.doc = t.doc)`,
    );
    parts.push('SELECT 2, NULL, NULL, NULL, score, doc, grp FROM tp');
  }
  const groups = Math.max(0, Math.floor(opts.groups ?? 0));
  if (groups > 0) {
    const when = top > 0 && opts.cap !== undefined ? groupsNeeded(opts.cap, groups) : null;
    parts.push(`SELECT 4, NULL, NULL, NULL, score, doc, "group" FROM (${bestPerGroupSql(`SELECT doc, score FROM m${when ? ` WHERE ${when.sql}` : ''}`)})`);
    params.push(...(when?.params ?? []), groups);
  }
  const rows = stmt(db, `WITH ${ctes.join(', ')} ${parts.join(' UNION ALL ')}`).all(...params) as Row[];

  const outlet = new Map<string, number>();
  const month = new Map<string, number>();
  const lang = new Map<string, number>();
  const tag = new Map<string, number>();
  const add = (m: Map<string, number>, k: string | null, n: number) => k && m.set(k, (m.get(k) ?? 0) + n);
  let total = 0;
  let lowestDoc = Infinity;
  const ranked: KeyedRow[] = [];
  const best: KeyedRow[] = [];
  for (const r of rows) {
    if (r.part === 2) ranked.push({ doc: r.doc!, score: r.n, group: r.grp ?? r.doc! });
    else if (r.part === 4) best.push({ doc: r.doc!, score: r.n, group: r.grp ?? r.doc! });
    else if (r.part === 1) add(tag, r.site, r.n);
    else if (r.n > 0) {
      total += r.n;
      lowestDoc = Math.min(lowestDoc, r.doc ?? Infinity);
      add(outlet, r.site, r.n);
      add(month, r.month, r.n);
      add(lang, r.lang, r.n);
    }
  }
  const facets = opts.facets ? { outlet: topValues(outlet), month: topValues(month, true), lang: topValues(lang), tag: topValues(tag) } : null;
  return { total, lowestDoc: total > 0 ? lowestDoc : 0, facets, top: ranked.sort(byRank), groups: best.sort(byRank) };
}

/**
 * When the page may need the best row of every group: when the plan reached its `cap` (title
 * matches may then join the ranking, `scored-ranking.ts`), or when the best `top` rows hold
 * fewer than `groups` groups. Otherwise the page is the first row of each group among the best
 * rows, and grouping every match (two sorts of up to 10,000 rows, a fifth of a broad phrase's
 * or prefix's first pass) would be thrown away. A constant condition on the rows grouped, so
 * SQLite skips the grouping's input, not only its output.
 */
function groupsNeeded(cap: number, groups: number): SqlPart {
  // The best rows' groups first: when they fall short, the matches need not be counted.
  return { sql: '((SELECT count(DISTINCT grp) FROM tp) < ? OR (SELECT count(*) FROM m) >= ?)', params: [groups, cap] };
}

/** Facet counts scaled by `k` (from a sample to the estimated whole). */
export function scaleFacets(f: SearchFacets, k: number): SearchFacets {
  const scale = (xs: FacetValue[]) => xs.map((x) => ({ value: x.value, count: Math.round(x.count * k) }));
  return { outlet: scale(f.outlet), month: scale(f.month), lang: scale(f.lang), tag: scale(f.tag) };
}

function topValues(counts: Map<string, number>, byValueDesc = false): FacetValue[] {
  const xs = [...counts].map(([value, count]) => ({ value, count }));
  xs.sort(byValueDesc ? (a, b) => b.value.localeCompare(a.value) : (a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return xs.slice(0, FACET_VALUES);
}
