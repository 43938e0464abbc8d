import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync, statSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeLibrary, openLibrary, openLibraryLive } from '../../src/core/library';
import type { WriteDb } from '../../src/core/store/db';
import { markPath, sealRunOf, takeMark } from '../../src/core/store/seal';
import { createParallaxService } from '../../src/core/service';
import type { ParallaxEvent } from '../../src/shared/events';
import { ROOT, tempDir } from '../support/temp';

/**
 * The files every worker thread was started on, in order: the host decides as it opens whether
 * the damage worker runs, so that it did not is seen at once, not by waiting for what it would say.
 */
const started = vi.hoisted(() => [] as string[]);
vi.mock('node:worker_threads', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:worker_threads')>();
  class CountedWorker extends real.Worker {
    constructor(file: string | URL, options?: import('node:worker_threads').WorkerOptions) {
      super(file, options);
      started.push(String(file));
    }
  }
  return { ...real, Worker: CountedWorker, default: { ...real, Worker: CountedWorker } };
});

// The real check runs the built bundle, as the hosts do (see damage-check.test.ts).
const WORKER = join(ROOT, 'out/node/damage-worker.js');

let tmp = tempDir();
afterEach(() => {
  tmp.cleanup();
  tmp = tempDir();
});

const lines = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) =>
    JSON.stringify({ title: `Gipfel ${from + i} in Genf`, text: Array.from({ length: 6 }, (_, p) => `Absatz ${p} von Bericht ${from + i}: Der Gipfel endete ohne Einigung, sagte Sprecher ${i * 7 + p}.`).join('\n\n') }),
  ).join('\n');

const upload = (n: number, from = 0) => [{ name: `genf-${from}.jsonl`, dataBase64: Buffer.from(lines(n, from)).toString('base64') }];

/** A library of `n` reports, closed by a run that counts as checked whole: the file is marked. */
async function markedLibrary(n = 120): Promise<string> {
  const path = join(tmp.dir, 'lib.sqlite');
  const db = await openLibrary({ path, seedDir: null });
  await createParallaxService({ db, emit: () => {}, host: 'cli', libraryPath: path, version: '0' }).ingestFiles(upload(n));
  // What the damage worker's full check tells when it found nothing (the service test below runs it).
  sealRunOf(db)!.checked();
  closeLibrary(db);
  expect(existsSync(markPath(path))).toBe(true);
  return path;
}

/** Overwrites `bytes` at `at` outside SQLite. */
function overwrite(path: string, at: number, bytes: Buffer): void {
  const fd = openSync(path, 'r+');
  writeSync(fd, bytes, 0, bytes.length, at);
  closeSync(fd);
}

/** A page in the middle of the file, overwritten: damage only the full check finds. */
function damageMiddle(path: string): void {
  const size = 4096;
  overwrite(path, Math.floor(statSync(path).size / size / 2) * size, Buffer.alloc(size, 0xa5));
}

describe('the mark of a sound close (store/seal.ts)', () => {
  it('is left by a run checked whole, and says unchanged at the next open, once', async () => {
    const path = await markedLibrary();
    expect(takeMark(path)).toBe(true);
    // Taken away as the library opens: a run that ends without closing leaves none.
    expect(existsSync(markPath(path))).toBe(false);
    expect(takeMark(path)).toBe(false);
  });

  it('is not left by a run that was never checked, nor one that found damage', async () => {
    const path = await markedLibrary();
    let db = await openLibrary({ path: join(tmp.dir, 'other.sqlite'), seedDir: null });
    closeLibrary(db);
    expect(existsSync(markPath(join(tmp.dir, 'other.sqlite')))).toBe(false);
    db = await openLibrary({ path, seedDir: null });
    expect(sealRunOf(db)!.markedAtOpen).toBe(true);
    sealRunOf(db)!.damageFound();
    closeLibrary(db);
    expect(existsSync(markPath(path))).toBe(false);
  });

  it('is carried by a marked run that writes through SQLite (an import), to the next open', async () => {
    const path = await markedLibrary();
    const db = await openLibrary({ path, seedDir: null });
    await createParallaxService({ db, emit: () => {}, host: 'cli', libraryPath: path, version: '0' }).ingestFiles(upload(50, 1000));
    db.pragma('wal_checkpoint(TRUNCATE)');
    sealRunOf(db)!.look();
    closeLibrary(db);
    expect(takeMark(path)).toBe(true);
  });

  it('does not match a file another process changed while it was closed', async () => {
    const path = await markedLibrary();
    const other = new Database(path);
    other.prepare("INSERT INTO meta(key, value) VALUES ('other', 'x')").run();
    other.close();
    expect(takeMark(path)).toBe(false);
  });

  it('does not match a file whose writer was killed mid-write, though the file itself is untouched', async () => {
    const path = await markedLibrary();
    const before = statSync(path, { bigint: true });
    // Another process commits into the log (no checkpoint reaches the file), then dies before closing.
    const script = `const D = require(${JSON.stringify(join(ROOT, 'node_modules/better-sqlite3'))});
      const db = new D(${JSON.stringify(path)}); db.pragma('wal_autocheckpoint = 0');
      db.prepare("INSERT INTO meta(key, value) VALUES ('crash', 'x')").run();
      db.exec('BEGIN'); db.prepare("INSERT INTO meta(key, value) VALUES ('half', 'x')").run();
      process.kill(process.pid, 'SIGKILL');`;
    const r = spawnSync(process.execPath, ['-e', script]);
    expect(r.signal).toBe('SIGKILL');
    expect(statSync(path, { bigint: true }).mtimeNs).toBe(before.mtimeNs);
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
    expect(takeMark(path)).toBe(false);
  });

  it('does not match a file with a byte overwritten on disk, even with its modification time put back', async () => {
    const path = await markedLibrary();
    const st = statSync(path);
    const at = Math.floor(st.size / 2);
    const b = Buffer.alloc(1);
    const fd = openSync(path, 'r');
    readSync(fd, b, 0, 1, at);
    closeSync(fd);
    overwrite(path, at, Buffer.from([b[0]! ^ 0xff]));
    utimesSync(path, st.atime, st.mtime);
    expect(statSync(path).size).toBe(st.size);
    expect(takeMark(path)).toBe(false);
  });

  it('is not left when bytes are written outside SQLite while the library is open', async () => {
    const path = await markedLibrary();
    const db = await openLibrary({ path, seedDir: null });
    const run = sealRunOf(db)!;
    run.look();
    run.look();
    overwrite(path, Math.floor(statSync(path).size / 2), Buffer.from('x'));
    run.look();
    expect(run.sound).toBe(false);
    closeLibrary(db);
    expect(existsSync(markPath(path))).toBe(false);
  });

  it('is left when another connection commits and checkpoints while the library is open', async () => {
    const path = await markedLibrary();
    const db = await openLibrary({ path, seedDir: null });
    const run = sealRunOf(db)!;
    run.look();
    const other = new Database(path);
    other.prepare("INSERT INTO meta(key, value) VALUES ('beside', 'x')").run();
    other.pragma('wal_checkpoint(PASSIVE)');
    other.close();
    run.look();
    run.look();
    expect(run.sound).toBe(true);
    closeLibrary(db);
    expect(takeMark(path)).toBe(true);
  });
});

