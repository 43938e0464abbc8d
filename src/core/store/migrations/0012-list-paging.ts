import type { WriteDb } from '../handles';

/**
 * What the library list needs to page through 100,000 reports by key instead of by OFFSET:
 *
 * - One index per sort order. SQLite seeks an index with a row value (`(k, t, rowid) < (?, ?, ?)`)
 *   only when the index is on columns, not expressions, so the two date orders (undated reports
 *   last either way) get virtual generated columns; the title order gets a NOCASE column. They
 *   cost nothing to store, only their index entries. Each index ends with the id, which breaks
 *   ties and lets the "copies collapsed" filter run on the index alone.
 * - `list_changes`: a counter the triggers bump whenever a change can move a report in the list
 *   (added, removed, title, date or grouping changed), on any connection, so the service knows
 *   when its page anchors (every N-th key) are stale. Reading progress does not bump it.
 * - `twin_copies`: near-duplicate copies and the report each one collapses under (the earliest
 *   added of its group), so lists can show one row per group. Derived from `near_duplicates`;
 *   filled by the twin-groups dataset (core/derived), kept current on ingest.
 */
export function up(db: WriteDb): void {
  db.exec(`
    ALTER TABLE articles ADD COLUMN list_date_desc TEXT GENERATED ALWAYS AS (coalesce(published, '')) VIRTUAL;
    ALTER TABLE articles ADD COLUMN list_date_asc TEXT GENERATED ALWAYS AS (coalesce(published, '~')) VIRTUAL;
    ALTER TABLE articles ADD COLUMN list_title TEXT COLLATE NOCASE GENERATED ALWAYS AS (title) VIRTUAL;
    CREATE INDEX articles_list_date_desc ON articles(list_date_desc, added_at, id);
    CREATE INDEX articles_list_date_asc ON articles(list_date_asc, added_at, id);
    CREATE INDEX articles_list_added ON articles(added_at, id);
    CREATE INDEX articles_list_title ON articles(list_title, id);

    CREATE TABLE list_changes (
      id      INTEGER PRIMARY KEY CHECK (id = 1),
      version INTEGER NOT NULL
    );
    INSERT INTO list_changes(id, version) VALUES (1, 0);
    CREATE TRIGGER list_articles_ai AFTER INSERT ON articles BEGIN
      UPDATE list_changes SET version = version + 1;
    END;
    CREATE TRIGGER list_articles_ad AFTER DELETE ON articles BEGIN
      UPDATE list_changes SET version = version + 1;
    END;
    CREATE TRIGGER list_articles_au AFTER UPDATE OF title, published, added_at ON articles BEGIN
      UPDATE list_changes SET version = version + 1;
    END;

    CREATE TABLE twin_copies (
      article_id TEXT PRIMARY KEY,
      head_id    TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX twin_copies_head ON twin_copies(head_id);
    CREATE TRIGGER list_twins_ai AFTER INSERT ON twin_copies BEGIN
      UPDATE list_changes SET version = version + 1;
    END;
    CREATE TRIGGER list_twins_ad AFTER DELETE ON twin_copies BEGIN
      UPDATE list_changes SET version = version + 1;
    END;
    CREATE TRIGGER list_twins_au AFTER UPDATE ON twin_copies BEGIN
      UPDATE list_changes SET version = version + 1;
    END;
    CREATE TRIGGER twin_copies_articles_ad AFTER DELETE ON articles BEGIN
      DELETE FROM twin_copies WHERE article_id = old.id OR head_id = old.id;
    END;
  `);
}
