import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { emptyLibraryAt, libraryAtVersion, tableRows } from '../../../support/schema';

describe('migration 0002', () => {
  it('adds the near-duplicate tables, empty, and keeps every article', () => {
    const db = libraryAtVersion(1);
    const articles = tableRows(db, 'articles');
    migrate(db, 2);
    expect(tableRows(db, 'articles')).toEqual(articles);
    for (const t of ['article_signatures', 'article_bands', 'near_duplicates']) expect(tableRows(db, t)).toEqual([]);
    db.prepare("INSERT INTO near_duplicates VALUES ('a', 'b', 0.9)").run();
    expect(() => db.prepare("INSERT INTO near_duplicates VALUES ('b', 'a', 0.9)").run()).toThrow(/CHECK/);
    db.close();
  });

  it('does nothing to an empty library but add its tables', () => {
    const db = emptyLibraryAt(1);
    migrate(db, 2);
    expect(tableRows(db, 'articles')).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
  });
});
