import { notice, type Notice, type SearchFacets, type SearchHit, type SearchPage, type SearchSort, type Snippet } from '../../shared/api';
import { english } from '../../shared/i18n';
import type { ReadDb } from '../store/db';
import { stmt } from '../store/queries/cache';
import { captionsText, commentsText, headText, type SearchableArticle } from '../store/queries/search-index';
import { getHitDocs, termDocCount } from '../store/queries/search';
import { shownHitRanges } from './hits';
import { articlesMatchingNotes, hasAnnotations, noteTexts } from './notes';
import { toFtsMatch } from './fts-query';
import { QueryMatcher } from './matcher';
import { widenNames, type NameSpellings } from './name-spellings';
import { givenRenderings, sameSkeletonWords, sameStemNameWords } from './name-words';
import { parseQuery, positiveLeaves, type ParsedQuery, type QueryNode } from './query-parser';
import { newestPass, scaleFacets } from './newest-pass';
import { filterSql, matchSql } from './sql-plan';
import { windowSnippet, wholeSnippet } from './snippets';
import { closestLibraryWord } from './word-speller';
import { writesForm, writtenForms, type WrittenForm } from './written-forms';
import { typedNameSpellings, typedWordNode, wholeWordFirst, withTypedPrefix } from './typed-word';
import { collapsedPage, collapseWindow, type RankedRow } from './collapse';
import { groupedByWidening, groupedFromFirstPass, mergeBest, titleRows, type ScoredRanking } from './scored-ranking';

/**
 * `searchArticles`: parse, count and facet the newest matches in one pass, rank, then cut
 * snippets for one page.
 *
 * Ranking is FTS5 BM25 with field weights. BM25 must score every match before `LIMIT` can cut,
 * which costs ~1 µs per match; above `RANK_CAP` matches only the newest `RANK_CAP` plus every
 * title match are scored. A query with a phrase or a prefix is costly to evaluate and cheap to
 * score per match, so it is scored in the first pass, over its newest `FACET_CAP` matches (see
 * `search/README.md` for why and what it costs in quality).
 */

/**
 * Above this many matches, relevance ranking of plain words scores a capped candidate set.
 * BM25 costs ~2 µs per match here, so 1,500 keeps ranking near 3 ms whatever the library size.
 */
export const RANK_CAP = 1500;
/**
 * Above this many matches, facets and the total are counted over the newest `FACET_CAP` matches
 * and scaled to the library (≈, said in `notices`): evaluating a frequent word, a phrase or a
 * prefix over every match costs more than the rest of the search together.
 */
export const FACET_CAP = 10_000;

/** A validated `SearchQuery`. */
export interface SearchRequest {
  q: string;
  sort: SearchSort;
  limit: number;
  offset: number;
  facets: boolean;
  /** Near-identical copies collapse into their best-ranked report (`collapse.ts`). */
  groupCopies: boolean;
  /** The last word is still being typed: it also finds the words it begins (`typed-word.ts`). */
  typing?: boolean;
}

/** Finds a replacement for a word that matches nothing (for "did you mean"), or null. */
export type Speller = (word: string) => string | null;

/**
 * Runs a search; never throws for a malformed query (see `parseQuery`). With `spellings`, a
 * word that is one spelling of a person's name also finds the others (`name-spellings.ts`):
 * the reports with the spelling as typed come first, and `page.also` says what was added. A
 * name-like word also finds the library's other written forms of its skeleton (`name-words.ts`).
 */
