import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { emptyLibraryAt, libraryAtVersion, schemaNames, tableRows } from '../../../support/schema';

const ftsSql = (db: ReturnType<typeof emptyLibraryAt>) => db.prepare("SELECT sql FROM sqlite_master WHERE name = 'search_fts'").pluck().get() as string;

describe('migration 0021', () => {
  it('makes the article index again with a 4-letter prefix index, empty, marks it for a rebuild, and leaves the rest as it was', () => {
    const db = libraryAtVersion(20);
    db.prepare("INSERT INTO search_fts(rowid, title, head, body, heads) VALUES (1, 'versuch', '', 'gesprach', '')").run();
    db.prepare("INSERT INTO derived_state(name, version, done_up_to) VALUES ('search-index', 4, NULL)").run();
    const others = (tableRows(db, 'derived_state') as { name: string }[]).filter((r) => r.name !== 'search-index');
    const articles = tableRows(db, 'articles');
    const schema = schemaNames(db);
    expect(ftsSql(db)).not.toMatch(/prefix/);
    migrate(db, 21);
    expect(tableRows(db, 'articles')).toEqual(articles);
    expect(schemaNames(db)).toEqual(schema);
    expect(ftsSql(db)).toMatch(/prefix='4'/);
    // The old rows are gone with the table: the search index is rebuilt on the next open.
    expect(db.prepare('SELECT count(*) FROM search_fts').pluck().get()).toBe(0);
    expect(tableRows(db, 'derived_state')).toEqual(others);
    // What the index answers is unchanged: a 4-letter prefix (through the prefix index), other
    // lengths, a column filter, and the vocabulary view over the new table.
    db.prepare("INSERT INTO search_fts(rowid, title, head, body, heads) VALUES (1, 'versuch', '', 'gesprach verse', ''), (2, 'verhandlung', '', 'vers', '')").run();
    const match = (q: string) => db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid').pluck().all(q);
    expect(match('"vers" *')).toEqual([1, 2]);
    expect(match('"versu" *')).toEqual([1]);
    expect(match('"ver" *')).toEqual([1, 2]);
    expect(match('{title} : "vers" *')).toEqual([1]);
    expect(db.prepare("SELECT doc FROM search_vocab WHERE term = 'vers'").pluck().get()).toBe(1);
    db.close();
  });

  it('leaves an empty library at version 21', () => {
    const db = emptyLibraryAt(20);
    const state = tableRows(db, 'derived_state');
    migrate(db, 21);
    expect(tableRows(db, 'derived_state')).toEqual(state);
    expect(db.pragma('user_version', { simple: true })).toBe(21);
    db.close();
  });
});
