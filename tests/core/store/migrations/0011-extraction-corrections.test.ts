import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { emptyLibraryAt, libraryAtVersion, tableRows } from '../../../support/schema';

describe('migration 0011', () => {
  it('adds an empty corrections table and keeps every article', () => {
    const db = libraryAtVersion(10);
    const articles = tableRows(db, 'articles');
    migrate(db, 11);
    expect(tableRows(db, 'extraction_corrections')).toEqual([]);
    expect(tableRows(db, 'articles')).toEqual(articles);
    db.close();
  });

  it('removes a correction with its article', () => {
    const db = libraryAtVersion(10);
    migrate(db, 11);
    const id = db.prepare('SELECT id FROM articles LIMIT 1').pluck().get() as string;
    db.prepare("INSERT INTO extraction_corrections VALUES (?, 10, NULL, NULL, 't')").run(id);
    db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    expect(tableRows(db, 'extraction_corrections')).toEqual([]);
    db.close();
  });

  it('does nothing to an empty library but add the table', () => {
    const db = emptyLibraryAt(10);
    migrate(db, 11);
    expect(tableRows(db, 'extraction_corrections')).toEqual([]);
    db.close();
  });
});
