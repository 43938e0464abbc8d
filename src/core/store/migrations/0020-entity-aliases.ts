import type { WriteDb } from '../handles';

/**
 * One person under two names as a report states it (`Lai Ching-te, genannt William Lai`;
 * `analysis/name-aliases.ts`): a compare row of its article like its name rows, deleted with
 * them. The grouping joins the two names' people through it (`explore/name-aliases.ts`).
 * A library analysed before holds none until its rows are rebuilt, which compare rows version 12
 * does on open.
 */
export function up(db: WriteDb): void {
  db.exec(`
    CREATE TABLE entity_aliases (
      article_id TEXT NOT NULL,
      name TEXT NOT NULL,
      alias TEXT NOT NULL,
      PRIMARY KEY (article_id, name, alias)
    ) WITHOUT ROWID;
    CREATE TRIGGER entity_aliases_articles_ad AFTER DELETE ON articles BEGIN
      DELETE FROM entity_aliases WHERE article_id = old.id;
    END;
  `);
}
