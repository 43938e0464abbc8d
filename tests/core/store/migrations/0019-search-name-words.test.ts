import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { emptyLibraryAt, libraryAtVersion, schemaNames, tableRows } from '../../../support/schema';

describe('migration 0019', () => {
  it('adds the name-word table, empty, and leaves every article and the rest of the schema as it was', () => {
    const db = libraryAtVersion(18);
    const articles = tableRows(db, 'articles');
    const schema = schemaNames(db);
    migrate(db, 19);
    expect(tableRows(db, 'articles')).toEqual(articles);
    expect(schemaNames(db)).toEqual([...schema, 'table search_name_words'].sort());
    expect(tableRows(db, 'search_name_words')).toEqual([]);
    // One row per skeleton and folded form: a second written form of the same fold is refused.
    const add = db.prepare('INSERT INTO search_name_words(skeleton, folded, word) VALUES (?, ?, ?)');
    add.run('dmitriv', 'dmitrijew', 'Dmitrijew');
    add.run('dmitriv', 'dmitriew', 'Dmitriew');
    expect(() => add.run('dmitriv', 'dmitriew', 'DMITRIEW')).toThrow(/UNIQUE/);
    db.close();
  });

  it('leaves an empty library at version 19', () => {
    const db = emptyLibraryAt(18);
    migrate(db, 19);
    expect(tableRows(db, 'search_name_words')).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(19);
    db.close();
  });
});
