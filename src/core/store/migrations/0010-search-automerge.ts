import type { WriteDb } from '../handles';

/**
 * Merge full-text segments less eagerly while writing (16 instead of FTS5's 4), as migration 3
 * does today: libraries written by the release that first shipped migration 3 (schema 3 to 5,
 * before the setting was added to it) lack it, and their imports were measurably slower.
 * Setting it again where it is set changes nothing.
 */
export function up(db: WriteDb): void {
  db.exec(`INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 16);`);
}
