import type { WriteDb } from '../handles';

/**
 * Search (issue 4). Replaces migration 1's `articles_fts(title, body)` with contentless FTS5
 * tables over JS-analysed text (folded, stemmed, compound heads; see `core/search/README.md`),
 * a compact per-article row for filters and facets, reader comments in their own FTS table,
 * the suggestion snapshot, and saved searches.
 *
 * SQL only: the articles already there are indexed by `core/derived` on the next open (the
 * search index has no `derived_state` row yet, so it is built; until this was moved there, this
 * migration indexed them itself, with the same result).
 *
 * Notes are not copied here: `has:note`, `has:highlight` and `in:notes` read the annotations
 * table (migration 4) when it exists and treat its absence as "no notes".
 */
export function up(db: WriteDb): void {
  db.exec(`
    DROP TRIGGER IF EXISTS articles_ai;
    DROP TRIGGER IF EXISTS articles_ad;
    DROP TRIGGER IF EXISTS articles_au;
    DROP TABLE IF EXISTS articles_fts;

    -- One row per article (doc = articles.rowid): what filters, facets and date sorting read,
    -- kept apart from the article row so a scan over thousands of matches stays small.
    CREATE TABLE search_docs (
      doc        INTEGER PRIMARY KEY,
      article_id TEXT NOT NULL UNIQUE,
      site       TEXT,
      lang       TEXT,
      published  TEXT,
      month      TEXT
    );
    CREATE INDEX search_docs_published ON search_docs(published);

    CREATE TABLE search_tags (
      doc INTEGER NOT NULL REFERENCES search_docs(doc) ON DELETE CASCADE,
      tag TEXT NOT NULL,
      key TEXT NOT NULL,
      PRIMARY KEY (doc, key)
    ) WITHOUT ROWID;
    CREATE INDEX search_tags_key ON search_tags(key, doc);

    -- Contentless: the text lives in articles; these hold only the index (stems, and the
    -- reversed stems of long words in "heads"). rowid = search_docs.doc.
    CREATE VIRTUAL TABLE search_fts USING fts5(
      title, head, body, heads,
      content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
    );
    -- Document frequency per indexed term: cheap estimates of a query's match count.
    CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row');
    CREATE VIRTUAL TABLE search_comments_fts USING fts5(
      body, heads,
      content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
    );
    -- Merge segments less eagerly while writing (default 4): measured, a 10k import spends a
    -- quarter less time in FTS inserts; queries read a few more segments until merges catch up.
    INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 16);

    CREATE TRIGGER search_articles_ad AFTER DELETE ON articles BEGIN
      DELETE FROM search_fts WHERE rowid = old.rowid;
      DELETE FROM search_comments_fts WHERE rowid = old.rowid;
      DELETE FROM search_docs WHERE doc = old.rowid;
      INSERT INTO search_changes(doc) VALUES (old.rowid);
    END;

    -- Articles (re)indexed since the suggestion snapshot was taken; replayed on load.
    CREATE TABLE search_changes (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      doc INTEGER NOT NULL
    );

    -- Derived-index snapshots (the minisearch suggestion index): never a source of truth.
    CREATE TABLE search_snapshots (
      name    TEXT PRIMARY KEY,
      version INTEGER NOT NULL,
      seq     INTEGER NOT NULL,
      data    BLOB NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE saved_searches (
      id         INTEGER PRIMARY KEY,
      name       TEXT NOT NULL,
      q          TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
  `);
}
