import type { WriteDb } from '../handles';

/**
 * The compare tables (migration 5) without foreign keys, as migration 6 did for the
 * near-duplicate tables: they hold derived rows only (~12 per article), written by the
 * compare catch-up in batches, and checking a key on each row was a measurable part of a large
 * catch-up's writes. A trigger on `articles` does the cascade the keys did. Person-made
 * groupings (`entity_overrides`) are keyed by name, not article, and are untouched.
 *
 * Libraries written by the release that first shipped migration 5 (schema 5, before the compare
 * waiting list was added to it) have no `compare_pending`: it is made here, empty, since that
 * release indexed every article as it came. Where the table exists this changes nothing.
 */
export function up(db: WriteDb): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS compare_pending (
      article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
    ) WITHOUT ROWID;

    CREATE TABLE compare_pending_new (
      article_id TEXT PRIMARY KEY
    ) WITHOUT ROWID;
    INSERT INTO compare_pending_new SELECT article_id FROM compare_pending;
    DROP TABLE compare_pending;
    ALTER TABLE compare_pending_new RENAME TO compare_pending;

    CREATE TABLE compare_docs_new (
      article_id TEXT PRIMARY KEY,
      -- The best date known for the article (published, or the date its text points to).
      date       TEXT,
      -- Space-separated story keys: names (@Name) and salient stems.
      keys       TEXT NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO compare_docs_new SELECT article_id, date, keys FROM compare_docs;
    DROP TABLE compare_docs;
    ALTER TABLE compare_docs_new RENAME TO compare_docs;

    CREATE TABLE entity_mentions_new (
      article_id TEXT NOT NULL,
      kind       TEXT NOT NULL,
      name       TEXT NOT NULL,
      count      INTEGER NOT NULL,
      mentions   TEXT NOT NULL,
      PRIMARY KEY (article_id, kind, name)
    ) WITHOUT ROWID;
    INSERT INTO entity_mentions_new SELECT article_id, kind, name, count, mentions FROM entity_mentions;
    DROP TABLE entity_mentions;
    ALTER TABLE entity_mentions_new RENAME TO entity_mentions;
    CREATE INDEX entity_mentions_name ON entity_mentions(kind, name, count);

    CREATE TABLE timeline_mentions_new (
      article_id     TEXT NOT NULL,
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
    INSERT INTO timeline_mentions_new
      SELECT article_id, kind, start, end, text, date, end_date, sentence_start, sentence_end, sentence, keys FROM timeline_mentions;
    DROP TABLE timeline_mentions;
    ALTER TABLE timeline_mentions_new RENAME TO timeline_mentions;
    CREATE INDEX timeline_mentions_date ON timeline_mentions(date);

    CREATE TRIGGER compare_articles_ad AFTER DELETE ON articles BEGIN
      DELETE FROM compare_pending WHERE article_id = old.id;
      DELETE FROM compare_docs WHERE article_id = old.id;
      DELETE FROM entity_mentions WHERE article_id = old.id;
      DELETE FROM timeline_mentions WHERE article_id = old.id;
    END;
  `);
}
