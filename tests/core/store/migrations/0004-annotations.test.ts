import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { emptyLibraryAt, libraryAtVersion, tableRows } from '../../../support/schema';

describe('migration 0004', () => {
  it('adds annotations, edited text and reading state, and keeps every article as it was', () => {
    const db = libraryAtVersion(3);
    const before = tableRows(db, 'articles') as Record<string, unknown>[];
    migrate(db, 4);
    const after = tableRows(db, 'articles') as Record<string, unknown>[];
    expect(after).toEqual(before.map((r) => ({ ...r, edited_text: null, read_progress: 0, read_at: null })));
    for (const t of ['annotations', 'annotation_tags', 'annotation_links']) expect(tableRows(db, t)).toEqual([]);
    // Annotations hold on to their article: no cascade deletes a person's work.
    db.prepare("INSERT INTO annotations(id, article_id, exact, prefix, suffix, start, end, created_at, updated_at) VALUES ('n1', 'a', 'x', '', '', 0, 1, 't', 't')").run();
    expect(() => db.prepare("DELETE FROM articles WHERE id = 'a'").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('does nothing to an empty library but add its tables and columns', () => {
    const db = emptyLibraryAt(3);
    migrate(db, 4);
    expect(tableRows(db, 'articles')).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    db.close();
  });
});
