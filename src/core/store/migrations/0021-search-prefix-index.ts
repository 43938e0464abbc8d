import type { WriteDb } from '../handles';

/**
 * The article index gains an FTS5 prefix index of 4 letters (`prefix='4'`): a typed prefix of
 * that length (`vers*`, `über*`) reads one stored doclist instead of merging the doclists of
 * every stem it begins (`über*`: 1,537 stems at 100k articles), which each FTS5 cursor did
 * again, and BM25 once more to count its documents (`search/README.md`, "Prefix index").
 * A prefix of another length is evaluated as before. FTS5 takes the option only when the table
 * is made, so the table is made again, empty, and the search index is marked for a rebuild
 * (a dataset without a `derived_state` row is rebuilt on the next open; `SEARCH_INDEX_VERSION`
 * 5 says the same). Its vocabulary view and merge setting are made again with it.
 */
export function up(db: WriteDb): void {
  db.exec(`
    DROP TABLE search_vocab;
    DROP TABLE search_fts;
    CREATE VIRTUAL TABLE search_fts USING fts5(
      title, head, body, heads,
      content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0', prefix='4'
    );
    CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row');
    INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 16);
    DELETE FROM derived_state WHERE name = 'search-index';
  `);
}
