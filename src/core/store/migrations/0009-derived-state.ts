import type { WriteDb } from '../handles';

/**
 * Derived data (search index, suggestions, near-duplicates, compare rows, explore groupings)
 * is built by one mechanism above the store (`core/derived`), which records here, per dataset,
 * the version its rows were made with and how far an unfinished rebuild got.
 *
 * What earlier versions left is carried over in SQL: the search index's version from `meta`
 * (migration 3 wrote it); near-duplicates and compare rows as complete at version 1 (ingest
 * kept them current; compare rows still to write wait in `compare_pending`). A dataset with no
 * row, or a row of another version, is rebuilt on the next open.
 */
export function up(db: WriteDb): void {
  db.exec(`
    CREATE TABLE derived_state (
      name       TEXT PRIMARY KEY,
      version    INTEGER NOT NULL,
      -- rowid of the last article an unfinished rebuild did; NULL when the dataset is complete
      done_up_to INTEGER
    ) WITHOUT ROWID;

    INSERT INTO derived_state(name, version, done_up_to)
      SELECT 'search-index', CAST(value AS INTEGER), NULL FROM meta WHERE key = 'search_index_version';
    DELETE FROM meta WHERE key = 'search_index_version';
    INSERT INTO derived_state(name, version, done_up_to) VALUES ('near-duplicates', 1, NULL), ('compare-rows', 1, NULL);
  `);
}
