import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { emptyLibraryAt, libraryAtVersion, schemaNames, tableRows } from '../../../support/schema';

describe('migration 0023', () => {
  it('adds the trash, empty, and keeps every report, annotation and edit of a version 22 library', () => {
    const db = libraryAtVersion(22);
    db.prepare("UPDATE articles SET overrides = '{\"title\":\"Mein Titel\"}' WHERE id = 'a'").run();
    db.prepare("INSERT INTO annotations(id, article_id, color, note, exact, prefix, suffix, start, end, created_at, updated_at) VALUES ('n1', 'a', 'yellow', 'Notiz', 't', '', '', 0, 1, 't', 't')").run();
    db.prepare("INSERT INTO extraction_corrections(article_id, start_offset, updated_at) VALUES ('b', 0, 't')").run();
    const before = ['articles', 'sources', 'annotations', 'extraction_corrections'].map((t) => tableRows(db, t));
    const schema = schemaNames(db);
    migrate(db, 23);
    expect(['articles', 'sources', 'annotations', 'extraction_corrections'].map((t) => tableRows(db, t))).toEqual(before);
    expect(schemaNames(db)).toEqual([...schema, 'table trashed_articles', 'trigger list_trash_ad', 'trigger list_trash_ai', 'trigger trashed_articles_ad'].sort());
    expect(tableRows(db, 'trashed_articles')).toEqual([]);
  });

  it('moves the list version on trash and restore, and a purged report leaves the trash', () => {
    const db = libraryAtVersion(22);
    migrate(db, 23);
    const version = (): number => db.prepare('SELECT version FROM list_changes').pluck().get() as number;
    const v0 = version();
    db.prepare("INSERT INTO trashed_articles(article_id, trashed_at) VALUES ('a', 't')").run();
    expect(version()).toBeGreaterThan(v0);
    const v1 = version();
    db.prepare("DELETE FROM trashed_articles WHERE article_id = 'a'").run();
    expect(version()).toBeGreaterThan(v1);
    db.prepare("INSERT INTO trashed_articles(article_id, trashed_at) VALUES ('b', 't')").run();
    db.prepare("DELETE FROM articles WHERE id = 'b'").run();
    expect(tableRows(db, 'trashed_articles')).toEqual([]);
  });

  it('leaves an empty library at version 23', () => {
    const db = emptyLibraryAt(22);
    migrate(db, 23);
    expect(tableRows(db, 'trashed_articles')).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(23);
  });
});