export function searchArticles(db: ReadDb, req: SearchRequest, speller?: Speller, spellings?: NameSpellings): SearchPage {
  const started = performance.now();
  const parsed = parseQuery(req.q);
  const widened = widenNames(parsed, spellings ?? (() => null), (w) => sameSkeletonWords(db, w), (g, s) => givenRenderings(db, g, s));
  // A name that another name of the library stems alike (`Yene`, `Yener`): its reports first.
  const written = writtenForms(parsed.root, (w) => sameStemNameWords(db, w));
  // The word being typed also finds the words it begins; the reports holding it whole rank first.
  const typed = req.typing ? typedWordNode(req.q, parsed) : null;
  if (typed) {
    // A name being typed also finds that person's spellings the word does not begin.
    // Those the word widened to already (a whole surname typed) are said once, in its line.
    const said = widened.added.find((a) => a.word === typed.word.text);
    const known = new Set(said?.spellings.map((x) => x.toLowerCase()));
    const names = typedNameSpellings(typed.word, spellings).filter((w) => !known.has(w.text.toLowerCase()));
    widened.parsed = { ...widened.parsed, root: withTypedPrefix(widened.parsed.root!, typed, names) };
    if (names.length && said) said.spellings.push(...names.map((w) => w.text));
    else if (names.length) widened.added.push({ word: typed.word.text, spellings: names.map((w) => w.text) });
  }
  const { notices, ...rest } = widened.added.length || written.length ? literalFirst(db, { ...widened, written }, req) : typed ? typedPage(db, widened.parsed, typed, req) : runParsed(db, parsed, req);
  const page: SearchPage = { ...rest, notices: notices.map(english), noticesCoded: notices };
  if (widened.added.length) page.also = widened.added;
  if (typed) page.typedPrefix = typed.word.text;
  if (page.total === 0) page.didYouMean = didYouMean(db, req.q, parsed, speller);
  page.tookMs = Math.round((performance.now() - started) * 100) / 100;
  return page;
}

/** A page with its notices as codes (`searchArticles` words them in English beside). */
type CodedPage = Omit<SearchPage, 'notices' | 'noticesCoded'> & { notices: Notice[] };

