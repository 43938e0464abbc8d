import type { ReadDb, WriteDb } from '../db';
import { stmt } from './cache';

/** Reads a library-level setting; undefined when unset. */
export function getMeta(db: ReadDb, key: string): string | undefined {
  const row = stmt(db, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

/** Writes a library-level setting. */
export function setMeta(db: WriteDb, key: string, value: string): void {
  stmt(db, 'INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}
