import Database from 'better-sqlite3';
import type { WriteDb } from '../../src/core/store/db';
import { migrate } from '../../src/core/store/migrations/index';

/**
 * An in-memory library at schema `version` (foreign keys on, as the app opens it) holding one
 * source and two bare articles, `a` and `b`: the starting point of a migration test.
 */
export function libraryAtVersion(version: number): WriteDb {
  const db = new Database(':memory:') as WriteDb;
  db.pragma('foreign_keys = ON');
  migrate(db, version);
  db.prepare("INSERT INTO sources(sha256,name,format,encoding,byte_size,raw,imported_at) VALUES ('h','n','text','utf-8',1,x'41','t')").run();
  const art = db.prepare(
    "INSERT INTO articles(id,source_id,content_hash,text,title,word_count,reading_minutes,body,excerpt,extraction,extractor_version,added_at,updated_at) VALUES (?,1,?,'t','T',1,1,'b','e','{}',1,'t','t')",
  );
  art.run('a', 'ca');
  art.run('b', 'cb');
  return db;
}