/** `keep`, when given, drops a ranked report from the hits (it is read, not counted). */
function runParsed(db: ReadDb, parsed: ParsedQuery, req: SearchRequest, keep?: (text: SearchableArticle) => boolean): CodedPage {
  const { root, filters, notices } = parsed;
  const fts = toFtsMatch(root);
  const empty: CodedPage = { hits: [], total: 0, facets: req.facets ? emptyFacets() : null, didYouMean: null, notices, tookMs: 0 };
  const withNotes = hasAnnotations(db);
  if (fts.match === null && fts.exclude === null && filterSql(filters, withNotes).sql === '1') {
    if (req.q.trim() === '') return empty;
    if (notices.length === 0) {
      notices.push(notice('search.nothing-to-search'));
      return empty;
    }
    // Everything typed was set aside (`outlet:` still waiting for its value): what is left asks
    // for no condition, so every report is shown, as the notices say, rather than none.
    notices.push(notice('search.showing-every-report'));
  }
  if (fts.match === null && fts.exclude !== null) notices.push(notice('search.only-exclusions'));

  const base = {
    hasAnnotations: withNotes,
    ...(root && filters.scopes.includes('notes') ? { noteArticles: articlesMatchingNotes(db, root) } : {}),
  };
  const relevance = req.sort === 'relevance' && fts.match !== null;
  // A phrase or a prefix costs a full evaluation per FTS5 cursor (and BM25 adds one more to
  // count its documents) but little per scored row, so its first pass scores too.
  const scoreFirst = relevance && positiveLeaves(root).some((l) => l.type !== 'term');
  // With copies collapsing, every page is cut from a larger window read from the top
  // (`collapse.ts`); `read(limit, offset)` gives ranked rows.
  const pageEnd = req.offset + req.limit;
  // A costly query's first pass keeps the window's best and, in one scope, the best row of each
  // group of copies, so a story with more copies than the window holds needs no second reading
  // of the ranking (`scored-ranking.ts`).
  const want = !req.groupCopies ? pageEnd : collapseWindow(pageEnd);
  const page = (read: (limit: number, offset: number) => RankedRow[]): (RankedRow & { copies?: number })[] =>
    req.groupCopies ? collapsedPage(db, (n) => read(n, 0), req.offset, pageEnd) : read(req.limit, req.offset);

  // The newest `FACET_CAP` matches: the count (exact below the cap), the facets, and for a
  // costly query the best of them (and of their groups, when copies collapse). Without FTS
  // words every doc that passes the filters is read.
  const newest = matchSql(fts, filters, filters.scopes, { ...base, scored: scoreFirst, cap: FACET_CAP, titles: false });
  const groupsFirst = scoreFirst && req.groupCopies && filters.scopes.length === 1;
  const first = newestPass(db, newest, { facets: req.facets, top: scoreFirst ? want : 0, groups: groupsFirst ? pageEnd : 0, cap: FACET_CAP });
  const sampled = fts.match !== null && first.total >= FACET_CAP;
  const total = sampled ? extrapolate(db, first.total, first.lowestDoc, notices) : first.total;
  let facets = first.facets;
  if (facets && total > first.total) {
    facets = scaleFacets(facets, total / first.total);
    notices.push(notice('search.facets-estimated', { newest: first.total }));
  }
  if (total === 0) return { ...empty, facets };

  let rows: (RankedRow & { copies?: number })[];
  if (scoreFirst) {
    // Every match was scored when there are fewer than `FACET_CAP`; above, older title matches join.
    const titleCap = sampled && filters.scopes.includes('article') ? RANK_CAP : null;
    if (sampled) notices.push(notice('search.ranked-newest', { newest: FACET_CAP, titles: titleCap !== null }));
    const ctx: ScoredRanking = { db, fts, filters, base, first, cap: FACET_CAP, titleCap, want, offset: req.offset, pageEnd };
    rows = req.groupCopies ? (groupsFirst ? groupedFromFirstPass(ctx) : groupedByWidening(ctx)) : mergeBest(first.top, titleRows(ctx)).slice(req.offset, want);
  } else if (relevance) {
    const capped = total > RANK_CAP;
    const ranked = matchSql(fts, filters, filters.scopes, { ...base, scored: true, ...(capped ? { cap: RANK_CAP } : {}) });
    const q = stmt(db, `SELECT doc, score FROM (${ranked.sql}) ORDER BY score, doc DESC LIMIT ? OFFSET ?`);
    rows = page((limit, offset) => q.all(...ranked.params, limit, offset) as RankedRow[]);
    if (capped) notices.push(notice('search.ranked-newest', { newest: RANK_CAP, titles: true }));
  } else {
    const all = matchSql(fts, filters, filters.scopes, { ...base, scored: false });
    const dir = req.sort === 'date-asc' ? 'ASC' : 'DESC';
    const q = stmt(
      db,
      `SELECT m.doc AS doc, 0 AS score FROM (${all.sql}) m JOIN search_docs d ON d.doc = m.doc
       ORDER BY d.published IS NULL, d.published ${dir}, m.doc ${dir} LIMIT ? OFFSET ?`,
    );
    rows = page((limit, offset) => q.all(...all.params, limit, offset) as RankedRow[]);
  }
  return { hits: buildHits(db, rows, root, filters.scopes, keep), total, facets, didYouMean: null, notices, tookMs: 0 };
}

/** A query whose last word is read as typed (`typed-word.ts`): the reports holding it whole first on the page. */
function typedPage(db: ReadDb, parsed: ParsedQuery, typed: Extract<QueryNode, { type: 'term' }>, req: SearchRequest): CodedPage {
  const page = runParsed(db, parsed, req);
  return parsed.filters.scopes.length === 1 && parsed.filters.scopes[0] === 'article' ? { ...page, hits: wholeWordFirst(db, page.hits, typed) } : page;
}

/**
 * The widened query's page, with the reports the query as typed finds ranked first (each list
 * in its own order), so `Dmitriew` lists the reports that spell it so before the others.
 */
