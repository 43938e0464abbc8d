import type { WriteDb } from '../handles';

/**
 * Reports a person moved to the trash (`trashed_articles`): kept whole (text, raw bytes,
 * annotations, edits) until purged, but out of every list and view. A table of its own, not a
 * column, so the list leaves them out by `NOT EXISTS` on the id as it does copies (no list index
 * changes). Trashing and restoring move the list's version like any add or removal; purging the
 * article takes its trash row with it.
 */
export function up(db: WriteDb): void {
  db.exec(`
    CREATE TABLE trashed_articles (
      article_id TEXT PRIMARY KEY,
      trashed_at TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TRIGGER list_trash_ai AFTER INSERT ON trashed_articles BEGIN
      UPDATE list_changes SET version = version + 1;
    END;
    CREATE TRIGGER list_trash_ad AFTER DELETE ON trashed_articles BEGIN
      UPDATE list_changes SET version = version + 1;
    END;
    CREATE TRIGGER trashed_articles_ad AFTER DELETE ON articles BEGIN
      DELETE FROM trashed_articles WHERE article_id = old.id;
    END;
  `);
}
