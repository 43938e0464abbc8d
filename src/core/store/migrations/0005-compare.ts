import type { WriteDb } from '../handles';

/**
 * Compare (issue 6): per-article rows written at ingest so the library-wide views (timeline,
 * people & places, stories) are grouped from small tables instead of re-reading every text:
 * entity mentions, dated (and, for articles of uncertain date, undated lead) sentences with
 * their key words, and one row of story keys per article. Plus a person's entity merges and
 * splits, keyed by name so they survive re-indexing. The articles already there are queued
 * for the compare catch-up.
 */
export function up(db: WriteDb): void {
  db.exec(`
    -- Articles whose compare rows are still to be written: ingest marks them, and the compare
    -- index catches up right after an import (and before any compare view), so importing stays
    -- as fast as extraction and full-text indexing allow.
    CREATE TABLE compare_pending (
      article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
    ) WITHOUT ROWID;

    CREATE TABLE compare_docs (
      article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
      -- The best date known for the article (published, or the date its text points to).
      date       TEXT,
      -- Space-separated story keys: names (@Name) and salient stems.
      keys       TEXT NOT NULL
    ) WITHOUT ROWID;

    -- One row per name and article; the mentions as JSON [[start, end, sentenceStart, sentenceEnd], …]
    -- (one row per name, not per mention, keeps ingest cheap: ~8 rows per article instead of ~15).
    CREATE TABLE entity_mentions (
      article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      kind       TEXT NOT NULL,
      name       TEXT NOT NULL,
      count      INTEGER NOT NULL,
      mentions   TEXT NOT NULL,
      PRIMARY KEY (article_id, kind, name)
    ) WITHOUT ROWID;
    CREATE INDEX entity_mentions_name ON entity_mentions(kind, name);

    -- A person's grouping of names: every name with the same group_id is one entity.
    CREATE TABLE entity_overrides (
      kind     TEXT NOT NULL,
      name     TEXT NOT NULL,
      group_id TEXT NOT NULL,
      PRIMARY KEY (kind, name)
    ) WITHOUT ROWID;

    -- kind 'date': a date mention and its sentence. kind 'undated': a lead sentence without a
    -- date of an article whose own date is uncertain, for dating it through other reports.
    CREATE TABLE timeline_mentions (
      article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      kind           TEXT NOT NULL,
      start          INTEGER NOT NULL,
      end            INTEGER NOT NULL,
      text           TEXT NOT NULL,
      date           TEXT,
      end_date       TEXT,
      sentence_start INTEGER NOT NULL,
      sentence_end   INTEGER NOT NULL,
      sentence       TEXT NOT NULL,
      keys           TEXT NOT NULL,
      PRIMARY KEY (article_id, kind, start)
    ) WITHOUT ROWID;
    CREATE INDEX timeline_mentions_date ON timeline_mentions(date);

    -- Every article already there waits for its compare rows: the catch-up (core/derived)
    -- writes them before any compare view reads, as this migration once did itself.
    INSERT INTO compare_pending(article_id) SELECT id FROM articles;
  `);
}