function literalFirst(db: ReadDb, w: { literal: ParsedQuery; parsed: ParsedQuery; written: WrittenForm[] }, req: SearchRequest): CodedPage {
  const want = req.offset + req.limit;
  const literal = literalHits(db, w.literal, w.written, { ...req, offset: 0, limit: want, facets: false });
  const wide = runParsed(db, w.parsed, { ...req, offset: 0, limit: want + literal.hits.length });
  const first = new Set(literal.hits.map((h) => h.article.id));
  const wideById = new Map(wide.hits.map((h) => [h.article.id, h]));
  // The widened query's hit of a literal report highlights every spelling; keep it when it has one.
  const ordered = [...literal.hits.map((h) => wideById.get(h.article.id) ?? h), ...wide.hits.filter((h) => !first.has(h.article.id))];
  return { ...wide, total: Math.max(wide.total, literal.total), hits: ordered.slice(req.offset, want) };
}

/**
 * The query as typed's first `req.limit` hits; with `written`, only the reports that write those
 * words as typed (`written-forms.ts`), read further down the ranking until `req.limit` are found
 * or it ends, so every page cuts the same literal list.
 */
function literalHits(db: ReadDb, typed: ParsedQuery, written: WrittenForm[], req: SearchRequest): CodedPage {
  if (!written.length) return runParsed(db, typed, req);
  let read = 0;
  const keep = (a: SearchableArticle): boolean => {
    read++;
    const text = [a.title, headText(a), a.body, captionsText(a), typed.filters.scopes.includes('comments') ? commentsText(a) : ''].join('\n');
    return typed.filters.scopes.includes('notes') || written.every((f) => writesForm(text, f));
  };
  // Bounded as ranking is (`RANK_CAP`): a stem shared with a frequent word (`Yen`) stops there.
  for (let ask = req.limit; ; ask *= 4) {
    read = 0;
    const page = runParsed(db, typed, { ...req, limit: ask }, keep);
    if (page.hits.length >= req.limit || read < ask || ask >= RANK_CAP) return { ...page, hits: page.hits.slice(0, req.limit) };
  }
}

/** The total implied by `n` matches among the docs from `lo` to the newest (≈, with a notice). */
function extrapolate(db: ReadDb, n: number, lo: number, notices: Notice[]): number {
  const hi = (stmt(db, 'SELECT max(doc) AS hi FROM search_docs').get() as { hi: number }).hi;
  const total = Math.max(n, Math.round((n * hi) / Math.max(1, hi - lo + 1)));
  notices.push(notice('search.total-estimated', { total, newest: n }));
  return total;
}

function emptyFacets(): SearchFacets {
  return { outlet: [], month: [], lang: [], tag: [] };
}

