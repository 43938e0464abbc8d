import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/errors';
import type { WriteDb } from './handles';
import { LATEST_VERSION, migrate } from './migrations/index';
import { notice } from '../../shared/api/notices';
import { codedError } from '../../shared/i18n';
import { registerArticleBody } from './queries/article-body';
import { registerFoldCase } from './queries/fold-case';

export type { ReadDb, WriteDb } from './handles';

/** Options of `openDb`. */
export interface OpenOptions {
  /** Path to better-sqlite3's native module, for hosts (Electron) that need their own build. */
  nativeBinding?: string;
}

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Page cache per connection, in KiB (16 MiB), and during an import (64 MiB, `withWriteCache`).
 * Reading (lists, searches) barely gains from more: the file's pages stay in the operating
 * system's cache, and at 100k reports 16 MiB answered searches as fast as 64 (median ~105 ms
 * both) with ~55 MB less resident.
 */
const CACHE_KIB = 16 * 1024;
const WRITE_CACHE_KIB = 64 * 1024;

/** Write-ahead-log pages between automatic checkpoints (4 KiB pages: 16 MiB). */
const WAL_CHECKPOINT_PAGES = 4096;

/**
 * The same during a large write (64 MiB). A checkpoint copies every page the log holds into
 * the file, and a large write changes the same index pages (full text, bands, lists) batch
 * after batch: checkpointing a quarter as often copies each of them a quarter as often. The
 * library thread's CPU for writing 10k prepared articles, `npm run bench ingest-write`: 0.475 →
 * 0.435 ms per article. A crash loses nothing more (the log is replayed on the next open); the
 * log file may stay at its largest until the library is closed.
 */
const WRITE_CHECKPOINT_PAGES = 16384;

/**
 * How long a write waits for another process (the app beside a CLI import, two imports) to
 * finish its transaction. A batch of an import on a loaded machine holds the lock a second or
 * two; waiting much longer than that means something is stuck, and the person is told.
 */
export const BUSY_TIMEOUT_MS = 20_000;

/**
 * Opens (or creates) a library file, checks it is a SQLite database of a version this app
 * knows, and migrates it to the latest schema.
 *
 * @throws ApiError `NOT_A_DATABASE` when the file exists but is not SQLite (it is left
 *   untouched); `DB_FROM_FUTURE` when a newer Parallax wrote it; `DB_READONLY` when it cannot
 *   be written.
 */