/** Opens `path` as a host does, with the damage worker `worker`; resolves the events once `until` holds or `ms` passed. */
async function openAsHost(path: string, worker: string): Promise<{ db: WriteDb; events: ParallaxEvent[]; damaged: Promise<void> }> {
  const { db, rebuild } = await openLibraryLive({ path, seedDir: null });
  const events: ParallaxEvent[] = [];
  let told!: () => void;
  const damaged = new Promise<void>((r) => (told = r));
  createParallaxService({ db, rebuild, emit: (e) => { events.push(e); if (e.type === 'libraryDamaged') told(); }, host: 'http', libraryPath: path, version: '0', backgroundCompare: true, damageWorkerFile: worker });
  return { db, events, damaged };
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the check as a host opens a library', () => {
  it('marks the file once the full check found nothing, and reads nothing at the next open while it is unchanged', async () => {
    const path = join(tmp.dir, 'lib.sqlite');
    const db0 = await openLibrary({ path, seedDir: null });
    await createParallaxService({ db: db0, emit: () => {}, host: 'cli', libraryPath: path, version: '0' }).ingestFiles(upload(60));
    closeLibrary(db0);
    expect(existsSync(markPath(path))).toBe(false);
    // Unmarked: the real check runs whole, and the close marks the file.
    let host = await openAsHost(path, WORKER);
    for (let i = 0; i < 400 && !sealRunOf(host.db)!.sound; i++) await settle(25);
    expect(sealRunOf(host.db)!.sound).toBe(true);
    closeLibrary(host.db);
    expect(existsSync(markPath(path))).toBe(true);
    // A stand-in worker that says "damaged" whenever it runs: on the marked file it never runs.
    const liar = join(tmp.dir, 'liar-worker.cjs');
    writeFileSync(liar, "require('node:worker_threads').parentPort.postMessage({ type: 'checked', result: { ok: false, stage: 'quick', detail: 'stand-in' } });");
    host = await openAsHost(path, liar);
    expect(sealRunOf(host.db)!.markedAtOpen).toBe(true);
    expect(started).not.toContain(liar);
    expect(host.events.filter((e) => e.type === 'libraryDamaged')).toEqual([]);
    closeLibrary(host.db);
    // Unmarked again (another process wrote): the same stand-in runs and is heard.
    const other = new Database(path);
    other.prepare("INSERT INTO meta(key, value) VALUES ('other', 'x')").run();
    other.close();
    host = await openAsHost(path, liar);
    expect(started).toContain(liar);
    await host.damaged;
    closeLibrary(host.db);
  });

  it('still shows the banner before a write when a page was overwritten on disk after the mark', async () => {
    const path = await markedLibrary(300);
    damageMiddle(path);
    const host = await openAsHost(path, WORKER);
    try {
      await host.damaged;
      expect(sealRunOf(host.db)!.sound).toBe(false);
    } finally {
      closeLibrary(host.db);
    }
    expect(existsSync(markPath(path))).toBe(false);
  });
});
