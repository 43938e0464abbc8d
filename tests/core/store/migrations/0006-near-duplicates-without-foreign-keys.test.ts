import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { emptyLibraryAt, libraryAtVersion, schemaNames } from '../../../support/schema';

describe('migration 0006', () => {
  it('keeps near-duplicate links, drops their foreign keys and still cascades deletes', () => {
    const db = libraryAtVersion(5);
    db.prepare("INSERT INTO article_signatures VALUES ('a', x'00'), ('b', x'01')").run();
    db.prepare("INSERT INTO article_bands VALUES (0, 7, 'a'), (0, 7, 'b')").run();
    db.prepare("INSERT INTO near_duplicates VALUES ('a', 'b', 0.9)").run();
    migrate(db, 6);
    for (const t of ['article_signatures', 'article_bands', 'near_duplicates']) expect(db.pragma(`foreign_key_list(${t})`)).toEqual([]);
    expect(db.prepare('SELECT a, b, similarity FROM near_duplicates').all()).toEqual([{ a: 'a', b: 'b', similarity: 0.9 }]);
    db.prepare("DELETE FROM articles WHERE id = 'a'").run();
    expect(db.prepare('SELECT count(*) FROM near_duplicates').pluck().get()).toBe(0);
    expect(db.prepare('SELECT article_id FROM article_bands').pluck().all()).toEqual(['b']);
    expect(db.prepare('SELECT article_id FROM article_signatures').pluck().all()).toEqual(['b']);
    db.close();
  });

  it('does nothing to an empty library but rebuild its tables', () => {
    const db = emptyLibraryAt(5);
    const before = schemaNames(db);
    migrate(db, 6);
    expect(schemaNames(db)).toEqual([...before, 'trigger near_duplicates_articles_ad'].sort());
    db.close();
  });
});
