import type { FtsMatch } from './fts-query';
import type { QueryFilters, SearchScope } from './query-parser';

/**
 * Builds the SQL of one search from fixed fragments: user values only ever travel as `?`
 * parameters, and the FTS5 expression comes from `fts-query.ts`. A plan gives the set of
 * matching docs (article rowids) as a subquery, with or without BM25 scores.
 */

/** BM25 column weights of `search_fts(title, head, body, heads, captions)`: a word in the title
 * counts 10× a body word, kicker/dek 4×; a compound-head match counts half a plain one, a word of
 * a photo caption a quarter: a report naming a person only under a photo (often a file photo its
 * text does not discuss) ranks below one naming them in its text unless that one is far longer
 * (dev library: a caption-only report above a text hit in 12 % of such pairs, 23 % at ½, 43 % at
 * 1×; `search/README.md`, "Captions"). FTS5 weighs a column given no weight 1×. */
export const ARTICLE_WEIGHTS = '10.0, 4.0, 1.0, 0.5, 0.25';
/** Comments (`body, heads`); a comment match counts half an article match. */
const SIDE_WEIGHTS = '1.0, 0.5';
const COMMENT_FACTOR = 0.5;
/** Notes are matched in JS without a BM25 score; a match in a person's own note ranks high. */
const NOTE_SCORE = -10;

/** SQL text with its parameters in order. */
export interface SqlPart {
  sql: string;
  params: unknown[];
}

/** The WHERE fragment (over `search_docs d`) for a query's filters; `1` when there are none. */
export function filterSql(f: QueryFilters, hasAnnotations = false): SqlPart {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (f.outlet.length) {
    parts.push(`(${f.outlet.map(() => 'instr(lower(d.site), ?) > 0').join(' OR ')})`);
    params.push(...f.outlet);
  }
  if (f.lang.length) {
    parts.push(`lower(d.lang) IN (${f.lang.map(() => '?').join(', ')})`);
    params.push(...f.lang);
  }
  if (f.tag.length) {
    const keys = f.tag.map(() => '?').join(', ');
    const own = `EXISTS (SELECT 1 FROM search_tags t WHERE t.doc = d.doc AND t.key IN (${keys}))`;
    // The page's own tags, or the tags a person gave their highlights in it: the app lists the
    // latter as "Tags", and a `tag:` that looked at the page's only said no report had them.
    if (hasAnnotations) {
      parts.push(`(${own} OR EXISTS (SELECT 1 FROM annotations n JOIN annotation_tags g ON g.annotation_id = n.id WHERE n.article_id = d.article_id AND fold_case(g.tag) IN (${keys})))`);
      params.push(...f.tag, ...f.tag);
    } else {
      parts.push(own);
      params.push(...f.tag);
    }
  }
  if (f.from) {
    // A partial date (2025-11) counts when its period reaches the bound.
    parts.push('(d.published >= ? OR substr(?, 1, length(d.published)) = d.published)');
    params.push(f.from, f.from);
  }
  if (f.to) {
    parts.push('substr(d.published, 1, length(?)) <= ?');
    params.push(f.to, f.to);
  }
  for (const kind of f.has) {
    // Without an annotations table no article has notes or highlights.
    if (!hasAnnotations) parts.push('0');
    else if (kind === 'highlight') parts.push('EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = d.article_id)');
    else parts.push("EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = d.article_id AND coalesce(n.note, '') <> '')");
  }
  return { sql: parts.length ? parts.join(' AND ') : '1', params };
}

/** True when a filter restricts the docs (then a join with `search_docs` is needed). */
export function hasFilters(f: QueryFilters): boolean {
  return f.outlet.length + f.lang.length + f.tag.length + f.has.length > 0 || f.from !== null || f.to !== null;
}

/**
 * The matching docs of one scope, with scores when `scored`, filtered, optionally the newest
 * `cap` only (rowid order is insertion order) or restricted to title matches.
 */
