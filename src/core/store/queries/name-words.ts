import type { ReadDb, WriteDb } from '../db';
import { stmt } from './cache';

/**
 * `search_name_words` (migration 19): the library's name-like words keyed by their
 * transliteration skeleton. Made by `core/search/name-words.ts`, written by the search-index
 * dataset, read by search to widen a typed name to its other written forms.
 */

/** One name-like word: its skeleton, its folded form and the form first written. */
export interface NameWordRow {
  skeleton: string;
  folded: string;
  word: string;
}

/** Adds words (one already known under its skeleton is kept as first written). */
export function insertNameWords(db: WriteDb, rows: readonly NameWordRow[]): void {
  const ins = stmt(db, 'INSERT OR IGNORE INTO search_name_words(skeleton, folded, word) VALUES (?, ?, ?)');
  for (const r of rows) ins.run(r.skeleton, r.folded, r.word);
}

/** The words of one skeleton, as written first. */
export function nameWordsOf(db: ReadDb, skeleton: string): { folded: string; word: string }[] {
  return stmt(db, 'SELECT folded, word FROM search_name_words WHERE skeleton = ?').all(skeleton) as { folded: string; word: string }[];
}

/** Empties the table (the start of a rebuild of the search index). */
export function clearNameWords(db: WriteDb): void {
  db.exec('DELETE FROM search_name_words;');
}
