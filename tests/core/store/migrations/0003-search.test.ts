import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { ensureDerived } from '../../../../src/core/derived/rebuild';
import { getDerivedState } from '../../../../src/core/store/queries/derived-state';
import { SEARCH_INDEX_VERSION } from '../../../../src/core/derived/search-index';
import { emptyLibraryAt, libraryAtVersion, tableRows } from '../../../support/schema';

describe('migration 0003', () => {
  it('replaces the first full-text table with the search tables and keeps every article; the next open indexes them', () => {
    const db = libraryAtVersion(2);
    const articles = tableRows(db, 'articles');
    migrate(db, 3);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'articles_fts'").get()).toBeUndefined();
    expect(tableRows(db, 'articles')).toEqual(articles);
    // SQL only: the rows are derived data, built on the next open (core/derived).
    expect(tableRows(db, 'search_docs')).toEqual([]);
    migrate(db);
    ensureDerived(db);
    expect(db.prepare('SELECT article_id FROM search_docs ORDER BY 1').pluck().all()).toEqual(['a', 'b']);
    expect(getDerivedState(db, 'search-index')).toEqual({ version: SEARCH_INDEX_VERSION, doneUpTo: null });
    db.close();
  });

  it('does nothing to an empty library but make its tables', () => {
    const db = emptyLibraryAt(2);
    migrate(db, 3);
    for (const t of ['search_docs', 'search_tags', 'search_changes', 'search_snapshots', 'saved_searches']) expect(tableRows(db, t)).toEqual([]);
    db.close();
  });
});
