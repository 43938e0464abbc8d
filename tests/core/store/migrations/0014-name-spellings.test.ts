import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { emptyLibraryAt, libraryAtVersion, tableRows } from '../../../support/schema';

const changes = (db: ReturnType<typeof libraryAtVersion>) => db.prepare('SELECT changes FROM name_spellings_state').pluck().get() as number;

describe('migration 0014', () => {
  it('adds an empty spellings lookup, not built, and keeps every article', () => {
    const db = libraryAtVersion(13);
    const articles = tableRows(db, 'articles');
    migrate(db, 14);
    expect(tableRows(db, 'name_spellings')).toEqual([]);
    expect(tableRows(db, 'name_spellings_state')).toEqual([{ id: 1, changes: 0, built_at: null }]);
    expect(tableRows(db, 'articles')).toEqual(articles);
    db.close();
  });

  it("counts changes to people's names and merges, and none to places", () => {
    const db = libraryAtVersion(13);
    migrate(db, 14);
    const id = db.prepare('SELECT id FROM articles LIMIT 1').pluck().get() as string;
    const add = db.prepare("INSERT INTO entity_mentions(article_id, kind, name, count, mentions) VALUES (?, ?, ?, 1, '[]')");
    add.run(id, 'place', 'Zzyzx');
    expect(changes(db)).toBe(0);
    add.run(id, 'person', 'Zed Zzyzx');
    expect(changes(db)).toBe(1);
    db.prepare("DELETE FROM entity_mentions WHERE name = 'Zed Zzyzx'").run();
    expect(changes(db)).toBe(2);
    db.prepare("INSERT INTO entity_overrides VALUES ('person', 'Zed Zzyzx', 'g1')").run();
    db.prepare('DELETE FROM entity_overrides').run();
    expect(changes(db)).toBe(4);
    db.close();
  });

  it('does nothing to an empty library but add the tables', () => {
    const db = emptyLibraryAt(13);
    migrate(db, 14);
    expect(tableRows(db, 'name_spellings')).toEqual([]);
    db.close();
  });
});
