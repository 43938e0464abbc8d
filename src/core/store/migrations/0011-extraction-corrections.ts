import type { WriteDb } from '../handles';

/**
 * A person's correction of where an article is (the line it starts at, ends at, its headline:
 * offsets into the article's text), kept with the article and applied on every re-extraction.
 * No foreign key, as for the derived tables of migrations 6 and 8: a trigger removes the row
 * with its article.
 */
export function up(db: WriteDb): void {
  db.exec(`
    CREATE TABLE extraction_corrections (
      article_id TEXT PRIMARY KEY,
      start_offset INTEGER,
      end_offset INTEGER,
      headline_offset INTEGER,
      updated_at TEXT NOT NULL
    );
    CREATE TRIGGER extraction_corrections_ad AFTER DELETE ON articles BEGIN
      DELETE FROM extraction_corrections WHERE article_id = old.id;
    END;
  `);
}
