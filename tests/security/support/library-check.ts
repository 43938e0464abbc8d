import Database from 'better-sqlite3';

/** What a library file holds, read read-only: enough to tell whole from half-written. */
export interface LibraryState {
  integrity: string;
  articles: number;
  sources: number;
  /** Rows of the search index's per-article table and of its full-text table. */
  searchDocs: number;
  searchFts: number;
  /** Articles whose search row is missing, and search rows whose article is gone. */
  unindexed: number;
  orphanedIndex: number;
  /** Content hashes held by more than one article (a duplicate written twice). */
  duplicateContent: number;
}

/** Opens `path` read-only and checks it. */
export function checkLibrary(path: string): LibraryState {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      integrity: String(db.pragma('integrity_check', { simple: true })),
      articles: n('SELECT count(*) AS n FROM articles'),
      sources: n('SELECT count(*) AS n FROM sources'),
      searchDocs: n('SELECT count(*) AS n FROM search_docs'),
      searchFts: n('SELECT count(*) AS n FROM search_fts'),
      unindexed: n('SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.doc = a.rowid)'),
      orphanedIndex: n('SELECT count(*) AS n FROM search_docs d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.rowid = d.doc)'),
      duplicateContent: n('SELECT count(*) AS n FROM (SELECT content_hash FROM articles GROUP BY content_hash HAVING count(*) > 1)'),
    };
  } finally {
    db.close();
  }
}
