import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { emptyLibraryAt, libraryAtVersion, tableRows } from '../../../support/schema';

describe('migration 0013', () => {
  it('adds empty site-template tables and keeps every article', () => {
    const db = libraryAtVersion(12);
    const articles = tableRows(db, 'articles');
    migrate(db, 13);
    for (const t of ['site_pages', 'site_lines', 'site_template_state']) expect(tableRows(db, t)).toEqual([]);
    expect(tableRows(db, 'articles')).toEqual(articles);
    db.close();
  });

  it("takes a deleted article's lines out of its site's counts, and nothing of another site", () => {
    const db = libraryAtVersion(12);
    migrate(db, 13);
    const [a, b] = db.prepare('SELECT id FROM articles ORDER BY id LIMIT 2').pluck().all() as string[];
    db.prepare("INSERT INTO site_pages VALUES (?, 'x.org', '[1,2]', '[2]'), (?, 'x.org', '[1]', '[]')").run(a, b);
    db.prepare("INSERT INTO site_lines VALUES ('x.org', 1, 2, 0), ('x.org', 2, 1, 1), ('y.org', 1, 5, 0)").run();
    db.prepare('DELETE FROM articles WHERE id = ?').run(a);
    expect(db.prepare('SELECT * FROM site_lines ORDER BY site, line').all()).toEqual([
      { site: 'x.org', line: 1, pages: 1, outside: 0 },
      { site: 'y.org', line: 1, pages: 5, outside: 0 },
    ]);
    expect(db.prepare('SELECT article_id FROM site_pages').pluck().all()).toEqual([b]);
    db.close();
  });

  it('does nothing to an empty library but add the tables', () => {
    const db = emptyLibraryAt(12);
    migrate(db, 13);
    expect(tableRows(db, 'site_lines')).toEqual([]);
    db.close();
  });
});
