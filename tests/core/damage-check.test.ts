import { closeSync, openSync, readFileSync, statSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLibraryFile } from '../../src/core/store/check';
import { openDb } from '../../src/core/store/db';
import { createParallaxService } from '../../src/core/service';
import type { ParallaxEvent } from '../../src/shared/events';
import { ROOT, tempDir } from '../support/temp';

// The worker runs the built bundle (out/node/damage-worker.js), as the hosts do.
const WORKER = join(ROOT, 'out/node/damage-worker.js');

let tmp = tempDir();
afterEach(() => {
  tmp.cleanup();
  tmp = tempDir();
});

/** A closed library of `n` reports (each a few paragraphs, so its tables span many pages). */
async function library(n: number): Promise<string> {
  const path = join(tmp.dir, 'lib.sqlite');
  const db = openDb(path);
  const api = createParallaxService({ db, emit: () => {}, host: 'cli', libraryPath: path, version: '0' });
  const lines = Array.from({ length: n }, (_, i) =>
    JSON.stringify({ title: `Gipfel ${i} in Genf`, text: Array.from({ length: 6 }, (_, p) => `Absatz ${p} von Bericht ${i}: Der Gipfel in Genf endete ohne Einigung, sagte Sprecher ${i * 7 + p} am Abend vor der Presse.`).join('\n\n') }),
  );
  await api.ingestFiles([{ name: 'genf.jsonl', dataBase64: Buffer.from(lines.join('\n')).toString('base64') }]);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return path;
}

function pageSizeOf(path: string): number {
  const raw = new Database(path, { readonly: true });
  try {
    return raw.pragma('page_size', { simple: true }) as number;
  } finally {
    raw.close();
  }
}

function overwritePage(path: string, page: number): void {
  const size = pageSizeOf(path);
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(size, 0xa5), 0, size, (page - 1) * size);
  closeSync(fd);
}

function rootOf(path: string, table: string): number {
  const raw = new Database(path, { readonly: true });
  try {
    return raw.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').pluck().get(table) as number;
  } finally {
    raw.close();
  }
}

describe('checkLibraryFile', () => {
  it('finds nothing wrong with a sound library, after reading every page', async () => {
    const path = await library(40);
    const before = readFileSync(path);
    expect(checkLibraryFile(path)).toEqual({ ok: true, stage: 'full' });
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('finds a library cut short from its header alone, before opening it', async () => {
    const path = await library(40);
    truncateSync(path, Math.floor(statSync(path).size / 2));
    expect(checkLibraryFile(path)).toMatchObject({ ok: false, stage: 'quick', detail: expect.stringContaining('cut short') });
  });

  it('finds a table whose root page is damaged in the quick stage, without reading every page', async () => {
    const path = await library(40);
    overwritePage(path, rootOf(path, 'saved_searches'));
    const quick: unknown[] = [];
    expect(checkLibraryFile(path, { onQuick: (r) => quick.push(r) })).toMatchObject({ ok: false, stage: 'quick' });
    expect(quick).toHaveLength(1);
  });

  it('finds a page damaged in the middle of the file in the full stage', async () => {
    const path = await library(300);
    const pages = statSync(path).size / pageSizeOf(path);
    overwritePage(path, Math.floor(pages / 2));
    expect(checkLibraryFile(path)).toMatchObject({ ok: false });
    // The quick stage alone does not read it (unless it is a table's end): the full stage is what finds such damage.
    expect(checkLibraryFile(path, { full: false }).stage).toBe('quick');
  });
});

describe('a library checked as it opens (hosts with a library thread)', () => {
  it('is found damaged before any call meets the damage: the windows are told, and writes are refused', async () => {
    const path = await library(40);
    overwritePage(path, rootOf(path, 'saved_searches'));
    const db = openDb(path);
    try {
      const events: ParallaxEvent[] = [];
      let told!: () => void;
      const damaged = new Promise<void>((r) => (told = r));
      const api = createParallaxService({ db, emit: (e) => { events.push(e); if (e.type === 'libraryDamaged') told(); }, host: 'http', libraryPath: path, version: '0', backgroundCompare: true, damageWorkerFile: WORKER });
      await damaged;
      expect((await api.getAppInfo()).damaged).toBe(true);
      const { items } = await api.listArticles();
      await expect(api.addAnnotation({ articleId: items[0]!.id, start: 0, end: 5 })).rejects.toMatchObject({ code: 'DB_CORRUPT', messageCoded: { code: 'store.damaged-no-writes' } });
      expect(events.filter((e) => e.type === 'libraryDamaged')).toHaveLength(1);
    } finally {
      db.close();
    }
  });
});

describe('the rescue on the damage worker', () => {
  it('leaves the library thread answering while it copies, and tells its progress up to the end', async () => {
    const path = await library(300);
    overwritePage(path, rootOf(path, 'saved_searches'));
    const db = openDb(path);
    try {
      const events: ParallaxEvent[] = [];
      const api = createParallaxService({ db, emit: (e) => events.push(e), host: 'http', libraryPath: path, version: '0', damageWorkerFile: WORKER });
      const order: string[] = [];
      const rescue = api.rescueLibrary().then((r) => (order.push('rescue'), r));
      const list = api.listArticles().then((p) => (order.push('list'), p));
      const [report, page] = await Promise.all([rescue, list]);
      // In the library thread the rescue ran to its end before the list was read.
      expect(order).toEqual(['list', 'rescue']);
      expect(page.total).toBe(300);
      expect(report.tables.find((t) => t.table === 'articles')).toMatchObject({ kept: 300, damaged: false });
      const progress = events.flatMap((e) => (e.type === 'taskProgress' && e.task === 'rescue' ? [e] : []));
      expect(progress.length).toBeGreaterThan(0);
      for (let i = 1; i < progress.length; i++) expect(progress[i]!.done).toBeGreaterThanOrEqual(progress[i - 1]!.done);
      for (const p of progress) expect(p.done).toBeLessThanOrEqual(p.total);
    } finally {
      db.close();
    }
  });
});
