import type Database from 'better-sqlite3';

/**
 * Makes `fold_case(text)` available to this connection's SQL: JavaScript's `toLowerCase`, which
 * SQLite's `lower()` is not beyond ASCII — `lower('Äußerung')` keeps the `Ä`, so a person's tag
 * typed in lower case would not meet it. A non-text value comes back as it is.
 */
export function registerFoldCase(db: Database.Database): void {
  db.function('fold_case', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? s.toLowerCase() : s));
}
