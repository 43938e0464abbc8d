import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { emptyLibraryAt, libraryAtVersion, schemaNames, tableRows } from '../../../support/schema';

const ftsSql = (db: ReturnType<typeof emptyLibraryAt>) => db.prepare("SELECT sql FROM sqlite_master WHERE name = 'search_fts'").pluck().get() as string;

describe('migration 0022', () => {
  it('makes the article index again with a captions column, empty, marks it for a rebuild, and leaves the rest as it was', () => {
    const db = libraryAtVersion(21);
    db.prepare("INSERT INTO search_fts(rowid, title, head, body, heads) VALUES (1, 'versuch', '', 'gesprach', '')").run();
    db.prepare("INSERT INTO derived_state(name, version, done_up_to) VALUES ('search-index', 5, NULL)").run();
    const others = (tableRows(db, 'derived_state') as { name: string }[]).filter((r) => r.name !== 'search-index');
    const articles = tableRows(db, 'articles');
    const schema = schemaNames(db);
    expect(ftsSql(db)).not.toMatch(/captions/);
    migrate(db, 22);
    expect(tableRows(db, 'articles')).toEqual(articles);
    expect(schemaNames(db)).toEqual(schema);
    expect(ftsSql(db)).toMatch(/heads, captions/);
    expect(ftsSql(db)).toMatch(/prefix='4'/);
    expect(db.prepare('SELECT count(*) FROM search_fts').pluck().get()).toBe(0);
    expect(tableRows(db, 'derived_state')).toEqual(others);
    // A caption's word is found, alone or with the body's, not by a filter on the text's columns.
    db.prepare("INSERT INTO search_fts(rowid, title, head, body, heads, captions) VALUES (1, 'versuch', '', 'gesprach', '', 'quellmoor rathaus'), (2, 'haushalt', '', 'quellmoor', '', '')").run();
    const match = (q: string) => db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid').pluck().all(q);
    expect(match('"quellmoor"')).toEqual([1, 2]);
    expect(match('"rathaus" AND "gesprach"')).toEqual([1]);
    expect(match('{title head body} : "quellmoor"')).toEqual([2]);
    expect(db.prepare("SELECT doc FROM search_vocab WHERE term = 'rathaus'").pluck().get()).toBe(1);
    db.close();
  });

  it('leaves an empty library at version 22', () => {
    const db = emptyLibraryAt(21);
    const state = tableRows(db, 'derived_state');
    migrate(db, 22);
    expect(tableRows(db, 'derived_state')).toEqual(state);
    expect(db.pragma('user_version', { simple: true })).toBe(22);
    db.close();
  });
});
