import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { emptyLibraryAt, libraryAtVersion, tableRows } from '../../../support/schema';

describe('migration 0009', () => {
  it('carries over what earlier versions built: the search index version from meta, near-duplicates and compare rows as complete', () => {
    const db = libraryAtVersion(8);
    db.prepare("INSERT INTO meta(key, value) VALUES ('search_index_version', '1'), ('seeded_at', 't')").run();
    db.prepare("INSERT INTO compare_pending VALUES ('b')").run();
    const articles = tableRows(db, 'articles');
    migrate(db, 9);
    expect(tableRows(db, 'derived_state')).toEqual([
      { name: 'compare-rows', version: 1, done_up_to: null },
      { name: 'near-duplicates', version: 1, done_up_to: null },
      { name: 'search-index', version: 1, done_up_to: null },
    ]);
    expect(tableRows(db, 'meta')).toEqual([{ key: 'seeded_at', value: 't' }]);
    expect(tableRows(db, 'compare_pending')).toEqual([{ article_id: 'b' }]);
    expect(tableRows(db, 'articles')).toEqual(articles);
    db.close();
  });

  it('leaves the search index to be built when no version of it was recorded', () => {
    const db = emptyLibraryAt(8);
    migrate(db, 9);
    expect(db.prepare('SELECT name FROM derived_state ORDER BY 1').pluck().all()).toEqual(['compare-rows', 'near-duplicates']);
    db.close();
  });
});
