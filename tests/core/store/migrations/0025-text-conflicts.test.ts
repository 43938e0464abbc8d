import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { emptyLibraryAt, libraryAtVersion, schemaNames, tableRows } from '../../../support/schema';

describe('migration 0025', () => {
  it('adds the text conflicts, empty, and keeps every report, annotation and edit of a version 24 library', () => {
    const db = libraryAtVersion(24);
    db.prepare("UPDATE articles SET edited_text = 'Mein Text' WHERE id = 'a'").run();
    db.prepare("INSERT INTO extraction_corrections(article_id, start_offset, updated_at) VALUES ('b', 0, 't')").run();
    const tables = ['articles', 'sources', 'annotations', 'extraction_corrections', 'trashed_articles'];
    const before = tables.map((t) => tableRows(db, t));
    const schema = schemaNames(db);
    migrate(db, 25);
    expect(tables.map((t) => tableRows(db, t))).toEqual(before);
    expect(schemaNames(db)).toEqual([...schema, 'table text_conflicts', 'trigger text_conflicts_ad'].sort());
    expect(tableRows(db, 'text_conflicts')).toEqual([]);
  });

  it('takes a report\'s conflicts with it when the report is purged', () => {
    const db = libraryAtVersion(24);
    migrate(db, 25);
    db.prepare("INSERT INTO text_conflicts(article_id, conflicts, updated_at) VALUES ('a', '[]', 't'), ('b', '[]', 't')").run();
    db.prepare("DELETE FROM articles WHERE id = 'b'").run();
    expect(tableRows(db, 'text_conflicts').map((r) => (r as { article_id: string }).article_id)).toEqual(['a']);
  });

  it('leaves an empty library at version 25', () => {
    const db = emptyLibraryAt(24);
    migrate(db, 25);
    expect(tableRows(db, 'text_conflicts')).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(25);
  });
});
