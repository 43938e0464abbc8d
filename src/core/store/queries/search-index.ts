import type { Caption, Comment, Extraction, MetadataOverrides } from '../../../shared/api';
import type { WriteDb } from '../db';
import { effectiveMetadata } from './articles';
import { stmt } from './cache';
import { bodyColumn } from './article-body';
import { clearNameWords } from './name-words';

/**
 * The search tables as rows: what filters and facets read (`search_docs`, `search_tags`), the
 * contentless FTS5 rows (stems and head keys, made by `core/search/terms.ts` above this layer),
 * and the change log the suggestion index replays (`search_changes`). The analysis itself lives
 * in `core/derived/search-index.ts`; this file only reads and writes rows.
 */

/** What search indexes of one article. */
export interface SearchableArticle {
  title: string;
  kicker: string | null;
  dek: string | null;
  /** The body blocks joined by blank lines (`bodyColumn` in `article-body.ts`). */
  body: string;
  comments: Pick<Comment, 'text'>[];
  /** The photo captions the reader shows with the body (extraction keeps them apart from it). */
  captions: Pick<Caption, 'text'>[];
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

/**
 * The captions as one text, those the body repeats word for word left out (a headline read as a
 * caption also opens the body): a passage is indexed, counted and shown once, from the body.
 */
export function captionsText(a: Pick<SearchableArticle, 'captions' | 'body'>): string {
  return a.captions.map((c) => c.text).filter((t) => t.trim() !== '' && !a.body.includes(t)).join('\n');
}

/** The columns of an article row that `searchableFromRow` reads. */
export interface SearchSourceRow {
  title: string;
  body: string;
  site: string | null;
  lang: string | null;
  published: string | null;
  extraction: string;
}

/** The searchable parts of an article row (its extraction JSON holds kicker, dek, tags, comments). */
export function searchableFromRow(r: SearchSourceRow): SearchableArticle {
  const x = JSON.parse(r.extraction) as Partial<Extraction>;
  return {
    title: r.title,
    kicker: x.kicker ?? null,
    dek: x.dek ?? null,
    body: r.body,
    comments: x.comments ?? [],
    captions: x.captions ?? [],
    site: r.site,
    lang: r.lang,
    published: r.published,
    tags: x.tags ?? [],
  };
}

/** The searchable parts of an extraction with a person's edits over it, as `insertArticle` stores them. */
export function searchableFromExtraction(x: Extraction, overrides: MetadataOverrides): SearchableArticle {
  const m = effectiveMetadata(x, overrides);
  return {
    title: m.title,
    kicker: x.kicker,
    dek: x.dek,
    body: x.body.join('\n\n'),
    comments: x.comments,
    captions: x.captions,
    site: m.site,
    lang: x.lang,
    published: m.published,
    tags: x.tags,
  };
}

/** One field's index columns: space-separated stems, and the head keys of its long words. */
export interface IndexedText {
  stems: string;
  heads: string;
}

/** What the FTS columns store of an article's texts, per field. */
export interface SearchTexts {
  title: IndexedText;
  head: IndexedText;
  body: IndexedText;
  comments: IndexedText | null;
  /** The captions' stems (`captionsText`); null when it has none, absent in rows made before them. */
  captions?: IndexedText | null;
  /** Its name-like words as written, joined by spaces (`search/name-words.ts`); absent in rows made before them. */
  names?: string;
}

/** One article's FTS5 rows. */
export interface FtsRow {
  doc: number;
  texts: SearchTexts;
}

/**
 * Writes an article's row in `search_docs`, its tags, and a `search_changes` entry; with
 * `isNew` false it first drops its old tags and FTS rows. Call inside a transaction.
 */
export function putSearchDoc(db: WriteDb, doc: number, articleId: string, a: SearchableArticle, isNew: boolean): void {
  const month = a.published && a.published.length >= 7 ? a.published.slice(0, 7) : null;
  stmt(
    db,
    `INSERT INTO search_docs(doc, article_id, site, lang, published, month) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(doc) DO UPDATE SET article_id = excluded.article_id, site = excluded.site, lang = excluded.lang,
       published = excluded.published, month = excluded.month`,
  ).run(doc, articleId, a.site, a.lang, a.published, month);
  if (!isNew) {
    stmt(db, 'DELETE FROM search_tags WHERE doc = ?').run(doc);
    stmt(db, 'DELETE FROM search_fts WHERE rowid = ?').run(doc);
    stmt(db, 'DELETE FROM search_comments_fts WHERE rowid = ?').run(doc);
  }
  const insTag = stmt(db, 'INSERT OR IGNORE INTO search_tags(doc, tag, key) VALUES (?, ?, ?)');
  for (const t of a.tags) if (t.trim()) insTag.run(doc, t.trim(), t.trim().toLowerCase());
  stmt(db, 'INSERT INTO search_changes(doc) VALUES (?)').run(doc);
}

/**
 * Writes FTS5 rows (see `PendingFts` in `core/derived/search-index.ts` for why they are written
 * last); `each` is told after each.
 */
export function insertFtsRows(db: WriteDb, rows: readonly FtsRow[], each?: () => void): void {
  const ins = stmt(db, 'INSERT INTO search_fts(rowid, title, head, body, heads, captions) VALUES (?, ?, ?, ?, ?, ?)');
  const insComments = stmt(db, 'INSERT INTO search_comments_fts(rowid, body, heads) VALUES (?, ?, ?)');
  for (const { doc, texts } of rows) {
    const { title, head, body, comments, captions } = texts;
    ins.run(doc, title.stems, head.stems, body.stems, joinNonEmpty(title.heads, head.heads, body.heads, captions?.heads ?? ''), captions?.stems ?? '');
    if (comments) insComments.run(doc, comments.stems, comments.heads);
    each?.();
  }
}

function joinNonEmpty(...xs: string[]): string {
  return xs.filter((x) => x !== '').join(' ');
}

/** Empties the search index (the start of a rebuild); rows of deleted articles go too. */
export function clearSearchIndex(db: WriteDb): void {
  db.exec(`DELETE FROM search_fts; DELETE FROM search_comments_fts; DELETE FROM search_tags;
    DELETE FROM search_docs WHERE doc NOT IN (SELECT rowid FROM articles)
      OR doc IN (SELECT a.rowid FROM trashed_articles t JOIN articles a ON a.id = t.article_id);`);
  clearNameWords(db);
}

/** The searchable columns of the articles with rowids in `(after, upTo]`, in rowid order. */
export function searchSourcesBetween(db: WriteDb, after: number, upTo: number): (SearchSourceRow & { doc: number; id: string })[] {
  return stmt(db, `SELECT rowid AS doc, id, title, ${bodyColumn()} AS body, site, lang, published, extraction FROM articles WHERE rowid > ? AND rowid <= ? AND NOT EXISTS (SELECT 1 FROM trashed_articles t WHERE t.article_id = articles.id) ORDER BY rowid`).all(after, upTo) as (SearchSourceRow & {
    doc: number;
    id: string;
  })[];
}

/** The rowid and searchable columns of one article, or undefined. */
export function searchSourceOf(db: WriteDb, articleId: string): (SearchSourceRow & { doc: number }) | undefined {
  return stmt(db, `SELECT rowid AS doc, title, ${bodyColumn()} AS body, site, lang, published, extraction FROM articles WHERE id = ?`).get(articleId) as
    | (SearchSourceRow & { doc: number })
    | undefined;
}

/** The full-text tables of the search index, each merged on its own. */
const FTS_TABLES = ['search_fts', 'search_comments_fts'] as const;

/**
 * Merges of `FTS_TABLES` at most `pages` leaf pages each (FTS5's `'merge'` command), taking any
 * two or more segments of one size level (`usermerge` 2, set here because FTS5 keeps it in the
 * table's own config, which a migration that makes the table again would lose). True while work
 * is left: FTS5 changes two or more rows when it merged something. Call outside a transaction
 * (each step commits on its own) or inside one.
 */
export function mergeSearchStep(db: WriteDb, pages: number): boolean {
  let worked = false;
  const changes = stmt(db, 'SELECT total_changes()').pluck();
  for (const t of FTS_TABLES) {
    const um = stmt(db, `SELECT v FROM ${t}_config WHERE k = 'usermerge'`).pluck().get() as number | undefined;
    if (um !== USER_MERGE) stmt(db, `INSERT INTO ${t}(${t}, rank) VALUES ('usermerge', ${USER_MERGE})`).run();
    const before = changes.get() as number;
    stmt(db, `INSERT INTO ${t}(${t}, rank) VALUES ('merge', ?)`).run(pages);
    if ((changes.get() as number) - before >= 2) worked = true;
  }
  return worked;
}

/** Segments of one level merged together (FTS5's least): the index stays at about one segment per level. */
const USER_MERGE = 2;

/** The segments of the article index (each a b-tree a term lookup seeks in). */
export function searchSegmentCount(db: WriteDb): number {
  return stmt(db, 'SELECT count(DISTINCT segid) FROM search_fts_idx').pluck().get() as number;
}
