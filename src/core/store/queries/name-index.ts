/**
 * The index of the name rows by name (`entity_mentions_name`, migration 8), set aside while a
 * large catch-up writes the rows. Each name row goes into it at a random place, so every commit
 * of the catch-up wrote pages all over it out again: the 10k bench library's name rows written
 * as a catch-up writes them cost 655–674 ms of the library thread with it, 366–388 without it,
 * and making it afresh over all the rows at the end 48–63 ms (one sort).
 */
import type { WriteDb } from '../db';
import { stmt } from './cache';

/** Migration 8's definition; `IF NOT EXISTS`, so where it stands this does nothing. */
const NAME_INDEX = 'CREATE INDEX IF NOT EXISTS entity_mentions_name ON entity_mentions(kind, name, count)';

/**
 * Waiting articles from which a catch-up writes without the index: fewer are written sooner
 * than the index is made again (it is made over all the library's rows, not only the new).
 */
export const NAME_INDEX_ASIDE_MIN = 2000;

/**
 * Runs a catch-up of `waiting` articles; when they are at least `NAME_INDEX_ASIDE_MIN` and at
 * least as many as the articles whose rows the library already holds, without the name index,
 * made again once at the end. It is made at the end of every run, so a catch-up killed while it
 * was set aside leaves it to the next (nothing is lost meanwhile: a query by name scans).
 */
export async function withNameIndexAfter<T>(db: WriteDb, waiting: number, work: () => Promise<T>): Promise<T> {
  if (waiting >= NAME_INDEX_ASIDE_MIN && waiting >= (stmt(db, 'SELECT count(*) AS n FROM compare_docs').get() as { n: number }).n) {
    db.exec('DROP INDEX IF EXISTS entity_mentions_name');
  }
  try {
    return await work();
  } finally {
    if (db.open) db.exec(NAME_INDEX);
  }
}
