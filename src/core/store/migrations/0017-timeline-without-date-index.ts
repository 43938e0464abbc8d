import type { WriteDb } from '../handles';

/**
 * No query reads `timeline_mentions` by date: the timeline reads every row in key order and
 * sorts by date itself, one article's rows are read by its id. The date index (migration 5)
 * only cost every write: a catch-up's timeline rows 210 -> 160 ms of the library thread's CPU
 * on the 10k bench library without it.
 */
export function up(db: WriteDb): void {
  db.exec('DROP INDEX IF EXISTS timeline_mentions_date;');
}
