import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrations/index';
import { emptyLibraryAt, libraryAtVersion, tableRows } from '../../../support/schema';

type Db = ReturnType<typeof libraryAtVersion>;
const heads = (db: Db) => db.prepare('SELECT article_id, head FROM search_docs ORDER BY doc').all();
const rowid = (db: Db, id: string) => db.prepare('SELECT rowid FROM articles WHERE id = ?').pluck().get(id) as number;
const addArticle = (db: Db, id: string) =>
  db
    .prepare("INSERT INTO articles(id,source_id,content_hash,text,title,word_count,reading_minutes,body,excerpt,extraction,extractor_version,added_at,updated_at) VALUES (?,1,?,'t','T',1,1,'b','e','{}',1,'t','t')")
    .run(id, `c${id}`);
const addDoc = (db: Db, id: string) => db.prepare('INSERT INTO search_docs(doc, article_id) VALUES (?, ?)').run(rowid(db, id), id);

describe('migration 0015', () => {
  it("gives every search doc its group's head from the twin groups, and keeps every article", () => {
    const db = libraryAtVersion(14);
    addArticle(db, 'c');
    for (const id of ['a', 'b', 'c']) addDoc(db, id);
    db.prepare("INSERT INTO twin_copies(article_id, head_id) VALUES ('b', 'a'), ('c', 'a')").run();
    const articles = tableRows(db, 'articles');
    migrate(db, 15);
    expect(heads(db)).toEqual([
      { article_id: 'a', head: null },
      { article_id: 'b', head: rowid(db, 'a') },
      { article_id: 'c', head: rowid(db, 'a') },
    ]);
    expect(tableRows(db, 'articles')).toEqual(articles);
    db.close();
  });

  it('keeps the heads in step when groups form, merge and part, and when a search doc is written again', () => {
    const db = libraryAtVersion(14);
    migrate(db, 15);
    for (const id of ['c', 'd']) addArticle(db, id);
    for (const id of ['a', 'b', 'c', 'd']) addDoc(db, id);
    const twin = db.prepare('INSERT INTO twin_copies(article_id, head_id) VALUES (?, ?) ON CONFLICT(article_id) DO UPDATE SET head_id = excluded.head_id');
    twin.run('b', 'a');
    twin.run('d', 'c');
    // c's group merges into a's.
    db.prepare("UPDATE twin_copies SET head_id = 'a' WHERE head_id = 'c'").run();
    twin.run('c', 'a');
    const a = rowid(db, 'a');
    expect(heads(db)).toEqual(['a', 'b', 'c', 'd'].map((id) => ({ article_id: id, head: id === 'a' ? null : a })));
    // A search doc written again (a rebuild) finds its group; a copy that leaves has none.
    db.prepare("DELETE FROM search_docs WHERE article_id = 'd'").run();
    addDoc(db, 'd');
    db.prepare("DELETE FROM twin_copies WHERE article_id = 'b'").run();
    expect(heads(db)).toEqual([
      { article_id: 'a', head: null },
      { article_id: 'b', head: null },
      { article_id: 'c', head: a },
      { article_id: 'd', head: a },
    ]);
    // A head deleted takes its group's rows with it (migration 12): its copies stand alone.
    db.prepare("DELETE FROM articles WHERE id = 'a'").run();
    expect(heads(db)).toEqual([
      { article_id: 'b', head: null },
      { article_id: 'c', head: null },
      { article_id: 'd', head: null },
    ]);
    db.close();
  });

  it('does nothing to an empty library but add the column', () => {
    const db = emptyLibraryAt(14);
    migrate(db, 15);
    expect(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('search_docs')).toContain('head');
    expect(tableRows(db, 'search_docs')).toEqual([]);
    db.close();
  });
});