export function openDb(path: string, options: OpenOptions = {}): WriteDb {
  if (path !== ':memory:') assertSqliteFile(path);
  let db: Database.Database;
  try {
    db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (e) {
    throw classifySqliteError(e, path);
  }
  try {
    // First, so that the very first read waits for a writer of the library (the library thread
    // opens it before a worker's connection does) instead of failing at once.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Ours from its first migration on; tables at version 0 belong to another program, and
    // migrating would add our tables to its file. Both are read in one statement, so in one
    // snapshot: read one after the other, another process creating the same new library could
    // commit its first migration in between, and its tables looked like another program's.
    const { version, tables } = db.prepare('SELECT user_version AS version, (SELECT count(*) FROM sqlite_master) AS tables FROM pragma_user_version').get() as { version: number; tables: number };
    if (version === 0 && tables > 0) {
      throw codedError('NOT_A_DATABASE', notice('store.other-program', { path }));
    }
    if (version > LATEST_VERSION) {
      throw codedError('DB_FROM_FUTURE', notice('store.from-future', { path, version, known: LATEST_VERSION }));
    }
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    immediateTransactions(db);
    registerArticleBody(db);
    registerFoldCase(db);
    // SQLite's default page cache is 2 MB (see CACHE_KIB). It is a ceiling, not an allocation.
    db.pragma(`cache_size = -${CACHE_KIB}`);
    // Checkpoint the write-ahead log every 16 MB instead of every 4 MB: an import writes
    // hundreds of MB, and each checkpoint copies pages back into the library file.
    db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
    migrate(db as WriteDb);
    return db as WriteDb;
  } catch (e) {
    db.close();
    throw classifySqliteError(e, path);
  }
}

/** Refuses a file that exists, is not empty and does not start with SQLite's header. */
function assertSqliteFile(path: string): void {
  if (!existsSync(path)) return;
  const st = statSync(path);
  if (st.isDirectory()) throw codedError('BAD_INPUT', notice('store.is-folder', { path }));
  if (st.size === 0) return;
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    readSync(fd, buf, 0, 16, 0);
    if (buf.toString('latin1') !== SQLITE_HEADER) {
      throw codedError('NOT_A_DATABASE', notice('store.not-sqlite', { path }));
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Makes every transaction of this connection start with BEGIN IMMEDIATE. A deferred one that
 * reads first (is this content already here?) and then writes cannot wait for another process
 * that wrote meanwhile: SQLite fails it at once with SQLITE_BUSY, ignoring the busy timeout.
 * Two imports into one library lost a third of their articles that way.
 */
function immediateTransactions(db: Database.Database): void {
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn: (...args: unknown[]) => unknown) => {
    const t = transaction(fn);
    const run = (...args: unknown[]) => t.immediate(...args);
    return Object.assign(run, { default: t.immediate, deferred: t.deferred, immediate: t.immediate, exclusive: t.exclusive, database: db });
  }) as typeof db.transaction;
}

/** True for an error of the store itself (disk, lock, damage), not of one article: retrying article by article cannot help. */
export function isStoreFailure(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && /^SQLITE_(FULL|IOERR|BUSY|LOCKED|READONLY|CORRUPT|NOTADB|CANTOPEN|PERM)/.test(code);
}

/** Maps SQLite's error codes to ours, so the user sees one clear message. */
export function classifySqliteError(e: unknown, path: string): unknown {
  if (e instanceof ApiError) return e;
  const code = (e as { code?: string }).code ?? '';
  const msg = e instanceof Error ? e.message : String(e);
  if (code === 'SQLITE_FULL') return codedError('DISK_FULL', notice('store.disk-full', { path, detail: msg }));
  if (code.startsWith('SQLITE_IOERR')) {
    return codedError('DISK_FULL', notice('store.disk-failing', { path, detail: msg }));
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return codedError('DB_BUSY', notice('store.busy', { path, seconds: BUSY_TIMEOUT_MS / 1000 }));
  }
  if (code === 'SQLITE_NOTADB') {
    return codedError('NOT_A_DATABASE', notice('store.not-a-library', { path, detail: msg }));
  }
  if (code.startsWith('SQLITE_CORRUPT')) return codedError('DB_CORRUPT', notice('store.damaged', { path, detail: msg }));
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM') {
    return codedError('DB_READONLY', notice('store.read-only', { path, detail: msg }));
  }
  return e;
}

/** Imports running on each connection, for `withWriteCache`. */
const writers = new WeakMap<WriteDb, number>();

/** True while a large write (`withWriteCache`) runs on the connection: background upkeep waits for it. */
export function isWriting(db: WriteDb): boolean {
  return (writers.get(db) ?? 0) > 0;
}

/**
 * Runs a large write (an import, a catch-up) with a bigger page cache: a library has several
 * indexes (full text, bands, timeline) that grow together, and a cache that holds their hot
 * pages makes inserts several times cheaper; and with fewer checkpoints
 * (`WRITE_CHECKPOINT_PAGES`). Back to `CACHE_KIB` (SQLite frees the pages over it) and
 * `WAL_CHECKPOINT_PAGES` when the last such write on the connection ends.
 */
export async function withWriteCache<T>(db: WriteDb, work: () => Promise<T>): Promise<T> {
  const n = writers.get(db) ?? 0;
  writers.set(db, n + 1);
  if (n === 0) {
    db.pragma(`cache_size = -${WRITE_CACHE_KIB}`);
    db.pragma(`wal_autocheckpoint = ${WRITE_CHECKPOINT_PAGES}`);
  }
  try {
    return await work();
  } finally {
    const left = (writers.get(db) ?? 1) - 1;
    writers.set(db, left);
    if (left === 0 && db.open) {
      db.pragma(`cache_size = -${CACHE_KIB}`);
      db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
    }
  }
}
