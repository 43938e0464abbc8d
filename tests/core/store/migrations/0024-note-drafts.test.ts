import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { libraryAtVersion, schemaNames, tableRows } from '../../../support/schema';

describe('migration 0024', () => {
  it('adds note drafts, empty, and keeps every annotation of a version 23 library', () => {
    const db = libraryAtVersion(23);
    db.prepare("INSERT INTO annotations(id, article_id, color, note, exact, prefix, suffix, start, end, created_at, updated_at) VALUES ('n1', 'a', 'yellow', 'Notiz', 't', '', '', 0, 1, 't', 't')").run();
    const before = ['articles', 'annotations'].map((t) => tableRows(db, t));
    const schema = schemaNames(db);
    migrate(db, 24);
    expect(['articles', 'annotations'].map((t) => tableRows(db, t))).toEqual(before);
    expect(schemaNames(db)).toEqual([...schema, 'table note_drafts'].sort());
    expect(tableRows(db, 'note_drafts')).toEqual([]);
  });

  it('a purged report takes its annotations’ drafts with them', () => {
    const db = libraryAtVersion(23);
    migrate(db, 24);
    db.pragma('foreign_keys = ON');
    db.prepare("INSERT INTO annotations(id, article_id, color, note, exact, prefix, suffix, start, end, created_at, updated_at) VALUES ('n1', 'a', 'yellow', null, 't', '', '', 0, 1, 't', 't')").run();
    db.prepare("INSERT INTO note_drafts(annotation_id, text, based_on, saved_at) VALUES ('n1', 'halb', null, 't')").run();
    db.prepare("DELETE FROM annotations WHERE article_id = 'a'").run();
    expect(tableRows(db, 'note_drafts')).toEqual([]);
  });
});
