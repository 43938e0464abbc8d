import type { WriteDb } from '../handles';

/**
 * Near-duplicate links: each article's MinHash signature and its LSH band hashes (to find
 * candidates by index, not by comparing every pair), and the links found.
 */
export function up(db: WriteDb): void {
  db.exec(`
    CREATE TABLE article_signatures (
      article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
      signature  BLOB NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE article_bands (
      band       INTEGER NOT NULL,
      hash       INTEGER NOT NULL,
      article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      PRIMARY KEY (band, hash, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX article_bands_article ON article_bands(article_id);

    -- One row per linked pair, stored once with a < b.
    CREATE TABLE near_duplicates (
      a          TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      b          TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      similarity REAL NOT NULL,
      PRIMARY KEY (a, b),
      CHECK (a < b)
    ) WITHOUT ROWID;
    CREATE INDEX near_duplicates_b ON near_duplicates(b);
  `);
}
