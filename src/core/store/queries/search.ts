import type { ArticleId, ArticleSummary, Block } from '../../../shared/api';
import type { ReadDb } from '../db';
import { getBlocks, SUMMARY_COLUMNS, toSummary, type SummaryRow } from './article-reads';
import { stmt } from './cache';
import { articleBody } from './article-body';
import { searchableFromRow, type SearchableArticle } from './search-index';

/** Read-side statements of search: documents of a result page, vocabulary, notes. */

interface HitRow extends SummaryRow {
  doc: number;
  /** The stored body and where it stands in the text (`article-body.ts`). */
  stored_body: string;
  body_at: Uint8Array | null;
  text: string;
  extraction: string;
}

/** One article of a result page: its list row and the texts snippets are cut from. */
export interface HitDoc {
  summary: ArticleSummary;
  text: SearchableArticle;
  /** The article's header and body blocks, where the reader's hits are counted (`shownHitRanges`). */
  blocks: ShownBlock[];
}

/** The list rows and texts of the given docs (article rowids); unknown docs are left out. */
export function getHitDocs(db: ReadDb, docs: number[]): Map<number, HitDoc> {
  const out = new Map<number, HitDoc>();
  const s = stmt(
    db,
    // The body made here, not by `article_body()` in SQL: the text crossed into JS, the body
    // back into SQLite and out again as the row's value (10k library: 42 → 33 µs a row).
    `SELECT a.rowid AS doc, ${SUMMARY_COLUMNS}, a.body AS stored_body, a.body_at, a.text, a.extraction
     FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.rowid = ?`,
  );
  for (const d of docs) {
    const r = s.get(d) as HitRow | undefined;
    if (!r) continue;
    const body = articleBody(r.stored_body ?? '', r.body_at, r.text ?? '');
    out.set(d, {
      summary: toSummary(r),
      text: searchableFromRow({ title: r.title, body, site: r.site, lang: r.lang, published: r.published, extraction: r.extraction }),
      blocks: getShownBlocks(db, r.id, r.text ?? ''),
    });
  }
  return out;
}

/**
 * Whether a report's text (title, kicker, dek or body; not a photo caption) holds a stem. The
 * stem is letters and digits only (`core/text`), quoted for FTS5 anyway.
 */
export function textHoldsStem(db: ReadDb, stem: string): boolean {
  return stmt(db, 'SELECT 1 FROM search_fts WHERE search_fts MATCH ? LIMIT 1').get(`{title head body} : "${stem.replace(/"/g, '""')}"`) !== undefined;
}

/** How many articles contain an indexed term (a stem, or a head key); 0 when none. */
export function termDocCount(db: ReadDb, term: string): number {
  const r = stmt(db, 'SELECT doc FROM search_vocab WHERE term = ?').get(term) as { doc: number } | undefined;
  return r?.doc ?? 0;
}

/**
 * The terms of `terms` the index holds, with their document counts, read in one statement: each
 * statement on `search_vocab` opens an `fts5vocab` cursor, which prepares a statement of its own
 * (~5 µs), so ~240 single lookups paid that ~240 times (the word speller's one-edit variants).
 */
export function termDocCounts(db: ReadDb, terms: readonly string[]): Map<string, number> {
  const rows = stmt(db, 'SELECT term, doc FROM search_vocab WHERE term IN (SELECT value FROM json_each(?))').all(JSON.stringify(terms)) as VocabTerm[];
  return new Map(rows.map((r) => [r.term, r.doc]));
}

/** A block of the header or body region, without what only the reader draws (credits, attributions). */
export type ShownBlock = Pick<Block, 'kind' | 'region' | 'start' | 'end' | 'text'>;

/**
 * An article's header and body blocks, read lean for a result page (no `data` to parse, no
 * comments or boilerplate rows): the count of its hits reads nothing else.
 */
export function getShownBlocks(db: ReadDb, id: string, articleText: string): ShownBlock[] {
  const rows = stmt(db, "SELECT kind, region, start, end, text FROM blocks WHERE article_id = ? AND region IN ('header', 'body') ORDER BY seq").all(id) as {
    kind: Block['kind'];
    region: Block['region'];
    start: number;
    end: number;
    text: string | null;
  }[];
  for (const r of rows) r.text ??= articleText.slice(r.start, r.end);
  return rows as ShownBlock[];
}

/**
 * An article's text, blocks and the header fields the reader shows (title, kicker, dek), for
 * `getArticleHits`; undefined for an unknown id.
 */
export function getArticleShownText(db: ReadDb, id: string): { text: string; blocks: Block[]; header: { title: string; kicker: string | null; dek: string | null } } | undefined {
  const r = stmt(db, 'SELECT text, title, extraction FROM articles WHERE id = ?').get(id) as { text: string; title: string; extraction: string } | undefined;
  if (!r) return undefined;
  const x = JSON.parse(r.extraction) as { kicker?: string | null; dek?: string | null };
  return { text: r.text, blocks: getBlocks(db, id, r.text), header: { title: r.title, kicker: x.kicker ?? null, dek: x.dek ?? null } };
}

/** The number of articles in the search index. */
export function countSearchDocs(db: ReadDb): number {
  return (stmt(db, 'SELECT count(*) AS n FROM search_docs').get() as { n: number }).n;
}

/** One indexed term and the number of articles that hold it. */
export interface VocabTerm {
  term: string;
  doc: number;
}

/**
 * The index's terms from `lo` (inclusive) to `hi` (exclusive), in term order, at most `limit`:
 * a range read of `fts5vocab`, which counts each term's documents as it reads, so its cost is
 * the range's postings; callers keep the range narrow (a 4-letter prefix at 100k: ~200 terms).
 */
export function vocabRange(db: ReadDb, lo: string, hi: string, limit: number): VocabTerm[] {
  return stmt(db, 'SELECT term, doc FROM search_vocab WHERE term >= ? AND term < ? LIMIT ?').all(lo, hi, limit) as VocabTerm[];
}

/**
 * The title and text of the newest articles holding `term` in a text column (title, kicker and
 * dek, body; not the reversed compound heads), at most `limit`: where a correction's written
 * form is read from.
 */
export function newestTextsWithTerm(db: ReadDb, term: string, limit: number): string[] {
  const match = `{title head body} : "${term.replace(/"/g, '""')}"`;
  const rows = stmt(
    db,
    `SELECT a.title AS title, a.text AS text FROM articles a
     WHERE a.rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ?)`,
  ).all(match, limit) as { title: string | null; text: string | null }[];
  return rows.map((r) => `${r.title ?? ''}\n${r.text ?? ''}`);
}
