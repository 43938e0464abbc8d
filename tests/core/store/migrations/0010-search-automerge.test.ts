import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { emptyLibraryAt, libraryAtVersion, tableRows } from '../../../support/schema';

const automerge = (db: ReturnType<typeof emptyLibraryAt>) => db.prepare("SELECT v FROM search_fts_config WHERE k = 'automerge'").pluck().get();

describe('migration 0010', () => {
  it('sets full-text automerge to 16 where a library has the default, and keeps every article', () => {
    const db = libraryAtVersion(9);
    db.exec("INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 4)"); // FTS5's default
    const articles = tableRows(db, 'articles');
    migrate(db, 10);
    expect(automerge(db)).toBe(16);
    expect(tableRows(db, 'articles')).toEqual(articles);
    db.close();
  });

  it('does nothing where it is set already', () => {
    const db = emptyLibraryAt(9);
    const config = tableRows(db, 'search_fts_config');
    migrate(db, 10);
    expect(tableRows(db, 'search_fts_config')).toEqual(config);
    db.close();
  });
});
