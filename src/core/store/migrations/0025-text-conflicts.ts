import type { WriteDb } from '../handles';

/**
 * The stretches of a report's text where a person's edit, carried into a new version of its file
 * (`useNewVersion`), met a change of the file (`core/text/merge3.ts`): the text holds the file's
 * side, this row the person's, until the person chooses. One JSON list per report, offsets into
 * its edited text; a trigger removes it with its report, as for `extraction_corrections`.
 */
export function up(db: WriteDb): void {
  db.exec(`
    CREATE TABLE text_conflicts (
      article_id TEXT PRIMARY KEY,
      conflicts TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TRIGGER text_conflicts_ad AFTER DELETE ON articles BEGIN
      DELETE FROM text_conflicts WHERE article_id = old.id;
    END;
  `);
}
