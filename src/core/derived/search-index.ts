import type { Comment, Extraction } from '../../shared/api';
import { indexText, type IndexedText } from '../search/terms';
import type { WriteDb } from '../store/db';
import { stmt } from '../store/queries/cache';
import { getMeta, setMeta } from '../store/queries/meta';

/**
 * The write side of search: every article's analysed text goes into the contentless FTS5
 * tables, its filter/facet facts into `search_docs`/`search_tags`, and a row into
 * `search_changes` so the suggestion index can catch up. Called inside the ingest and
 * re-extraction transactions, so it has to be quick: one pass over the words (see `text.ts`).
 */

/**
 * Version of the analysis (folding, stemming, head keys, columns). A library indexed with
 * another version is re-indexed on first search (`ensureSearchIndex`); bump it whenever
 * `text.ts` or `articleSearchText` changes what is written.
 */
export const SEARCH_INDEX_VERSION = 1;
const META_KEY = 'search_index_version';

/** What search indexes of one article. */
export interface SearchableArticle {
  title: string;
  kicker: string | null;
  dek: string | null;
  /** The body blocks joined by blank lines (`articles.body`). */
  body: string;
  comments: Pick<Comment, 'text'>[];
  site: string | null;
  lang: string | null;
  published: string | null;
  tags: string[];
}

/** The kicker and dek as one text (they are indexed and snippeted together). */
export function headText(a: Pick<SearchableArticle, 'kicker' | 'dek'>): string {
  return [a.kicker, a.dek].filter(Boolean).join('\n');
}

/** The reader comments as one text. */
export function commentsText(a: Pick<SearchableArticle, 'comments'>): string {
  return a.comments.map((c) => c.text).join('\n\n');
}

/** What the FTS columns store of an article's texts: stems and head keys per field. */
export interface SearchTexts {
  title: IndexedText;
  head: IndexedText;
  body: IndexedText;
  comments: IndexedText | null;
}

/**
 * Stems and head keys of an article's fields. Pure CPU work (most of indexing's cost), so
 * ingest runs it on an extraction worker and hands the result to `indexArticleForSearch`.
 */
export function searchTexts(a: Pick<SearchableArticle, 'title' | 'kicker' | 'dek' | 'body' | 'comments'>): SearchTexts {
  return {
    title: indexText(a.title),
    head: indexText(headText(a)),
    body: indexText(a.body),
    comments: a.comments.length > 0 ? indexText(commentsText(a)) : null,
  };
}

/**
 * FTS5 rows held back to the end of a transaction. FTS5 flushes its pending terms to disk
 * whenever a statement opens a savepoint (any insert that checks a foreign key or may replace
 * a row does), so FTS inserts interleaved with other writes flush once per article and leave
 * thousands of tiny segments to merge; written together last, they flush once per batch. On a
 * 10k import this more than halved the writer's time.
 */
export type PendingFts = { doc: number; texts: SearchTexts }[];

/** Writes held-back FTS rows; call as the last writes of the transaction. */
export function writePendingFts(db: WriteDb, pending: PendingFts): void {
  const ins = stmt(db, 'INSERT INTO search_fts(rowid, title, head, body, heads) VALUES (?, ?, ?, ?, ?)');
  const insComments = stmt(db, 'INSERT INTO search_comments_fts(rowid, body, heads) VALUES (?, ?, ?)');
  for (const { doc, texts } of pending) {
    const { title, head, body, comments } = texts;
    ins.run(doc, title.stems, head.stems, body.stems, joinNonEmpty(title.heads, head.heads, body.heads));
    if (comments) insComments.run(doc, comments.stems, comments.heads);
  }
  pending.length = 0;
}

/** How `indexArticleForSearch` writes: `isNew` skips the deletes; `pre` is `searchTexts(a)` when already computed; `defer` holds the FTS rows back (see `PendingFts`). */
export interface IndexOptions {
  isNew?: boolean;
  pre?: SearchTexts | undefined;
  defer?: PendingFts | undefined;
}

/**
 * (Re)indexes one article for search. `doc` is the article's rowid. Call inside a transaction.
 * Replaces whatever was indexed for it before.
 */
