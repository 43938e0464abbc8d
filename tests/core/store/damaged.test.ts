import { openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../../src/core/store/db';
import { createParallaxService } from '../../../src/core/service';
import { isApiError } from '../../../src/shared/errors';
import { say } from '../../../src/shared/i18n';
import { tempDir } from '../../support/temp';

let tmp = tempDir();
afterEach(() => {
  tmp.cleanup();
  tmp = tempDir();
});

/** A library of a few reports, closed, whose `table`'s root page is then overwritten with garbage. */
async function damagedLibrary(table: string): Promise<string> {
  const path = join(tmp.dir, 'lib.sqlite');
  const db = openDb(path);
  const api = createParallaxService({ db, emit: () => {}, host: 'cli', libraryPath: path, version: '0' });
  for (let i = 0; i < 3; i++) await api.ingestText({ name: `Report ${i}`, text: `Der Gipfel in Genf endete ohne Einigung, sagte Sprecher ${i}.` });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const raw = new Database(path, { readonly: true });
  const root = raw.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').pluck().get(table) as number;
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  raw.close();
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (root - 1) * pageSize);
  closeSync(fd);
  return path;
}

describe('a damaged library', () => {
  it('answers a call that reads a damaged page with DB_CORRUPT, in the person’s language, not INTERNAL', async () => {
    const path = await damagedLibrary('articles');
    const db = openDb(path);
    const api = createParallaxService({ db, emit: () => {}, host: 'http', libraryPath: path, version: '0' });
    const err = await api.listArticles({}).then(() => null, (e: unknown) => e);
    db.close();
    expect(isApiError(err)).toBe(true);
    if (!isApiError(err)) return;
    expect(err.code).toBe('DB_CORRUPT');
    expect(err.messageCoded?.code).toBe('store.damaged');
    expect(err.message).toContain(path);
    expect(say('de', err.messageCoded!)).toContain('beschädigt');
  });

  it('answers a person’s edit on a full disk with DISK_FULL and keeps what was there', async () => {
    const path = join(tmp.dir, 'full.sqlite');
    const db = openDb(path);
    const api = createParallaxService({ db, emit: () => {}, host: 'http', libraryPath: path, version: '0' });
    const report = await api.ingestText({ name: 'Bericht', text: 'Der Gipfel in Genf endete ohne Einigung, sagte der Sprecher.' });
    const id = report.added[0]!.articleId;
    await api.addAnnotation({ articleId: id, start: 4, end: 10, note: 'kurz' });
    // The file may not grow by a page more: SQLite answers SQLITE_FULL as on a full disk.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const err = await api.addAnnotation({ articleId: id, start: 4, end: 10, note: 'lang '.repeat(20_000) }).then(() => null, (e: unknown) => e);
    expect(isApiError(err) && err.code).toBe('DISK_FULL');
    expect(isApiError(err) && say('de', err.messageCoded!)).toContain('Datenträger ist voll');
    expect(await api.listAnnotations({})).toHaveLength(1);
    db.close();
  });
});
