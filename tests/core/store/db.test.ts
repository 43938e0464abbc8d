import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, withWriteCache } from '../../../src/core/store/db';
import { LATEST_VERSION, MIGRATIONS, migrate } from '../../../src/core/store/migrations/index';
import { tempDir } from '../../support/temp';

let tmp = tempDir();
afterEach(() => {
  tmp.cleanup();
  tmp = tempDir();
});

describe('openDb', () => {
  it('creates a new library in WAL mode with foreign keys, at the latest schema', () => {
    const db = openDb(join(tmp.dir, 'new.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses a file that is not SQLite and leaves it byte for byte', () => {
    const path = join(tmp.dir, 'notes.sqlite');
    writeFileSync(path, 'my important notes');
    expect(() => openDb(path)).toThrow(/is not a Parallax library \(not a SQLite database\); it was left unchanged/);
    expect(readFileSync(path, 'utf8')).toBe('my important notes');
    expect(existsSync(path + '-wal')).toBe(false);
  });

  it('refuses a library from a newer Parallax and does not touch it', () => {
    const path = join(tmp.dir, 'future.sqlite');
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.exec('CREATE TABLE t(x)');
    raw.close();
    const before = readFileSync(path);
    try {
      openDb(path);
      throw new Error('should have thrown');
    } catch (e) {
      expect((e as { code: string }).code).toBe('DB_FROM_FUTURE');
      expect((e as Error).message).toContain(`schema ${LATEST_VERSION + 5}`);
    }
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a folder given as the library path', () => {
    expect(() => openDb(tmp.dir)).toThrow('is a folder, not a file');
  });
});

describe('migrate', () => {
  it('numbers migrations 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('does nothing on a database already at the latest version', () => {
    const db = openDb(':memory:');
    const tables = db.prepare("SELECT name FROM sqlite_master ORDER BY name").all();
    migrate(db);
    expect(db.prepare("SELECT name FROM sqlite_master ORDER BY name").all()).toEqual(tables);
    db.close();
  });
});

describe('withWriteCache', () => {
  it('checkpoints less often during a large write, and as before once the last one ends', async () => {
    const db = openDb(join(tmp.dir, 'bulk.sqlite'));
    const interval = () => db.pragma('wal_autocheckpoint', { simple: true }) as number;
    const cache = () => db.pragma('cache_size', { simple: true }) as number;
    const [idle, idleCache] = [interval(), cache()];
    let inner = 0;
    await withWriteCache(db, async () => {
      expect(interval()).toBeGreaterThan(idle);
      expect(cache()).toBeLessThan(idleCache);
      // Two writes overlapping: the first to end leaves the second its settings.
      await withWriteCache(db, async () => {
        inner = interval();
      });
      expect(interval()).toBe(inner);
    });
    expect(interval()).toBe(idle);
    expect(cache()).toBe(idleCache);
    db.close();
  });
});
