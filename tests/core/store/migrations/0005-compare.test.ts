import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { emptyLibraryAt, libraryAtVersion, tableRows } from '../../../support/schema';

describe('migration 0005', () => {
  it('adds the compare tables and queues every article there for the compare catch-up', () => {
    const db = libraryAtVersion(4);
    const articles = tableRows(db, 'articles');
    migrate(db, 5);
    expect(tableRows(db, 'articles')).toEqual(articles);
    expect(tableRows(db, 'compare_pending')).toEqual([{ article_id: 'a' }, { article_id: 'b' }]);
    for (const t of ['compare_docs', 'entity_mentions', 'entity_overrides', 'timeline_mentions']) expect(tableRows(db, t)).toEqual([]);
    db.close();
  });

  it('does nothing to an empty library but add its tables', () => {
    const db = emptyLibraryAt(4);
    migrate(db, 5);
    expect(tableRows(db, 'compare_pending')).toEqual([]);
    db.close();
  });
});
