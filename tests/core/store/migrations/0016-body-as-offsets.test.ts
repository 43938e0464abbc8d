import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { registerArticleBody } from '../../../../src/core/store/queries/article-body';
import { emptyLibraryAt, libraryAtVersion, tableRows } from '../../../support/schema';

const insert = (db: ReturnType<typeof libraryAtVersion>, id: string, text: string, body: string) =>
  db
    .prepare(
      "INSERT INTO articles(id,source_id,content_hash,text,title,word_count,reading_minutes,body,excerpt,extraction,extractor_version,added_at,updated_at) VALUES (?,1,?,?,'T',1,1,?,'e','{}',1,'t','t')",
    )
    .run(id, `c${id}`, text, body);

/** Each article's body as every reader gets it. */
const bodies = (db: ReturnType<typeof libraryAtVersion>) => {
  registerArticleBody(db);
  return db.prepare('SELECT id, article_body(body, body_at, text) AS body FROM articles ORDER BY id').all();
};

describe('migration 0016', () => {
  it('stores a body that is the whole text as offsets, and every body reads as before', () => {
    const db = libraryAtVersion(15);
    insert(db, 'whole', 'Erster Absatz 🕊 mit Taube.\n\nZweiter Absatz.', 'Erster Absatz 🕊 mit Taube.\n\nZweiter Absatz.');
    insert(db, 'part', 'Menü\nDer Absatz.\nImpressum', 'Der Absatz.');
    insert(db, 'none', 'Nur Menü', '');
    const before = db.prepare('SELECT id, body FROM articles ORDER BY id').all();
    migrate(db, 16);
    expect(bodies(db)).toEqual(before);
    const stored = db.prepare('SELECT id, body, hex(body_at) AS at FROM articles ORDER BY id').all();
    expect(stored).toContainEqual({ id: 'whole', body: '', at: '00000000FFFFFFFF' });
    expect(stored).toContainEqual({ id: 'part', body: 'Der Absatz.', at: '' });
    expect(stored).toContainEqual({ id: 'none', body: '', at: '' });
    db.close();
  });

  it('changes no other column of an article', () => {
    const db = libraryAtVersion(15);
    const articles = tableRows(db, 'articles');
    migrate(db, 16);
    expect(tableRows(db, 'articles').map((r) => ({ ...(r as object), body_at: undefined }))).toEqual(articles.map((r) => ({ ...(r as object), body_at: undefined })));
    db.close();
  });

  it('does nothing to an empty library but add the column', () => {
    const db = emptyLibraryAt(15);
    migrate(db, 16);
    expect((db.pragma('table_info(articles)') as { name: string }[]).map((c) => c.name)).toContain('body_at');
    db.close();
  });
});
