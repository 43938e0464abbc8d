import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { CompareRowsOut, compareRowCells } from '../../../../src/core/store/queries/compare-writes';
import { emptyLibraryAt, libraryAtVersion, tableRows } from '../../../support/schema';

type Db = ReturnType<typeof libraryAtVersion>;
const changes = (db: Db) => db.prepare('SELECT changes FROM name_spellings_state').pluck().get() as number;
const triggers = (db: Db) => db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'entity_mentions' ORDER BY name").pluck().all();
const mention = (kind: 'person' | 'place', name: string, start: number) => ({ kind, name, start, end: start + name.length, sentenceStart: 0, sentenceEnd: 80 });

describe('migration 0018', () => {
  it("drops the person-added trigger, keeps the name rows and the count, and the writer counts new people's names per flush", () => {
    const db = libraryAtVersion(17);
    const id = db.prepare('SELECT id FROM articles LIMIT 1').pluck().get() as string;
    db.prepare("INSERT INTO entity_mentions(article_id, kind, name, count, mentions) VALUES (?, 'person', 'Zed Zzyzx', 1, '[[0,9,0,80]]')").run(id);
    const before = { rows: tableRows(db, 'entity_mentions'), count: changes(db) };
    migrate(db, 18);
    expect(triggers(db)).toEqual(['name_spellings_person_removed', 'name_spellings_person_renamed']);
    expect(tableRows(db, 'entity_mentions')).toEqual(before.rows);
    expect(changes(db)).toBe(before.count);
    // Two people and a place written: two changes, as the trigger counted them.
    const out = new CompareRowsOut(db);
    out.add(id, compareRowCells([mention('person', 'Anna Muster', 3), mention('place', 'Wien', 20), mention('person', 'Karl Beispiel', 40), mention('person', 'Anna Muster', 60)], [], null, ''));
    out.flush();
    expect(changes(db)).toBe(before.count + 2);
    out.add(id, compareRowCells([mention('place', 'Graz', 5)], [], null, ''));
    out.flush();
    expect(changes(db)).toBe(before.count + 2);
    // A removed person still counts by its trigger.
    db.prepare("DELETE FROM entity_mentions WHERE name = 'Karl Beispiel'").run();
    expect(changes(db)).toBe(before.count + 3);
    db.close();
  });

  it('leaves an empty library with its count at zero', () => {
    const db = emptyLibraryAt(17);
    migrate(db, 18);
    expect(tableRows(db, 'name_spellings_state')).toEqual([{ id: 1, changes: 0, built_at: null }]);
    expect(db.pragma('user_version', { simple: true })).toBe(18);
    db.close();
  });
});
