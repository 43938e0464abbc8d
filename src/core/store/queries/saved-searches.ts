import type { SavedSearch } from '../../../shared/api';
import type { ReadDb, WriteDb } from '../db';
import { stmt } from './cache';

interface Row {
  id: number;
  name: string;
  q: string;
  created_at: string;
}

const toSaved = (r: Row): SavedSearch => ({ id: r.id, name: r.name, q: r.q, createdAt: r.created_at });

/** Every saved search, oldest first; an empty list when there are none. */
export function listSavedSearches(db: ReadDb): SavedSearch[] {
  return (stmt(db, 'SELECT id, name, q, created_at FROM saved_searches ORDER BY id').all() as Row[]).map(toSaved);
}

/** Saves a search and returns it with its new id. */
export function insertSavedSearch(db: WriteDb, name: string, q: string, now: string): SavedSearch {
  const info = stmt(db, 'INSERT INTO saved_searches(name, q, created_at) VALUES (?, ?, ?)').run(name, q, now);
  return { id: Number(info.lastInsertRowid), name, q, createdAt: now };
}

/** Removes a saved search; false when there was none with that id. */
export function deleteSavedSearch(db: WriteDb, id: number): boolean {
  return stmt(db, 'DELETE FROM saved_searches WHERE id = ?').run(id).changes > 0;
}
