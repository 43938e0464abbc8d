import type { ReadDb, WriteDb } from '../db';
import { stmt } from './cache';

/**
 * `derived_state` (migration 9): per derived dataset, the version its rows were made with and,
 * while a rebuild is under way, the rowid of the last article it has done. A rebuild commits
 * this row with every batch, so a killed one goes on where it stopped.
 */
export interface DerivedState {
  version: number;
  /** Rowid of the last article the unfinished rebuild did; null when the dataset is complete. */
  doneUpTo: number | null;
}

/** The state of dataset `name`; undefined when it was never built. */
export function getDerivedState(db: ReadDb, name: string): DerivedState | undefined {
  return stmt(db, 'SELECT version, done_up_to AS doneUpTo FROM derived_state WHERE name = ?').get(name) as DerivedState | undefined;
}

/** Records the state of dataset `name`. */
export function setDerivedState(db: WriteDb, name: string, s: DerivedState): void {
  stmt(
    db,
    `INSERT INTO derived_state(name, version, done_up_to) VALUES (?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET version = excluded.version, done_up_to = excluded.done_up_to`,
  ).run(name, s.version, s.doneUpTo);
}

/** The rowid `count` articles after `after` (or the last one, if fewer are left); null when none is. */
export function docAfter(db: ReadDb, after: number, count: number): number | null {
  const last = stmt(db, 'SELECT max(rowid) FROM (SELECT rowid FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?)').pluck().get(after, count) as number | null;
  return last ?? null;
}
