import type { ReadDb, WriteDb } from '../db';
import { stmt } from './cache';

/** The kinds of key of the stored spellings lookup (migration 14). */
export const SPELLING_KEY = { spelling: 1, skeleton: 2, given: 3, fullName: 4, shortSurname: 5 } as const;
export type SpellingKeyKind = (typeof SPELLING_KEY)[keyof typeof SPELLING_KEY];

/** Where the stored lookup stands: current when it was built from the names as they are now. */
export interface SpellingsState {
  /** The changes to people's names and merges so far (moved by triggers). */
  changes: number;
  /** `changes` when the stored lookup was built; null when none is. */
  builtAt: number | null;
}

export function spellingsState(db: ReadDb): SpellingsState {
  return stmt(db, 'SELECT changes, built_at AS builtAt FROM name_spellings_state WHERE id = 1').get() as SpellingsState;
}

/** The spellings stored for one key, or null. */
export function storedSpellings(db: ReadDb, kind: SpellingKeyKind, key: string): string[] | null {
  const json = stmt(db, 'SELECT spellings FROM name_spellings WHERE kind = ? AND key = ?').pluck().get(kind, key) as string | undefined;
  return json === undefined ? null : (JSON.parse(json) as string[]);
}

/** The stored keys of one kind that begin with `prefix` (folded), in order, at most `limit`: an index range. */
export function storedKeysBegun(db: ReadDb, kind: SpellingKeyKind, prefix: string, limit: number): string[] {
  return stmt(db, 'SELECT key FROM name_spellings WHERE kind = ? AND key >= ? AND key < ? ORDER BY key LIMIT ?').pluck().all(kind, prefix, `${prefix}\u{10FFFF}`, limit) as string[];
}

/**
 * Where the entries of a spellings lookup go, one at a time: `put` replaces what a key had,
 * `putFirst` keeps an entry the key already has.
 */
export interface SpellingsSink {
  put(kind: SpellingKeyKind, key: string, spellings: string[]): void;
  putFirst(kind: SpellingKeyKind, key: string, spellings: string[]): void;
}

/**
 * Replaces the stored lookup with the entries `fill` puts, built from the names as they stood
 * at `builtAt` (`spellingsState().changes` read before grouping them), in one transaction.
 */
export function replaceSpellings(db: WriteDb, fill: (sink: SpellingsSink) => void, builtAt: number): void {
  db.transaction(() => {
    stmt(db, 'DELETE FROM name_spellings').run();
    const put = stmt(db, 'INSERT OR REPLACE INTO name_spellings(kind, key, spellings) VALUES (?, ?, ?)');
    const putFirst = stmt(db, 'INSERT OR IGNORE INTO name_spellings(kind, key, spellings) VALUES (?, ?, ?)');
    fill({
      put: (kind, key, spellings) => void put.run(kind, key, JSON.stringify(spellings)),
      putFirst: (kind, key, spellings) => void putFirst.run(kind, key, JSON.stringify(spellings)),
    });
    stmt(db, 'UPDATE name_spellings_state SET built_at = ? WHERE id = 1').run(builtAt);
  })();
}

/** Drops the stored lookup (a new version of the grouping): the next open builds it again. */
export function clearSpellings(db: WriteDb): void {
  stmt(db, 'DELETE FROM name_spellings').run();
  stmt(db, 'UPDATE name_spellings_state SET built_at = NULL WHERE id = 1').run();
}
