import Database from 'better-sqlite3';
import type { WriteDb } from '../../src/core/store/db';
import { migrate } from '../../src/core/store/migrations/index';

/**
 * The helpers of a migration test, in Signal's shape (`ts/test-node/sql/helpers.node.ts`):
 * a library at version N-1, rows inserted, `migrate(db, N)`, then the rows asserted.
 */

/** An empty in-memory library at schema `version`, with foreign keys on, as the app opens it. */
export function emptyLibraryAt(version: number): WriteDb {
  const db = new Database(':memory:') as WriteDb;
  db.pragma('foreign_keys = ON');
  migrate(db, version);
  return db;
}

/**
 * An in-memory library at schema `version` holding one source and two bare articles, `a` and
 * `b`: the starting point of a migration test.
 */
export function libraryAtVersion(version: number): WriteDb {
  const db = emptyLibraryAt(version);
  db.prepare("INSERT INTO sources(sha256,name,format,encoding,byte_size,raw,imported_at) VALUES ('h','n','text','utf-8',1,x'41','t')").run();
  const art = db.prepare(
    "INSERT INTO articles(id,source_id,content_hash,text,title,word_count,reading_minutes,body,excerpt,extraction,extractor_version,added_at,updated_at) VALUES (?,1,?,'t','T',1,1,'b','e','{}',1,'t','t')",
  );
  art.run('a', 'ca');
  art.run('b', 'cb');
  return db;
}

/** Every row of `table`, ordered by all its columns, so two reads compare equal. */
export function tableRows(db: WriteDb, table: string): unknown[] {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
  const n = (db.pragma(`table_info(${table})`) as unknown[]).length;
  return db.prepare(`SELECT * FROM ${table} ORDER BY ${Array.from({ length: n }, (_, i) => i + 1).join(', ')}`).all();
}

/** The schema's objects (tables, indexes, triggers) by name. */
export function schemaNames(db: WriteDb): string[] {
  return db.prepare("SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY 1").pluck().all() as string[];
}
