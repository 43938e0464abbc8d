import type { WriteDb } from '../handles';

/**
 * The library's name-like words keyed by their transliteration skeleton, so a typed spelling
 * finds every written form of a name with the same skeleton — also one that forms no entity of
 * its own (one bare mention, no given name), which search by entity cannot reach. Rows of the
 * search-index dataset (`derived/search-index.ts`), never deleted with an article: a word no
 * report holds any more only adds a term that matches nothing.
 */
export function up(db: WriteDb): void {
  db.exec(`
    CREATE TABLE search_name_words (
      skeleton TEXT NOT NULL,
      folded TEXT NOT NULL,
      word TEXT NOT NULL,
      PRIMARY KEY (skeleton, folded)
    ) WITHOUT ROWID;
  `);
}
