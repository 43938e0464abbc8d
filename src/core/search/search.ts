import type { FacetValue, SearchFacets, SearchHit, SearchPage, SearchSort, Snippet } from '../../shared/types';
import type { ReadDb } from '../store/db';
import { stmt } from '../store/queries/cache';
import { commentsText, headText } from '../store/queries/search-index';
import { getHitDocs, prefixDocCount, termDocCount } from '../store/queries/search';
import { articlesMatchingNotes, hasAnnotations, noteTexts } from './notes';
import { toFtsMatch } from './fts-query';
import { QueryMatcher } from './matcher';
import { parseQuery, positiveLeaves, type ParsedQuery, type QueryNode } from './query-parser';
import { filterSql, matchSql, type SqlPart } from './sql-plan';
import { windowSnippet, wholeSnippet } from './snippets';

/**
 * `searchArticles`: parse, estimate, rank, count, facet, then cut snippets for one page.
 *
 * Ranking is FTS5 BM25 with field weights. BM25 must score every match before `LIMIT` can cut,
 * which costs ~1 µs per match; for a query whose estimated match count (from the vocabulary's
 * document frequencies) exceeds `RANK_CAP`, only the newest `RANK_CAP` matches plus every
 * title match are scored (see `search/README.md` for why and what it costs in quality).
 */

/**
 * Above this many estimated matches, relevance ranking scores a capped candidate set. BM25 costs
 * ~2 µs per match here, so 1,500 keeps ranking near 3 ms whatever the library size.
 */
export const RANK_CAP = 1500;
/**
 * Above this many estimated matches, facets and the total are counted over the newest
 * `FACET_CAP` matches and scaled to the library (≈, said in `notices`): evaluating a frequent
 * word, a phrase or a prefix over every match costs more than the rest of the search together.
 */
export const FACET_CAP = 10_000;
/** Values per facet returned (the most frequent; months: the latest). */
export const FACET_VALUES = 30;

/** A validated `SearchQuery`. */
export interface SearchRequest {
  q: string;
  sort: SearchSort;
  limit: number;
  offset: number;
  facets: boolean;
}

/** Finds a replacement for a word that matches nothing (for "did you mean"), or null. */
export type Speller = (word: string) => string | null;

/** Runs a search; never throws for a malformed query (see `parseQuery`). */
export function searchArticles(db: ReadDb, req: SearchRequest, speller?: Speller): SearchPage {
  const started = performance.now();
  const parsed = parseQuery(req.q);
  const page = runParsed(db, parsed, req);
  if (page.total === 0 && speller) page.didYouMean = didYouMean(db, req.q, parsed, speller);
  page.tookMs = Math.round((performance.now() - started) * 100) / 100;
  return page;
}

function runParsed(db: ReadDb, parsed: ParsedQuery, req: SearchRequest): SearchPage {
  const { root, filters, notices } = parsed;
  const fts = toFtsMatch(root);
  const empty: SearchPage = { hits: [], total: 0, facets: req.facets ? emptyFacets() : null, didYouMean: null, notices, tookMs: 0 };
  const withNotes = hasAnnotations(db);
  if (fts.match === null && fts.exclude === null && filterSql(filters, withNotes).sql === '1') {
    if (req.q.trim() !== '' && notices.length === 0) notices.push('nothing to search for in this query');
    return empty;
  }
  if (fts.match === null && fts.exclude !== null) notices.push('only exclusions: showing every report without those words');

  const estimate = root && fts.match !== null ? estimateMatches(db, root) : 0;
  const capped = req.sort === 'relevance' && fts.match !== null && estimate > RANK_CAP;
  const base = {
    hasAnnotations: withNotes,
    ...(root && filters.scopes.includes('notes') ? { noteArticles: articlesMatchingNotes(db, root) } : {}),
  };
  const all = matchSql(fts, filters, filters.scopes, { ...base, scored: false });

  let total: number;
  let facets: SearchFacets | null = null;
  if (req.facets && estimate <= FACET_CAP) {
    ({ total, facets } = computeFacets(db, all));
  } else if (req.facets) {
    // One pass over the newest matches gives the facet sample and the count (or its estimate).
    const sample = computeFacets(db, matchSql(fts, filters, filters.scopes, { ...base, scored: false, cap: FACET_CAP }));
    total = sample.total < FACET_CAP ? sample.total : extrapolate(db, sample.total, sample.lowestDoc, notices);
    facets = total > sample.total ? scaleFacets(sample.facets, total / sample.total) : sample.facets;
    if (total > sample.total) notices.push(`≈ facet counts estimated from the newest ${sample.total.toLocaleString('en')} matches`);
  } else {
    total = estimate > FACET_CAP ? countCapped(db, matchSql(fts, filters, filters.scopes, { ...base, scored: false, cap: FACET_CAP }), notices) : countAll(db, all);
  }
  if (total === 0) return { ...empty, facets };

  let rows: { doc: number; score: number }[];
  if (req.sort === 'relevance' && fts.match !== null) {
    const ranked = matchSql(fts, filters, filters.scopes, { ...base, scored: true, ...(capped ? { cap: RANK_CAP } : {}) });
    rows = stmt(db, `SELECT doc, score FROM (${ranked.sql}) ORDER BY score, doc DESC LIMIT ? OFFSET ?`).all(...ranked.params, req.limit, req.offset) as typeof rows;
    if (capped) notices.push(`many matches: ranked the newest ${RANK_CAP.toLocaleString('en')} and every title match`);
  } else {
    const dir = req.sort === 'date-asc' ? 'ASC' : 'DESC';
    rows = stmt(
      db,
      `SELECT m.doc AS doc, 0 AS score FROM (${all.sql}) m JOIN search_docs d ON d.doc = m.doc
       ORDER BY d.published IS NULL, d.published ${dir}, m.doc ${dir} LIMIT ? OFFSET ?`,
    ).all(...all.params, req.limit, req.offset) as typeof rows;
  }
  return { hits: buildHits(db, rows, root, filters.scopes), total, facets, didYouMean: null, notices, tookMs: 0 };
}

