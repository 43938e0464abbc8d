import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { codedError } from '../../shared/i18n';
import { notice } from '../../shared/api/notices';
import { openDb, type OpenOptions } from './db';
import type { RescuedTable, RescueReport } from '../../shared/api';

/**
 * The tables that hold what a person brought and made, in the order their rows can go in
 * (a row's parent first). Everything else (the search index, compare rows, groupings …) is
 * derived from these and built again when the rescued library is first opened: its
 * `derived_state` is empty.
 */
const PRIMARY_TABLES = [
  'sources',
  'articles',
  'blocks',
  'entity_aliases',
  'extraction_corrections',
  'text_conflicts',
  'annotations',
  'annotation_tags',
  'annotation_links',
  // A note being typed is a person's words too (migration 24): lost with the damaged file, it
  // would be lost for good, as the saved note is not.
  'note_drafts',
  'saved_searches',
  'entity_overrides',
  'meta',
] as const;

export type { RescuedTable, RescueReport };

/** How a rescue runs. */
export interface RescueOptions extends OpenOptions {
  /**
   * Told, after every few hundred rows and at each table's end, the rows read so far of the
   * rows its tables held as they were counted first (a table that cannot be counted counts as
   * its largest rowid, or nothing): an estimate, as damage hides rows.
   */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Copies what can still be read of a damaged library at `from` into a new library at `to`: the
 * reports with their raw files, a person's edits, annotations, tags, links, note drafts, saved searches and
 * merges of names. `from` is opened read-only and never written; `to` must not exist. Rows that
 * sit on damaged pages are skipped (a table's scan resumes past them by rowid); a row whose
 * parent was lost is refused and counted. Derived data is left out, so that the rescued library
 * builds it anew from the rescued rows when it is first opened.
 *
 * @throws ApiError `BAD_INPUT` when `to` exists; `NOT_A_DATABASE` when `from` cannot be read
 *   as SQLite at all.
 */
export function rescueLibrary(from: string, to: string, options: RescueOptions = {}): RescueReport {
  if (existsSync(to)) throw codedError('BAD_INPUT', notice('store.rescue-exists', { path: to }));
  let src: Database.Database;
  try {
    src = new Database(from, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    src.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (e) {
    throw codedError('NOT_A_DATABASE', notice('store.not-a-library', { path: from, detail: (e as Error).message }));
  }
  const dst = openDb(to, options);
  try {
    // A rescued row is checked against its parent by hand (`refused`), not left to fail the copy.
    dst.pragma('foreign_keys = OFF');
    const names = PRIMARY_TABLES.filter((t) => tableExists(src, t));
    const total = names.reduce((n, t) => n + (tryGet(src, `SELECT count(*) FROM ${t}`) ?? tryGet(src, `SELECT max(rowid) FROM ${t}`) ?? 0), 0);
    let done = 0;
    const tell = (rows: number) => {
      done += rows;
      options.onProgress?.(Math.min(done, total), total);
    };
    const tables = names.map((t) => copyTable(src, dst as unknown as Database.Database, t, tell));
    dropOrphans(dst as unknown as Database.Database, tables);
    // Every dataset is built anew from the rescued rows (the first migrations mark some built).
    dst.exec('DELETE FROM derived_state');
    dst.pragma('foreign_keys = ON');
    return { from, to, tables };
  } finally {
    dst.close();
    src.close();
  }
}

function tableExists(db: Database.Database, table: string): boolean {
  try {
    return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
  } catch {
    return false;
  }
}

/** The columns both libraries have (an older library may lack newer ones; generated columns are not listed). */
function sharedColumns(src: Database.Database, dst: Database.Database, table: string): string[] {
  const names = (db: Database.Database) => (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]);
  const there = new Set(names(dst));
  return names(src).filter((c) => there.has(c));
}

function copyTable(src: Database.Database, dst: Database.Database, table: string, tell: (rows: number) => void): RescuedTable {
  const cols = sharedColumns(src, dst, table);
  const list = cols.map((c) => `"${c}"`).join(', ');
  const insert = dst.prepare(`INSERT OR IGNORE INTO ${table} (${list}) VALUES (${cols.map(() => '?').join(', ')})`);
  const out: RescuedTable = { table, kept: 0, refused: 0, damaged: false };
  // `again`: rows read a second time (by parent, after a scan that stopped part-way); one already
  // copied is neither kept twice nor refused.
  const write = dst.transaction((rows: unknown[][], again: boolean) => {
    for (const r of rows) {
      if (insert.run(...r).changes > 0) out.kept++;
      else if (!again) out.refused++;
    }
  });
  const put = (rows: unknown[][], again = false) => {
    const before = out.kept;
    write(rows, again);
    const read = again ? out.kept - before : rows.length;
    if (read > 0) tell(read);
  };
  const hasRowid = (() => {
    try {
      src.prepare(`SELECT rowid FROM ${table} LIMIT 0`).all();
      return true;
    } catch {
      return false;
    }
  })();
  const scan = (after: number | null): { failed: boolean; last: number | null } => {
    const rows: unknown[][] = [];
    let last = after;
    try {
      const sql = hasRowid ? `SELECT rowid, ${list} FROM ${table} WHERE rowid > ? ORDER BY rowid` : `SELECT 0, ${list} FROM ${table}`;
      const stmt = src.prepare(sql).raw(true);
      for (const r of (hasRowid ? stmt.iterate(after ?? Number.MIN_SAFE_INTEGER) : stmt.iterate()) as Iterable<unknown[]>) {
        if (hasRowid) last = r[0] as number;
        rows.push(r.slice(1));
        if (rows.length >= 500) put(rows.splice(0));
      }
      return { failed: false, last };
    } catch {
      return { failed: true, last };
    } finally {
      put(rows);
    }
  };
  let { failed, last } = scan(null);
  if (failed) out.damaged = true;
  if (failed && hasRowid) {
    // Past a damaged page: a scan from a rowid on it fails at once, so the rowids after the last
    // row read are looked up one by one (a seek each) until one lands on a readable page, and
    // the scan goes on from there.
    const probe = src.prepare(`SELECT ${list} FROM ${table} WHERE rowid = ?`).raw(true);
    const max = tryGet(src, `SELECT max(rowid) FROM ${table}`);
    // Every seek starts at the table's root page: when it is the damaged one, all of them fail,
    // and a million seeks (40 s) find nothing. A few rowids far apart tell.
    if (max === null && seeksAllFail(probe)) return out;
    const bound = max ?? (last ?? 0) + MAX_PROBES;
    let k = last ?? tryGet(src, `SELECT min(rowid) FROM ${table}`) ?? 1;
    while (failed && k < bound) {
      k++;
      try {
        const row = probe.get(k) as unknown[] | undefined;
        if (row) put([row]);
      } catch {
        continue;
      }
      ({ failed, last } = scan(k));
      k = Math.max(k, last ?? k);
    }
  } else if (failed) {
    copyByParent(src, dst, table, list, (rows) => put(rows, true));
  }
  return out;
}

/** Rowids looked up one by one past damage when the table's largest rowid cannot be read. */
const MAX_PROBES = 1_000_000;

/** Rowids far apart; a seek of any of them that does not fail shows the root page readable. */
const SPREAD_ROWIDS = [1, 2, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 2 ** 31, 2 ** 53 - 1];

function seeksAllFail(probe: Database.Statement): boolean {
  for (const k of SPREAD_ROWIDS) {
    try {
      probe.get(k);
      return false;
    } catch {
      continue;
    }
  }
  return true;
}

function tryGet(db: Database.Database, sql: string): number | null {
  try {
    return (db.prepare(sql).pluck().get() as number | null) ?? null;
  } catch {
    return null;
  }
}

/** For the tables without rowids: the column that names a row's parent, and where the rescued parents are. */
const PARENTS: Record<string, [column: string, parentSql: string]> = {
  blocks: ['article_id', 'SELECT id FROM articles'],
  entity_aliases: ['article_id', 'SELECT id FROM articles'],
  annotations: ['article_id', 'SELECT id FROM articles'],
  annotation_tags: ['annotation_id', 'SELECT id FROM annotations'],
  annotation_links: ['a', 'SELECT id FROM annotations'],
  note_drafts: ['annotation_id', 'SELECT id FROM annotations'],
};

/**
 * A table without rowids whose scan met a damaged page: its rows looked up parent by parent
 * (each rescued report, each rescued annotation), so a damaged page costs only its own rows.
 */
function copyByParent(src: Database.Database, dst: Database.Database, table: string, list: string, put: (rows: unknown[][]) => void): void {
  const parent = PARENTS[table];
  if (!parent) return;
  const lookup = src.prepare(`SELECT ${list} FROM ${table} WHERE "${parent[0]}" = ?`).raw(true);
  for (const key of dst.prepare(parent[1]).pluck().all()) {
    try {
      put(lookup.all(key) as unknown[][]);
    } catch {
      // this parent's rows sit on a damaged page
    }
  }
}

/** Rows whose parent was not rescued, counted as refused and removed: the new library's references hold. */
function dropOrphans(dst: Database.Database, tables: RescuedTable[]): void {
  const orphans: [string, string][] = [
    // A damaged page can also read as rows of garbage (SQLite keeps no checksums): a report whose
    // extraction or edits are not JSON any more would stop every rebuild of the new library.
    ['articles', 'source_id NOT IN (SELECT id FROM sources) OR NOT json_valid(extraction) OR NOT json_valid(overrides)'],
    ['blocks', 'article_id NOT IN (SELECT id FROM articles) OR (data IS NOT NULL AND NOT json_valid(data))'],
    ['entity_aliases', 'article_id NOT IN (SELECT id FROM articles)'],
    ['extraction_corrections', 'article_id NOT IN (SELECT id FROM articles)'],
    ['text_conflicts', 'article_id NOT IN (SELECT id FROM articles) OR NOT json_valid(conflicts)'],
    ['annotations', 'article_id NOT IN (SELECT id FROM articles)'],
    ['annotation_tags', 'annotation_id NOT IN (SELECT id FROM annotations)'],
    ['annotation_links', 'a NOT IN (SELECT id FROM annotations) OR b NOT IN (SELECT id FROM annotations)'],
    ['note_drafts', 'annotation_id NOT IN (SELECT id FROM annotations)'],
  ];
  dst.transaction(() => {
    for (const [table, where] of orphans) {
      const t = tables.find((x) => x.table === table);
      if (!t) continue;
      const gone = dst.prepare(`DELETE FROM ${table} WHERE ${where}`).run().changes;
      t.kept -= gone;
      t.refused += gone;
    }
  })();
}
