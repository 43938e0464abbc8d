/**
 * The explore views' stored results (migration 24): one row per view, and the counter of the
 * compare rows' changes that stamps them. A connection without the tables (a library opened
 * read-only below version 24 cannot exist: the schema is migrated first; but tests build bare
 * connections) reads "nothing stored" and counts nothing.
 */
import type { ReadDb, WriteDb } from '../db';
import { stmt } from './cache';

/** A stored view: the dataset version that wrote it, the counter it was built at, its body (JSON). */
export interface StoredView {
  version: number;
  stamp: number;
  body: string;
}

const hasTables = new WeakMap<ReadDb, boolean>();

/** Whether the connection's library holds the stored views' tables (read once per connection). */
export function holdsStoredViews(db: ReadDb): boolean {
  let has = hasTables.get(db);
  if (has === undefined) {
    has = stmt(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'explore_views_state'").pluck().get() === 1;
    hasTables.set(db, has);
  }
  return has;
}

/** The compare rows' changes counted so far; null without the tables. */
export function viewChangesCount(db: ReadDb): number | null {
  if (!holdsStoredViews(db)) return null;
  return stmt(db, 'SELECT changes FROM explore_views_state WHERE id = 1').pluck().get() as number;
}

/** Counts one change of the compare rows (in the writer's transaction, so a kill cannot keep a stale view current). */
export function countViewChange(db: WriteDb): void {
  if (holdsStoredViews(db)) stmt(db, 'UPDATE explore_views_state SET changes = changes + 1 WHERE id = 1').run();
}

/** The stored view `view`, or null. */
export function storedView(db: ReadDb, view: string): StoredView | null {
  if (!holdsStoredViews(db)) return null;
  return (stmt(db, 'SELECT version, stamp, body FROM explore_views WHERE view = ?').get(view) as StoredView | undefined) ?? null;
}

/** The stamps of the stored views, by view (no bodies read). */
export function storedViewStamps(db: ReadDb): Map<string, { version: number; stamp: number }> {
  if (!holdsStoredViews(db)) return new Map();
  const rows = stmt(db, 'SELECT view, version, stamp FROM explore_views').all() as { view: string; version: number; stamp: number }[];
  return new Map(rows.map((r) => [r.view, { version: r.version, stamp: r.stamp }]));
}

/** Replaces the stored views given, in one transaction. */
export function writeStoredViews(db: WriteDb, views: readonly ({ view: string } & StoredView)[]): void {
  if (!holdsStoredViews(db)) return;
  db.transaction(() => {
    for (const v of views) stmt(db, 'INSERT OR REPLACE INTO explore_views(view, version, stamp, body) VALUES (?, ?, ?, ?)').run(v.view, v.version, v.stamp, v.body);
  })();
}

/** Drops every stored view (a version bump of the groupings). */
export function clearStoredViews(db: WriteDb): void {
  if (holdsStoredViews(db)) stmt(db, 'DELETE FROM explore_views').run();
}
