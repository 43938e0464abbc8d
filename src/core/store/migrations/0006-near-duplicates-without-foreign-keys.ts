import type { WriteDb } from '../handles';

/**
 * The near-duplicate tables (migration 2) without foreign keys. They hold derived rows only
 * (a signature, 16 band hashes and a few links per article), all written in the same
 * transaction as their article; checking a foreign key on each of those ~20 rows cost more
 * than a quarter of the import's writer time. A trigger on `articles` does the cascade the
 * keys did, so deleting an article still leaves nothing behind.
 */
export function up(db: WriteDb): void {
  db.exec(`
    CREATE TABLE article_signatures_new (
      article_id TEXT PRIMARY KEY,
      signature  BLOB NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO article_signatures_new SELECT article_id, signature FROM article_signatures;
    DROP TABLE article_signatures;
    ALTER TABLE article_signatures_new RENAME TO article_signatures;

    CREATE TABLE article_bands_new (
      band       INTEGER NOT NULL,
      hash       INTEGER NOT NULL,
      article_id TEXT NOT NULL,
      PRIMARY KEY (band, hash, article_id)
    ) WITHOUT ROWID;
    INSERT INTO article_bands_new SELECT band, hash, article_id FROM article_bands;
    DROP TABLE article_bands;
    ALTER TABLE article_bands_new RENAME TO article_bands;
    CREATE INDEX article_bands_article ON article_bands(article_id);

    CREATE TABLE near_duplicates_new (
      a          TEXT NOT NULL,
      b          TEXT NOT NULL,
      similarity REAL NOT NULL,
      PRIMARY KEY (a, b),
      CHECK (a < b)
    ) WITHOUT ROWID;
    INSERT INTO near_duplicates_new SELECT a, b, similarity FROM near_duplicates;
    DROP TABLE near_duplicates;
    ALTER TABLE near_duplicates_new RENAME TO near_duplicates;
    CREATE INDEX near_duplicates_b ON near_duplicates(b);

    CREATE TRIGGER near_duplicates_articles_ad AFTER DELETE ON articles BEGIN
      DELETE FROM article_signatures WHERE article_id = old.id;
      DELETE FROM article_bands WHERE article_id = old.id;
      DELETE FROM near_duplicates WHERE a = old.id OR b = old.id;
    END;
  `);
}
