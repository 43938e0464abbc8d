import type { WriteDb } from '../handles';

/**
 * The article index gains a `captions` column: the photo captions the reader shows with the body
 * are searched too, weighted below the body (`search/sql-plan.ts`). A contentless FTS5 table
 * takes no new column, so it is made again, empty, with its vocabulary view and merge setting,
 * and the search index is marked for a rebuild (as migration 21; `SEARCH_INDEX_VERSION` 6 says
 * the same).
 */
export function up(db: WriteDb): void {
  db.exec(`
    DROP TABLE search_vocab;
    DROP TABLE search_fts;
    CREATE VIRTUAL TABLE search_fts USING fts5(
      title, head, body, heads, captions,
      content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0', prefix='4'
    );
    CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row');
    INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 16);
    DELETE FROM derived_state WHERE name = 'search-index';
  `);
}
