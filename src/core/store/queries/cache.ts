import type Database from 'better-sqlite3';
import { registerArticleBody } from './article-body';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * Prepares `sql` once per connection and returns the cached statement afterwards. Preparing
 * costs far more than running a small statement, and a statement belongs to its connection.
 */
export function stmt(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    // The SQL functions the queries use, on a connection not opened by `openDb` (tests, benches).
    registerArticleBody(db);
    cache = new Map();
    caches.set(db, cache);
  }
  let s = cache.get(sql);
  if (!s) {
    s = db.prepare(sql);
    cache.set(sql, s);
  }
  return s;
}
