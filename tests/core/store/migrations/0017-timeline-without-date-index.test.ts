import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { emptyLibraryAt, libraryAtVersion, tableRows } from '../../../support/schema';

type Db = ReturnType<typeof libraryAtVersion>;
const indexes = (db: Db) => db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'timeline_mentions'").pluck().all();
const row = (db: Db, id: string, start: number, date: string | null) =>
  db
    .prepare("INSERT INTO timeline_mentions(article_id, kind, start, end, text, date, end_date, sentence_start, sentence_end, sentence, keys) VALUES (?, 'date', ?, ?, 'am 8. Mai', ?, NULL, 0, 20, 'Am 8. Mai geschah es.', 'k')")
    .run(id, start, start + 9, date);

describe('migration 0017', () => {
  it('drops the timeline date index and keeps every timeline row, read by article as before', () => {
    const db = libraryAtVersion(16);
    row(db, 'a', 0, '2024-05-08');
    row(db, 'a', 30, null);
    row(db, 'b', 5, '2023-01-02');
    const before = tableRows(db, 'timeline_mentions');
    expect(indexes(db)).toContain('timeline_mentions_date');
    migrate(db, 17);
    expect(indexes(db)).not.toContain('timeline_mentions_date');
    expect(tableRows(db, 'timeline_mentions')).toEqual(before);
    expect(db.prepare("SELECT start FROM timeline_mentions WHERE article_id = 'a' ORDER BY start").pluck().all()).toEqual([0, 30]);
    db.close();
  });

  it('leaves an empty library with its timeline table', () => {
    const db = emptyLibraryAt(16);
    migrate(db, 17);
    expect(tableRows(db, 'timeline_mentions')).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(17);
    db.close();
  });
});
