import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import type { WriteDb } from '../../../../src/core/store/db';
import { libraryAtVersion } from '../../../support/schema';

const version = (db: WriteDb) => (db.prepare('SELECT version FROM list_changes').get() as { version: number }).version;

describe('migration 0012', () => {
  it('keeps every article, adds the list keys and indexes, and counts changes that move a row', () => {
    const db = libraryAtVersion(11);
    db.prepare("UPDATE articles SET published = '2025-04-12' WHERE id = 'a'").run();
    const before = db.prepare('SELECT id, title, published, added_at FROM articles ORDER BY id').all();
    migrate(db);
    expect(db.prepare('SELECT id, title, published, added_at FROM articles ORDER BY id').all()).toEqual(before);
    expect(db.prepare('SELECT id, list_date_desc, list_date_asc, list_title FROM articles ORDER BY id').all()).toEqual([
      { id: 'a', list_date_desc: '2025-04-12', list_date_asc: '2025-04-12', list_title: 'T' },
      { id: 'b', list_date_desc: '', list_date_asc: '~', list_title: 'T' },
    ]);
    const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'articles_list_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toEqual(['articles_list_added', 'articles_list_date_asc', 'articles_list_date_desc', 'articles_list_title']);
    expect(version(db)).toBe(0);
    db.prepare("UPDATE articles SET read_progress = 0.5 WHERE id = 'a'").run();
    expect(version(db)).toBe(0);
    db.prepare("UPDATE articles SET title = 'U' WHERE id = 'a'").run();
    expect(version(db)).toBe(1);
    db.prepare("INSERT INTO twin_copies(article_id, head_id) VALUES ('b', 'a')").run();
    expect(version(db)).toBe(2);
    db.prepare("DELETE FROM articles WHERE id = 'a'").run();
    expect(db.prepare('SELECT count(*) AS n FROM twin_copies').get()).toEqual({ n: 0 });
    db.close();
  });

  it('does nothing to an empty library but add its tables', () => {
    const db = new Database(':memory:') as WriteDb;
    migrate(db, 11);
    migrate(db, 12);
    expect(db.prepare('SELECT count(*) AS n FROM twin_copies').get()).toEqual({ n: 0 });
    expect(version(db)).toBe(0);
    expect(db.pragma('user_version', { simple: true })).toBe(12);
    db.close();
  });
});
