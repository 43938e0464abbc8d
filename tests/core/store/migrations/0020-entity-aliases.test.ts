import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { emptyLibraryAt, libraryAtVersion, schemaNames, tableRows } from '../../../support/schema';

describe('migration 0020', () => {
  it('adds the alias table, empty, with its delete trigger, and leaves every article and the rest of the schema as it was', () => {
    const db = libraryAtVersion(19);
    const articles = tableRows(db, 'articles') as { id: string }[];
    const schema = schemaNames(db);
    migrate(db, 20);
    expect(tableRows(db, 'articles')).toEqual(articles);
    expect(schemaNames(db)).toEqual([...schema, 'table entity_aliases', 'trigger entity_aliases_articles_ad'].sort());
    expect(tableRows(db, 'entity_aliases')).toEqual([]);
    // A statement is the article's: it goes with the article.
    const id = articles[0]!.id;
    db.prepare('INSERT INTO entity_aliases(article_id, name, alias) VALUES (?, ?, ?)').run(id, 'Tau Mei-lin', 'Peter Tau');
    db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    expect(tableRows(db, 'entity_aliases')).toEqual([]);
    db.close();
  });

  it('leaves an empty library at version 20', () => {
    const db = emptyLibraryAt(19);
    migrate(db, 20);
    expect(tableRows(db, 'entity_aliases')).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(20);
    db.close();
  });
});
