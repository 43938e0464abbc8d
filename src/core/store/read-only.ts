import Database from 'better-sqlite3';
import type { ReadDb } from './handles';
import { BUSY_TIMEOUT_MS, type OpenOptions } from './db';
import { registerArticleBody } from './queries/article-body';
import { registerFoldCase } from './queries/fold-case';

/**
 * A second, read-only connection to a library the library thread has open (WAL lets it read
 * while that one writes), for work done on another thread. It never migrates: the library
 * thread opened the file first and brought it to the latest schema.
 *
 * @throws the SQLite error when the file is missing or not readable.
 */
export function openReadOnly(path: string, options: OpenOptions = {}): ReadDb {
  const db = new Database(path, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  registerArticleBody(db);
  registerFoldCase(db);
  return db as ReadDb;
}
