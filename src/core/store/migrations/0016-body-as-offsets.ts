import type { WriteDb } from '../handles';

/**
 * An article's body as offsets into its text (`queries/article-body.ts`): `body_at` holds the
 * paragraphs' `[start, end)` pairs and `body` is '' when every paragraph is a stretch of the
 * text, which new rows store. A 10k JSON Lines import wrote each text twice (2.7 kB of a
 * 7.5 kB row was the body again).
 *
 * The rows already there move here when their body is the whole text (one paragraph, or
 * paragraphs that make up the text: most JSON records): one pair from 0 to the text's end
 * (-1). Offsets count UTF-16 units, which SQL does not, so other bodies stay as they were, a
 * form every reader still takes; re-extraction writes them as offsets.
 */
export function up(db: WriteDb): void {
  db.exec(`
    ALTER TABLE articles ADD COLUMN body_at BLOB;
    UPDATE articles SET body_at = X'00000000FFFFFFFF', body = '' WHERE body = text AND body <> '';
  `);
}
