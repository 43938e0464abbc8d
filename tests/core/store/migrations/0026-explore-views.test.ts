import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { emptyLibraryAt, libraryAtVersion, schemaNames, tableRows } from '../../../support/schema';

describe('migration 0026', () => {
  it('adds the stored views, none stored and their counter at 0, and keeps every report of a version 25 library', () => {
    const db = libraryAtVersion(25);
    db.prepare("INSERT INTO trashed_articles(article_id, trashed_at) VALUES ('b', 't')").run();
    const tables = ['articles', 'sources', 'annotations', 'trashed_articles', 'entity_mentions', 'timeline_mentions', 'compare_docs'];
    const before = tables.map((t) => tableRows(db, t));
    const schema = schemaNames(db);
    migrate(db, 26);
    expect(tables.map((t) => tableRows(db, t))).toEqual(before);
    expect(schemaNames(db)).toEqual([...schema, 'table explore_views', 'table explore_views_state'].sort());
    expect(tableRows(db, 'explore_views')).toEqual([]);
    expect(db.prepare('SELECT id, changes FROM explore_views_state').all()).toEqual([{ id: 1, changes: 0 }]);
  });

  it('holds one counter row only, and one stored view per name', () => {
    const db = libraryAtVersion(25);
    migrate(db, 26);
    expect(() => db.prepare('INSERT INTO explore_views_state(id, changes) VALUES (2, 0)').run()).toThrow();
    db.prepare("INSERT INTO explore_views(view, version, stamp, body) VALUES ('timeline', 2, 0, '[]')").run();
    db.prepare("INSERT OR REPLACE INTO explore_views(view, version, stamp, body) VALUES ('timeline', 2, 1, '{}')").run();
    expect(tableRows(db, 'explore_views')).toEqual([{ view: 'timeline', version: 2, stamp: 1, body: '{}' }]);
  });

  it('leaves an empty library at version 26', () => {
    const db = emptyLibraryAt(25);
    migrate(db, 26);
    expect(tableRows(db, 'explore_views')).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(26);
  });
});
