import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../../src/core/store/db';
import { LATEST_VERSION, MIGRATIONS, migrate } from '../../../src/core/store/migrations/index';
import type { WriteDb } from '../../../src/core/store/db';
import { libraryAtVersion } from '../../support/schema';
import { tempDir } from '../../support/temp';

let tmp = tempDir();
afterEach(() => {
  tmp.cleanup();
  tmp = tempDir();
});

describe('openDb', () => {
  it('creates a new library in WAL mode with foreign keys, at the latest schema', () => {
    const db = openDb(join(tmp.dir, 'new.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses a file that is not SQLite and leaves it byte for byte', () => {
    const path = join(tmp.dir, 'notes.sqlite');
    writeFileSync(path, 'my important notes');
    expect(() => openDb(path)).toThrow(/is not a Parallax library \(not a SQLite database\); it was left unchanged/);
    expect(readFileSync(path, 'utf8')).toBe('my important notes');
    expect(existsSync(path + '-wal')).toBe(false);
  });

  it('refuses a library from a newer Parallax and does not touch it', () => {
    const path = join(tmp.dir, 'future.sqlite');
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.exec('CREATE TABLE t(x)');
    raw.close();
    const before = readFileSync(path);
    try {
      openDb(path);
      throw new Error('should have thrown');
    } catch (e) {
      expect((e as { code: string }).code).toBe('DB_FROM_FUTURE');
      expect((e as Error).message).toContain(`schema ${LATEST_VERSION + 5}`);
    }
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a folder given as the library path', () => {
    expect(() => openDb(tmp.dir)).toThrow('is a folder, not a file');
  });
});

describe('migrate', () => {
  it('numbers migrations 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('does nothing on a database already at the latest version', () => {
    const db = openDb(':memory:');
    const tables = db.prepare("SELECT name FROM sqlite_master ORDER BY name").all();
    migrate(db);
    expect(db.prepare("SELECT name FROM sqlite_master ORDER BY name").all()).toEqual(tables);
    db.close();
  });

  it('0001 creates the tables and an FTS index kept in sync by triggers', () => {
    const db = new Database(':memory:') as WriteDb;
    migrate(db, 1);
    db.prepare("INSERT INTO sources(sha256,name,format,encoding,byte_size,raw,imported_at) VALUES ('h','n','text','utf-8',1,x'41','t')").run();
    db.prepare(
      "INSERT INTO articles(id,source_id,content_hash,text,title,word_count,reading_minutes,body,excerpt,extraction,extractor_version,added_at,updated_at) VALUES ('a',1,'c','t','Gespräche in Moskau',1,1,'Ukrainekrieg','e','{}',1,'t','t')",
    ).run();
    const hit = () => db.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'gesprache'").get() as { n: number };
    expect(hit().n).toBe(1);
    db.prepare("UPDATE articles SET title = 'Anderes' WHERE id = 'a'").run();
    expect(hit().n).toBe(0);
    db.close();
  });
  it('0006 keeps near-duplicate links, drops their foreign keys and still cascades deletes', () => {
    const db = libraryAtVersion(5);
    db.prepare("INSERT INTO article_signatures VALUES ('a', x'00'), ('b', x'01')").run();
    db.prepare("INSERT INTO article_bands VALUES (0, 7, 'a'), (0, 7, 'b')").run();
    db.prepare("INSERT INTO near_duplicates VALUES ('a', 'b', 0.9)").run();
    migrate(db);
    for (const t of ['article_signatures', 'article_bands', 'near_duplicates']) expect(db.pragma(`foreign_key_list(${t})`)).toEqual([]);
    expect(db.prepare('SELECT a, b, similarity FROM near_duplicates').all()).toEqual([{ a: 'a', b: 'b', similarity: 0.9 }]);
    db.prepare("DELETE FROM articles WHERE id = 'a'").run();
    expect(db.prepare('SELECT count(*) FROM near_duplicates').pluck().get()).toBe(0);
    expect(db.prepare('SELECT article_id FROM article_bands').pluck().all()).toEqual(['b']);
    expect(db.prepare('SELECT article_id FROM article_signatures').pluck().all()).toEqual(['b']);
    db.close();
  });
  it('0008 keeps the compare rows, drops their foreign keys and still cascades deletes', () => {
    const db = libraryAtVersion(7);
    for (const id of ['a', 'b']) {
      db.prepare('INSERT INTO compare_pending VALUES (?)').run(id);
      db.prepare("INSERT INTO compare_docs VALUES (?, '2025-04-12', '@Witkoff treff')").run(id);
      db.prepare("INSERT INTO entity_mentions VALUES (?, 'person', 'Witkoff', 2, '[]')").run(id);
      db.prepare("INSERT INTO timeline_mentions VALUES (?, 'date', 0, 9, 'am Freitag', '2025-04-11', NULL, 0, 20, 's', 'k')").run(id);
    }
    db.prepare("INSERT INTO entity_overrides VALUES ('person', 'Witkoff', 'g1')").run();
    migrate(db);
    const tables = ['compare_pending', 'compare_docs', 'entity_mentions', 'timeline_mentions'];
    for (const t of tables) expect(db.pragma(`foreign_key_list(${t})`)).toEqual([]);
    const ids = (t: string) => db.prepare(`SELECT article_id FROM ${t} ORDER BY 1`).pluck().all();
    for (const t of tables) expect(ids(t)).toEqual(['a', 'b']);
    db.prepare("DELETE FROM articles WHERE id = 'a'").run();
    for (const t of tables) expect(ids(t)).toEqual(['b']);
    expect(db.prepare('SELECT group_id FROM entity_overrides').pluck().all()).toEqual(['g1']);
    db.close();
  });
});