function countAll(db: ReadDb, all: SqlPart): number {
  return (stmt(db, `SELECT count(*) AS n FROM (${all.sql})`).get(...all.params) as { n: number }).n;
}

/** Counts the newest `FACET_CAP` matches; when there are that many, extrapolates the total. */
function countCapped(db: ReadDb, newest: SqlPart, notices: string[]): number {
  const r = stmt(db, `SELECT count(*) AS n, min(doc) AS lo FROM (${newest.sql})`).get(...newest.params) as { n: number; lo: number | null };
  if (r.n < FACET_CAP || r.lo === null) return r.n;
  return extrapolate(db, r.n, r.lo, notices);
}

/** The total implied by `n` matches among the docs from `lo` to the newest (≈, with a notice). */
function extrapolate(db: ReadDb, n: number, lo: number, notices: string[]): number {
  const hi = (stmt(db, 'SELECT max(doc) AS hi FROM search_docs').get() as { hi: number }).hi;
  const total = Math.max(n, Math.round((n * hi) / Math.max(1, hi - lo + 1)));
  notices.push(`≈ ${total.toLocaleString('en')} matches, estimated from the newest ${n.toLocaleString('en')}`);
  return total;
}

/** Estimated matches of a query from document frequencies (upper bound for AND: the rarest). */
function estimateMatches(db: ReadDb, n: QueryNode): number {
  switch (n.type) {
    case 'term':
      return termDocCount(db, n.word.stem);
    case 'prefix':
      return prefixDocCount(db, n.word.stem);
    case 'phrase':
      return Math.min(...n.words.map((w) => termDocCount(db, w.stem)));
    case 'or':
      return n.children.reduce((s, c) => s + estimateMatches(db, c), 0);
    case 'and': {
      const pos = n.children.filter((c) => c.type !== 'not');
      return pos.length ? Math.min(...pos.map((c) => estimateMatches(db, c))) : 0;
    }
    case 'not':
      return 0;
  }
}

function scaleFacets(f: SearchFacets, k: number): SearchFacets {
  const scale = (xs: FacetValue[]) => xs.map((x) => ({ value: x.value, count: Math.round(x.count * k) }));
  return { outlet: scale(f.outlet), month: scale(f.month), lang: scale(f.lang), tag: scale(f.tag) };
}

function emptyFacets(): SearchFacets {
  return { outlet: [], month: [], lang: [], tag: [] };
}