function scopeSql(scope: SearchScope, match: string, filters: SqlPart, opts: { scored: boolean; cap?: number; titleOnly?: boolean }): SqlPart {
  const m = opts.titleOnly ? `{title} : (${match})` : match;
  const tail = opts.cap !== undefined ? ` ORDER BY 1 DESC LIMIT ${Math.floor(opts.cap)}` : '';
  const join = filters.sql === '1' ? '' : ' JOIN search_docs d ON d.doc = ';
  switch (scope) {
    case 'article': {
      const score = opts.scored ? `, bm25(search_fts, ${ARTICLE_WEIGHTS}) AS score` : '';
      const j = join ? `${join}search_fts.rowid` : '';
      return { sql: `SELECT search_fts.rowid AS doc${score} FROM search_fts${j} WHERE search_fts MATCH ? AND ${filters.sql}${tail}`, params: [m, ...filters.params] };
    }
    case 'comments': {
      const score = opts.scored ? `, ${COMMENT_FACTOR} * bm25(search_comments_fts, ${SIDE_WEIGHTS}) AS score` : '';
      const j = join ? `${join}search_comments_fts.rowid` : '';
      return { sql: `SELECT search_comments_fts.rowid AS doc${score} FROM search_comments_fts${j} WHERE search_comments_fts MATCH ? AND ${filters.sql}${tail}`, params: [match, ...filters.params] };
    }
    case 'notes': {
      // Matched in JS (notes.ts); `match` is the JSON list of matching article ids here.
      const score = opts.scored ? `, ${NOTE_SCORE} AS score` : '';
      return {
        sql: `SELECT d.doc AS doc${score} FROM search_docs d WHERE d.article_id IN (SELECT value FROM json_each(?)) AND ${filters.sql}`,
        params: [match, ...filters.params],
      };
    }
  }
}

/** Options of `matchSql`. */
export interface MatchOptions {
  scored: boolean;
  /** Whether the library has an annotations table (for `has:`, and the highlights' tags `tag:` reads). */
  hasAnnotations: boolean;
  /** For the `notes` scope: ids of the articles whose notes match. */
  noteArticles?: string[];
  /** Only the newest `cap` matches per scope; when scored, plus up to `cap` title matches (see README). */
  cap?: number;
  /** With `cap` and `scored`: whether the title matches are added (default true). */
  titles?: boolean;
}

/**
 * The docs matching `fts` in the given scopes under the filters, one row per doc, as a
 * subquery yielding `doc` (and `score` when scored: lower is better, BM25's sign).
 */
export function matchSql(fts: FtsMatch, filters: QueryFilters, scopes: SearchScope[], opts: MatchOptions): SqlPart {
  const f = filterSql(filters, opts.hasAnnotations);
  if (fts.match === null) {
    // Only exclusions or only filters: every doc that passes, minus the excluded ones.
    const params: unknown[] = [...f.params];
    let not = '';
    if (fts.exclude !== null) {
      not = ' AND d.doc NOT IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)';
      params.push(fts.exclude);
    }
    return { sql: `SELECT d.doc AS doc${opts.scored ? ', 0 AS score' : ''} FROM search_docs d WHERE ${f.sql}${not}`, params };
  }
  const parts: SqlPart[] = [];
  for (const s of scopes) {
    if (s === 'notes') {
      parts.push(scopeSql(s, JSON.stringify(opts.noteArticles ?? []), f, { scored: opts.scored }));
      continue;
    }
    if (opts.cap !== undefined && s === 'article' && opts.scored && opts.titles !== false) {
      parts.push(scopeSql(s, fts.match, f, { scored: opts.scored, cap: opts.cap }));
      parts.push(scopeSql(s, fts.match, f, { scored: opts.scored, cap: opts.cap, titleOnly: true }));
    } else parts.push(scopeSql(s, fts.match, f, { scored: opts.scored, ...(opts.cap !== undefined ? { cap: opts.cap } : {}) }));
  }
  // One part has no doc twice (only the capped plan's title part repeats newest docs).
  if (parts.length === 1) return parts[0]!;
  const union = parts.map((p) => `SELECT * FROM (${p.sql})`).join(' UNION ALL ');
  const sel = opts.scored ? 'doc, min(score) AS score' : 'doc';
  return { sql: `SELECT ${sel} FROM (${union}) GROUP BY doc`, params: parts.flatMap((p) => p.params) };
}

/**
 * The newest `cap` article docs whose *title* matches, scored by BM25 over the title match
 * (the candidates that `matchSql`'s capped plan adds to the newest matches).
 */
export function titleMatchSql(fts: FtsMatch, filters: QueryFilters, opts: { hasAnnotations: boolean; cap: number }): SqlPart | null {
  if (fts.match === null) return null;
  return scopeSql('article', fts.match, filterSql(filters, opts.hasAnnotations), { scored: true, cap: opts.cap, titleOnly: true });
}
