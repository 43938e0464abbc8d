import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { emptyLibraryAt, libraryAtVersion, schemaNames } from '../../../support/schema';

describe('migration 0008', () => {
  it('keeps the compare rows, drops their foreign keys and still cascades deletes', () => {
    const db = libraryAtVersion(7);
    for (const id of ['a', 'b']) {
      db.prepare('INSERT INTO compare_pending VALUES (?)').run(id);
      db.prepare("INSERT INTO compare_docs VALUES (?, '2025-04-12', '@Witkoff treff')").run(id);
      db.prepare("INSERT INTO entity_mentions VALUES (?, 'person', 'Witkoff', 2, '[]')").run(id);
      db.prepare("INSERT INTO timeline_mentions VALUES (?, 'date', 0, 9, 'am Freitag', '2025-04-11', NULL, 0, 20, 's', 'k')").run(id);
    }
    db.prepare("INSERT INTO entity_overrides VALUES ('person', 'Witkoff', 'g1')").run();
    migrate(db, 8);
    const tables = ['compare_pending', 'compare_docs', 'entity_mentions', 'timeline_mentions'];
    for (const t of tables) expect(db.pragma(`foreign_key_list(${t})`)).toEqual([]);
    const ids = (t: string) => db.prepare(`SELECT article_id FROM ${t} ORDER BY 1`).pluck().all();
    for (const t of tables) expect(ids(t)).toEqual(['a', 'b']);
    db.prepare("DELETE FROM articles WHERE id = 'a'").run();
    for (const t of tables) expect(ids(t)).toEqual(['b']);
    expect(db.prepare('SELECT group_id FROM entity_overrides').pluck().all()).toEqual(['g1']);
    db.close();
  });

  it('does nothing to an empty library but rebuild its tables', () => {
    const db = emptyLibraryAt(7);
    const before = schemaNames(db);
    migrate(db, 8);
    expect(schemaNames(db)).toEqual([...before, 'trigger compare_articles_ad'].sort());
    db.close();
  });
});

describe('migration 0008 on a library of the release that first shipped migration 5', () => {
  it('makes the compare waiting list that release did not have, empty', async () => {
    const db = libraryAtVersion(7);
    db.exec('DROP TABLE compare_pending');
    migrate(db, 8);
    expect(db.prepare('SELECT count(*) FROM compare_pending').pluck().get()).toBe(0);
    db.close();
  });
});
