import type { FacetValue, SearchFacets } from '../../shared/api';
import type { ReadDb } from '../store/db';
import { stmt } from '../store/queries/cache';
import type { SqlPart } from './sql-plan';

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
  /** The `top` best-scored docs, best first (empty unless asked for and the plan is scored). */
  top: { doc: number; score: number }[];
}

interface Row {
  /** 0: an outlet/month/language group, 1: a tag, 2: a ranked doc, 3: the count without facets. */
  part: 0 | 1 | 2 | 3;
  site: string | null;
  month: string | null;
  lang: string | null;
  /** Docs in the group; the score for a ranked doc. */
  n: number;
  /** The lowest doc of the group; the doc itself for a ranked doc. */
  doc: number | null;
}

/** Runs the first pass over `plan` (a subquery yielding `doc`, and `score` when `top` > 0). */
export function newestPass(db: ReadDb, plan: SqlPart, opts: { facets: boolean; top: number }): NewestPass {
  const parts: string[] = [];
  if (opts.facets) {
    parts.push(
      `SELECT 0 AS part, d.site AS site, d.month AS month, d.lang AS lang, count(*) AS n, min(m.doc) AS doc
         FROM m CROSS JOIN search_docs d ON d.doc = m.doc GROUP BY d.site, d.month, d.lang`,
      'SELECT 1, min(t.tag), NULL, NULL, count(*), NULL FROM m CROSS JOIN search_tags t ON t.doc = m.doc GROUP BY t.key',
    );
  } else parts.push('SELECT 3 AS part, NULL AS site, NULL AS month, NULL AS lang, count(*) AS n, min(doc) AS doc FROM m');
  const top = Math.max(0, Math.floor(opts.top));
  if (top > 0) parts.push(`SELECT * FROM (SELECT 2, NULL, NULL, NULL, score, doc FROM m ORDER BY score, doc DESC LIMIT ${top})`);
  const rows = stmt(db, `WITH m AS MATERIALIZED (${plan.sql}) ${parts.join(' UNION ALL ')}`).all(...plan.params) as Row[];

  const outlet = new Map<string, number>();
  const month = new Map<string, number>();
  const lang = new Map<string, number>();
  const tag = new Map<string, number>();
  const add = (m: Map<string, number>, k: string | null, n: number) => k && m.set(k, (m.get(k) ?? 0) + n);
  let total = 0;
  let lowestDoc = Infinity;
  const ranked: NewestPass['top'] = [];
  for (const r of rows) {
    if (r.part === 2) ranked.push({ doc: r.doc!, score: r.n });
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
  return { total, lowestDoc: total > 0 ? lowestDoc : 0, facets, top: ranked };
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