function top(counts: Map<string, number>, byValueDesc = false): FacetValue[] {
  const xs = [...counts].map(([value, count]) => ({ value, count }));
  xs.sort(byValueDesc ? (a, b) => b.value.localeCompare(a.value) : (a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return xs.slice(0, FACET_VALUES);
}

/** Facet counts and the total over every match, in two grouped passes. */
function computeFacets(db: ReadDb, all: SqlPart): { total: number; facets: SearchFacets; lowestDoc: number } {
  const groups = stmt(
    db,
    `SELECT d.site AS site, d.month AS month, d.lang AS lang, count(*) AS n, min(m.doc) AS lo FROM (${all.sql}) m CROSS JOIN search_docs d ON d.doc = m.doc
     GROUP BY d.site, d.month, d.lang`,
  ).all(...all.params) as { site: string | null; month: string | null; lang: string | null; n: number; lo: number }[];
  const outlet = new Map<string, number>();
  const month = new Map<string, number>();
  const lang = new Map<string, number>();
  let total = 0;
  let lowestDoc = Infinity;
  const add = (m: Map<string, number>, k: string | null, n: number) => k && m.set(k, (m.get(k) ?? 0) + n);
  for (const g of groups) {
    total += g.n;
    lowestDoc = Math.min(lowestDoc, g.lo);
    add(outlet, g.site, g.n);
    add(month, g.month, g.n);
    add(lang, g.lang, g.n);
  }
  const tag = new Map<string, number>();
  if (total > 0) {
    const tags = stmt(
      db,
      `SELECT min(t.tag) AS tag, count(*) AS n FROM (${all.sql}) m CROSS JOIN search_tags t ON t.doc = m.doc GROUP BY t.key`,
    ).all(...all.params) as { tag: string; n: number }[];
    for (const t of tags) tag.set(t.tag, t.n);
  }
  return { total, lowestDoc, facets: { outlet: top(outlet), month: top(month, true), lang: top(lang), tag: top(tag) } };
}

/** Turns ranked docs into hits with snippets and hit counts. */
function buildHits(db: ReadDb, rows: { doc: number; score: number }[], root: QueryNode | null, scopes: string[]): SearchHit[] {
  const docs = getHitDocs(db, rows.map((r) => r.doc));
  const matcher = new QueryMatcher(root);
  const hits: SearchHit[] = [];
  for (const r of rows) {
    const d = docs.get(r.doc);
    if (!d) continue;
    const snippets: Snippet[] = [];
    let hitCount = 0;
    const inArticle = scopes.includes('article');
    const tRanges = matcher.ranges(d.text.title);
    const head = headText(d.text);
    const hRanges = matcher.ranges(head);
    const bRanges = matcher.ranges(d.text.body);
    if (inArticle) {
      hitCount += tRanges.length + hRanges.length + bRanges.length;
      if (tRanges.length) snippets.push(wholeSnippet('title', d.text.title, tRanges));
      if (hRanges.length) snippets.push(windowSnippet('dek', head, hRanges));
      if (bRanges.length) snippets.push(windowSnippet('body', d.text.body, bRanges));
    }
    if (scopes.includes('comments') && d.text.comments.length) {
      const c = commentsText(d.text);
      const cRanges = matcher.ranges(c);
      hitCount += cRanges.length;
      if (cRanges.length) snippets.push(windowSnippet('comments', c, cRanges));
    }
    if (scopes.includes('notes')) {
      for (const note of noteTexts(db, d.summary.id)) {
        const nRanges = matcher.ranges(note);
        hitCount += nRanges.length;
        if (nRanges.length && snippets.filter((s) => s.field === 'notes').length < 2) snippets.push(windowSnippet('notes', note, nRanges));
      }
    }
    if (snippets.length === 0) snippets.push(windowSnippet('body', d.text.body, []));
    hits.push({ article: d.summary, score: -r.score, snippets, hitCount });
  }
  return hits;
}

/**
 * A corrected query when this one found nothing: each plain word that the index does not know
 * is replaced by the speller's best guess, and the result is kept only if it finds something.
 */
function didYouMean(db: ReadDb, q: string, parsed: ParsedQuery, speller: Speller): string | null {
  let corrected = q;
  let changed = false;
  for (const leaf of positiveLeaves(parsed.root)) {
    if (leaf.type !== 'term' || termDocCount(db, leaf.word.stem) > 0) continue;
    const better = speller(leaf.word.text);
    if (!better || better.toLowerCase() === leaf.word.text.toLowerCase()) continue;
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])${leaf.word.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^\\p{L}\\p{N}])`, 'u');
    const next = corrected.replace(re, (_m, pre: string) => pre + better);
    if (next !== corrected) {
      corrected = next;
      changed = true;
    }
  }
  if (!changed) return null;
  const again = runParsed(db, parseQuery(corrected), { q: corrected, sort: 'relevance', limit: 1, offset: 0, facets: false });
  return again.total > 0 ? corrected : null;
}
