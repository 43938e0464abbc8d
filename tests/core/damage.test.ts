import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../src/core/store/db';
import { createParallaxService } from '../../src/core/service';
import type { ParallaxEvent } from '../../src/shared/events';
import { tempDir } from '../support/temp';

let tmp = tempDir();
afterEach(() => {
  tmp.cleanup();
  tmp = tempDir();
});

/** A library of three reports and a saved search, closed, whose saved searches' root page is then overwritten. */
async function damagedLibrary(): Promise<string> {
  const path = join(tmp.dir, 'lib.sqlite');
  const db = openDb(path);
  const api = createParallaxService({ db, emit: () => {}, host: 'cli', libraryPath: path, version: '0' });
  for (let i = 0; i < 3; i++) await api.ingestText({ name: `Report ${i}`, text: `Der Gipfel in Genf endete ohne Einigung, sagte Sprecher ${i}.` });
  await api.saveSearch({ name: 'Genf', q: 'genf' });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const raw = new Database(path, { readonly: true });
  const root = raw.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'saved_searches'").pluck().get() as number;
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  raw.close();
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (root - 1) * pageSize);
  closeSync(fd);
  return path;
}

async function open(path: string) {
  const db = openDb(path);
  const events: ParallaxEvent[] = [];
  const api = createParallaxService({ db, emit: (e) => events.push(e), host: 'http', libraryPath: path, version: '0' });
  return { db, api, events };
}

describe('a library found damaged', () => {
  it('refuses every write from then on with DB_CORRUPT, says so once, and still reads', async () => {
    const path = await damagedLibrary();
    const { db, api, events } = await open(path);
    try {
      // Reads that miss the damaged page answer; writes do too until the damage is met.
      const { items } = await api.listArticles();
      expect(items).toHaveLength(3);
      expect((await api.getAppInfo()).damaged).toBe(false);
      await expect(api.listSavedSearches()).rejects.toMatchObject({ code: 'DB_CORRUPT', messageCoded: { code: 'store.damaged' } });
      expect(events.filter((e) => e.type === 'libraryDamaged')).toHaveLength(1);
      expect((await api.getAppInfo()).damaged).toBe(true);
      const before = readFileSync(path);
      const id = items[0]!.id;
      await expect(api.addAnnotation({ articleId: id, start: 0, end: 5 })).rejects.toMatchObject({ code: 'DB_CORRUPT', messageCoded: { code: 'store.damaged-no-writes', params: { path } } });
      await expect(api.updateArticleMetadata(id, { title: 'Neu' })).rejects.toMatchObject({ code: 'DB_CORRUPT' });
      await expect(api.ingestText({ text: 'Ein neuer Bericht über Genf und den Gipfel dort.' })).rejects.toMatchObject({ code: 'DB_CORRUPT' });
      // The connection itself writes nothing any more, whoever asks.
      expect(() => db.prepare("UPDATE articles SET title = 'x'").run()).toThrow();
      expect((await api.getArticle(id)).title).toBe(items[0]!.title);
      expect(await api.listAnnotations({ articleId: id })).toEqual([]);
      expect((await api.searchArticles({ q: 'Genf' })).hits).toHaveLength(3);
      expect(readFileSync(path).equals(before)).toBe(true);
      expect(events.filter((e) => e.type === 'libraryDamaged')).toHaveLength(1);
    } finally {
      db.close();
    }
  });

  it('rescues into a new file beside it and leaves the damaged one as it was', async () => {
    const path = await damagedLibrary();
    const { db, api } = await open(path);
    try {
      const before = readFileSync(path);
      const r = await api.rescueLibrary();
      expect(r.from).toBe(path);
      expect(dirname(r.to)).toBe(dirname(path));
      expect(r.to).toMatch(/lib\.rescued-.*\.sqlite$/);
      expect(existsSync(r.to)).toBe(true);
      expect(r.tables.find((t) => t.table === 'articles')).toMatchObject({ kept: 3, damaged: false });
      expect(r.tables.find((t) => t.table === 'saved_searches')?.damaged).toBe(true);
      expect(readFileSync(path).equals(before)).toBe(true);
      const rescued = new Database(r.to, { readonly: true });
      expect(rescued.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(3);
      rescued.close();
    } finally {
      db.close();
    }
  });

  it('has nothing to rescue in memory', async () => {
    const db = openDb(':memory:');
    const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: ':memory:', version: '0' });
    await expect(api.rescueLibrary()).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    db.close();
  });
});
