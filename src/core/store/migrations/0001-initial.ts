import type { WriteDb } from '../handles';

/**
 * The first schema: raw sources kept byte for byte, articles as a view of them, typed blocks
 * with offsets, and an FTS5 index kept in sync by triggers.
 */
export function up(db: WriteDb): void {
  db.exec(`
    CREATE TABLE meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) WITHOUT ROWID;

    -- Every input exactly as it came (raw), with what decoding found. Extraction is a view of
    -- this row; better rules re-extract from it and nothing is lost.
    CREATE TABLE sources (
      id          INTEGER PRIMARY KEY,
      sha256      TEXT NOT NULL UNIQUE,
      name        TEXT NOT NULL,
      path        TEXT,
      locator     TEXT,
      format      TEXT NOT NULL,
      encoding    TEXT NOT NULL,
      byte_size   INTEGER NOT NULL,
      raw         BLOB NOT NULL,
      imported_at TEXT NOT NULL
    );

    CREATE TABLE articles (
      id                TEXT PRIMARY KEY,
      source_id         INTEGER NOT NULL REFERENCES sources(id),
      content_hash      TEXT NOT NULL UNIQUE,
      text              TEXT NOT NULL,
      title             TEXT NOT NULL,
      title_derived     INTEGER NOT NULL DEFAULT 0,
      site              TEXT,
      author            TEXT,
      published         TEXT,
      published_source  TEXT,
      date_conflict     TEXT,
      lang              TEXT,
      word_count        INTEGER NOT NULL,
      reading_minutes   INTEGER NOT NULL,
      body              TEXT NOT NULL,
      excerpt           TEXT NOT NULL,
      comment_count     INTEGER NOT NULL DEFAULT 0,
      extraction        TEXT NOT NULL,
      extractor_version INTEGER NOT NULL,
      overrides         TEXT NOT NULL DEFAULT '{}',
      added_at          TEXT NOT NULL,
      updated_at        TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_source ON articles(source_id);

    CREATE TABLE blocks (
      article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      seq        INTEGER NOT NULL,
      kind       TEXT NOT NULL,
      region     TEXT NOT NULL,
      start      INTEGER NOT NULL,
      end        INTEGER NOT NULL,
      -- NULL when the block's text is exactly articles.text[start, end), which it mostly is.
      text       TEXT,
      data       TEXT,
      PRIMARY KEY (article_id, seq)
    ) WITHOUT ROWID;

    CREATE VIRTUAL TABLE articles_fts USING fts5(
      title, body,
      content='articles', content_rowid='rowid',
      tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
      INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
      INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE OF title, body ON articles BEGIN
      INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
      INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
    END;
  `);
}