export function indexArticleForSearch(db: WriteDb, doc: number, articleId: string, a: SearchableArticle, opts: IndexOptions = {}): void {
  const month = a.published && a.published.length >= 7 ? a.published.slice(0, 7) : null;
  stmt(
    db,
    `INSERT INTO search_docs(doc, article_id, site, lang, published, month) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(doc) DO UPDATE SET article_id = excluded.article_id, site = excluded.site, lang = excluded.lang,
       published = excluded.published, month = excluded.month`,
  ).run(doc, articleId, a.site, a.lang, a.published, month);
  if (!opts.isNew) {
    stmt(db, 'DELETE FROM search_tags WHERE doc = ?').run(doc);
    stmt(db, 'DELETE FROM search_fts WHERE rowid = ?').run(doc);
    stmt(db, 'DELETE FROM search_comments_fts WHERE rowid = ?').run(doc);
  }
  const insTag = stmt(db, 'INSERT OR IGNORE INTO search_tags(doc, tag, key) VALUES (?, ?, ?)');
  for (const t of a.tags) if (t.trim()) insTag.run(doc, t.trim(), t.trim().toLowerCase());
  stmt(db, 'INSERT INTO search_changes(doc) VALUES (?)').run(doc);
  const texts = opts.pre ?? searchTexts(a);
  if (opts.defer) opts.defer.push({ doc, texts });
  else writePendingFts(db, [{ doc, texts }]);
}

function joinNonEmpty(...xs: string[]): string {
  return xs.filter((x) => x !== '').join(' ');
}

/** The searchable parts of an article row (its extraction JSON holds kicker, dek, tags, comments). */
export function searchableFromRow(r: { title: string; body: string; site: string | null; lang: string | null; published: string | null; extraction: string }): SearchableArticle {
  const x = JSON.parse(r.extraction) as Partial<Extraction>;
  return {
    title: r.title,
    kicker: x.kicker ?? null,
    dek: x.dek ?? null,
    body: r.body,
    comments: x.comments ?? [],
    site: r.site,
    lang: r.lang,
    published: r.published,
    tags: x.tags ?? [],
  };
}

/** Looks up the rowid and re-indexes an article from its stored row (after re-extraction, edits). */
export function reindexArticleForSearch(db: WriteDb, articleId: string): void {
  const r = stmt(db, 'SELECT rowid AS doc, title, body, site, lang, published, extraction FROM articles WHERE id = ?').get(articleId) as
    | { doc: number; title: string; body: string; site: string | null; lang: string | null; published: string | null; extraction: string }
    | undefined;
  if (r) indexArticleForSearch(db, r.doc, articleId, searchableFromRow(r));
}

/**
 * Indexes every article again from scratch (migration backfill, analysis version change, or a
 * repair). Call inside a transaction; it writes the index version last.
 */
export function rebuildSearchIndex(db: WriteDb): void {
  db.exec(`DELETE FROM search_fts; DELETE FROM search_comments_fts; DELETE FROM search_tags;
    DELETE FROM search_docs WHERE doc NOT IN (SELECT rowid FROM articles);`);
  // In batches: better-sqlite3 cannot write while a statement of the same connection iterates.
  const batch = db.prepare('SELECT rowid AS doc, id, title, body, site, lang, published, extraction FROM articles WHERE rowid > ? ORDER BY rowid LIMIT 500');
  for (let last = 0; ; ) {
    const rows = batch.all(last) as { doc: number; id: string; title: string; body: string; site: string | null; lang: string | null; published: string | null; extraction: string }[];
    if (rows.length === 0) break;
    const fts: PendingFts = [];
    for (const r of rows) indexArticleForSearch(db, r.doc, r.id, searchableFromRow(r), { isNew: true, defer: fts });
    writePendingFts(db, fts);
    last = rows[rows.length - 1]!.doc;
  }
  setMeta(db, META_KEY, String(SEARCH_INDEX_VERSION));
}

/** Rebuilds the index when it was written by another analysis version. Returns true if it did. */
export function ensureSearchIndex(db: WriteDb): boolean {
  if (getMeta(db, META_KEY) === String(SEARCH_INDEX_VERSION)) return false;
  db.transaction(() => rebuildSearchIndex(db))();
  return true;
}
