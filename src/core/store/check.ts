import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { OpenOptions } from './db';

/**
 * What a check of the library file found: nothing wrong (as far as it read), or damage, with
 * SQLite's words (or the check's own) and which stage found it.
 */
export type CheckResult = { ok: true; stage: 'quick' | 'full' } | { ok: false; stage: 'quick' | 'full'; detail: string };

/**
 * Checks a library file for damage on a read-only connection of its own (never writing it), in
 * two stages, so that the damage shows before a person writes to the library rather than only
 * once a call meets it:
 *
 * 1. **quick** (milliseconds at 100k reports): the file's header (SQLite's mark, a page size
 *    that is a power of two, a file no shorter than the pages its header counts — a truncated
 *    copy), the schema, and the first and last row of every table (each table's root page and
 *    the leaves at its two ends, where a damaged root or a cut-off end shows).
 * 2. **full**: `PRAGMA quick_check`, every page of every table and index (2.8–3.7 s at 10k
 *    reports, 35 s at 100k, load 13–16): what a page overwritten in the middle of a table
 *    needs. `full: false` stops after the first stage.
 *
 * The quick stage's answer is given to `onQuick` before the full one begins.
 */
export function checkLibraryFile(path: string, options: OpenOptions & { full?: boolean; onQuick?: (r: CheckResult) => void } = {}): CheckResult {
  const header = checkHeader(path);
  if (header) return { ok: false, stage: 'quick', detail: header };
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  } catch (e) {
    return { ok: false, stage: 'quick', detail: (e as Error).message };
  }
  try {
    const quick = quickStage(db);
    options.onQuick?.(quick);
    if (!quick.ok || options.full === false) return quick;
    const rows = db.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    const problems = rows.map((r) => r.quick_check).filter((s) => s !== 'ok');
    return problems.length === 0 ? { ok: true, stage: 'full' } : { ok: false, stage: 'full', detail: problems.slice(0, 3).join('; ') };
  } catch (e) {
    return { ok: false, stage: 'full', detail: (e as Error).message };
  } finally {
    db.close();
  }
}

/** SQLite's first 16 bytes. */
const MAGIC = 'SQLite format 3\u0000';

/** What is wrong with the file's header, or null. */
function checkHeader(path: string): string | null {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(100);
    const n = readSync(fd, head, 0, 100, 0);
    const size = fstatSync(fd).size;
    // An empty file is a new library SQLite has not written yet: nothing to check.
    if (n === 0) return null;
    if (n < 100 || head.toString('latin1', 0, 16) !== MAGIC) return 'the file does not begin as a SQLite database';
    const raw = head.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return `page size ${raw} in the header`;
    // The header's count of pages is valid only when the change counter matches its mark (every
    // SQLite since 3.7.0 keeps it so); the file must hold at least those pages.
    const pages = head.readUInt32BE(28);
    const valid = head.readUInt32BE(24) === head.readUInt32BE(92);
    if (valid && pages > 0 && size < pages * pageSize) return `the file is ${size} bytes, its header counts ${pages} pages of ${pageSize}: it was cut short`;
    return null;
  } catch (e) {
    return (e as Error).message;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function quickStage(db: Database.Database): CheckResult {
  try {
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'").all() as { name: string; sql: string }[];
    for (const { name, sql } of tables) {
      const t = `"${name.replace(/"/g, '""')}"`;
      if (/WITHOUT\s+ROWID/i.test(sql)) db.prepare(`SELECT * FROM ${t} LIMIT 1`).all();
      else {
        db.prepare(`SELECT * FROM ${t} ORDER BY rowid LIMIT 1`).all();
        db.prepare(`SELECT * FROM ${t} ORDER BY rowid DESC LIMIT 1`).all();
      }
    }
    return { ok: true, stage: 'quick' };
  } catch (e) {
    return { ok: false, stage: 'quick', detail: (e as Error).message };
  }
}