/** Turns ranked docs into hits with snippets and hit counts. */
function buildHits(db: ReadDb, rows: (RankedRow & { copies?: number })[], root: QueryNode | null, scopes: string[], keep?: (text: SearchableArticle) => boolean): SearchHit[] {
  const docs = getHitDocs(db, rows.map((r) => r.doc));
  const matcher = new QueryMatcher(root);
  const hits: SearchHit[] = [];
  for (const r of rows) {
    const d = docs.get(r.doc);
    if (!d || (keep && !keep(d.text))) continue;
    const snippets: Snippet[] = [];
    let hitCount = 0;
    const inArticle = scopes.includes('article');
    const tRanges = matcher.ranges(d.text.title);
    // A kicker or teaser the body repeats word for word (a lead taken for the dek) is one passage:
    // its hits are counted and shown once, from the body.
    const inBody = (x: string | null | undefined) => !!x && d.text.body.includes(x);
    const head = headText({ kicker: inBody(d.text.kicker) ? null : d.text.kicker, dek: inBody(d.text.dek) ? null : d.text.dek });
    const hRanges = matcher.ranges(head);
    const bRanges = matcher.ranges(d.text.body);
    if (inArticle) {
      // Counted where the reader marks them, not in the snippets' fields: "7 hits" is the reader's 7.
      hitCount += shownHitRanges(d.blocks, d.text, matcher).length;
      if (tRanges.length) snippets.push(wholeSnippet('title', d.text.title, tRanges));
      if (hRanges.length) snippets.push(windowSnippet('dek', head, hRanges));
      if (bRanges.length) snippets.push(windowSnippet('body', d.text.body, bRanges));
      // A caption's snippet only when nothing of the text matched: the result then says where.
      const captions = d.text.captions.length ? captionsText(d.text) : '';
      const cRanges = captions ? matcher.ranges(captions) : [];
      if (cRanges.length && tRanges.length + hRanges.length + bRanges.length === 0) snippets.push(windowSnippet('caption', captions, cRanges));
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
    // Collapsed, a copy may stand for its group: the badge counts the group's other reports.
    const article = r.copies === undefined ? { ...d.summary, copyCount: 0 } : { ...d.summary, copyCount: r.copies };
    hits.push({ article, score: -r.score, snippets, hitCount });
  }
  return hits;
}

/**
 * A corrected query when this one found nothing: each plain word that the index does not know
 * is replaced by the closest word of the library's text (`word-speller.ts`), else by the
 * speller's best guess (titles and names), and the result is kept only if it finds something.
 * The text first: on typos of 520 words of the 10k corpus (two seeds) it gave back the word
 * 475 times, the speller first 341 (its nearest title or name word is often another word).
 */
/**
 * Unknown words of one query the library's text is asked for (up to ~15 ms each at 100k): a
 * query of many unknown words (another language, pasted text) stays within the search goal.
 */
const TEXT_CORRECTIONS = 3;

function didYouMean(db: ReadDb, q: string, parsed: ParsedQuery, speller?: Speller): string | null {
  let corrected = q;
  let changed = false;
  let asked = 0;
  for (const leaf of positiveLeaves(parsed.root)) {
    if (leaf.type !== 'term' || termDocCount(db, leaf.word.stem) > 0) continue;
    const fromText = asked++ < TEXT_CORRECTIONS ? closestLibraryWord(db, leaf.word) : null;
    const better = fromText ?? speller?.(leaf.word.text) ?? null;
    if (!better || better.toLowerCase() === leaf.word.text.toLowerCase()) continue;
    const next = replaceWord(corrected, leaf.word.text, better);
    if (next !== corrected) {
      corrected = next;
      changed = true;
    }
  }
  if (!changed) return null;
  return findsAny(db, parseQuery(corrected)) ? corrected : null;
}

/** A letter or digit, one code point (the class compiled once: a `\p{L}` pattern made per word cost ~0.3 ms). */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** `text` with the first `word` standing as a whole word (no letter or digit beside it) replaced by `by`. */
export function replaceWord(text: string, word: string, by: string): string {
  if (word === '') return text;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at > 0 && LETTER_OR_DIGIT.test(codePointBefore(text, at))) continue;
    const end = at + word.length;
    if (end < text.length && LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(end)!))) continue;
    return text.slice(0, at) + by + text.slice(end);
  }
  return text;
}

/** The code point that ends at `at` (a surrogate pair read whole). */
function codePointBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(at - 2, at) : text[at - 1]!;
}

/**
 * Whether a query matches any report, by its scopes and filters: the first match of its unscored
 * match set, which FTS5 reads lazily (a whole search of the corrected query, first pass and
 * ranking, cost ~9 ms at 100k for a yes or no).
 */
function findsAny(db: ReadDb, parsed: ParsedQuery): boolean {
  const { root, filters } = parsed;
  const fts = toFtsMatch(root);
  if (fts.match === null) return false;
  const hasNotes = hasAnnotations(db);
  const base = { hasAnnotations: hasNotes, ...(root && filters.scopes.includes('notes') ? { noteArticles: articlesMatchingNotes(db, root) } : {}) };
  const m = matchSql(fts, filters, filters.scopes, { ...base, scored: false });
  return stmt(db, `SELECT 1 FROM (${m.sql}) LIMIT 1`).get(...m.params) !== undefined;
}
