import type { WriteDb } from '../handles';

/**
 * The people & places view counts each name's mentions and articles (`nameStats`: GROUP BY
 * kind, name over `entity_mentions`). With `count` in the name index that query reads the index
 * alone instead of looking up every row (~80,000 for 10k articles) in the table: 125 ms → 22 ms
 * per rebuild of the view. The index still serves lookups by kind and name.
 */
export function up(db: WriteDb): void {
  db.exec(`
    DROP INDEX entity_mentions_name;
    CREATE INDEX entity_mentions_name ON entity_mentions(kind, name, count);
  `);
}
