import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import type { WriteDb } from '../../../../src/core/store/db';
import { libraryAtVersion } from '../../../support/schema';
import { nameStats } from '../../../../src/core/store/queries/entities';

describe('migration 0007', () => {
  it('puts the mention count in the name index, keeps the rows, and the name counts read the index alone', () => {
    const db = libraryAtVersion(6);
    const ins = db.prepare('INSERT INTO entity_mentions(article_id, kind, name, count, mentions) VALUES (?, ?, ?, ?, ?)');
    ins.run('a', 'person', 'Steve Witkoff', 3, '[]');
    ins.run('b', 'person', 'Steve Witkoff', 1, '[]');
    ins.run('b', 'place', 'Moskau', 2, '[]');
    const rows = db.prepare('SELECT * FROM entity_mentions ORDER BY article_id, kind, name').all();
    migrate(db, 7);
    expect(db.prepare('SELECT * FROM entity_mentions ORDER BY article_id, kind, name').all()).toEqual(rows);
    expect((db.pragma('index_info(entity_mentions_name)') as { name: string }[]).map((c) => c.name)).toEqual(['kind', 'name', 'count']);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT kind, name, sum(count) AS count, count(*) AS articles FROM entity_mentions GROUP BY kind, name').all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/COVERING INDEX entity_mentions_name/);
    expect(nameStats(db).sort((x, y) => x.name.localeCompare(y.name))).toEqual([
      { kind: 'place', name: 'Moskau', count: 2, articles: 1 },
      { kind: 'person', name: 'Steve Witkoff', count: 4, articles: 2 },
    ]);
    db.close();
  });

  it('does nothing to an empty library but the index', () => {
    const db = new Database(':memory:') as WriteDb;
    migrate(db, 6);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    migrate(db, 7);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all()).toEqual(tables);
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    db.close();
  });
});
