import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerPool } from '../../src/core/ingest/extract-pool';
import type { PrepareInput } from '../../src/core/ingest/prepare';
import { openLibrary } from '../../src/core/library';
import { createParallaxService } from '../../src/core/service';
import type { ParallaxEvent } from '../../src/shared/events';
import { ROOT, tempDir } from '../support/temp';
import { NEEDS_ALL_MEMORY, NEVER_ENDS } from './support/never-ends';

/**
 * The per-file time limit: a file whose extraction never ends is given up after the limit, the
 * worker stuck on it is replaced, and everything else in the same batch and run goes on.
 */

const LIMIT_MS = 1_000;
/**
 * What a run with two stuck files may use at most of this process's CPU (its helper threads
 * included): the limit twice, three helper starts and the extraction (~3 s on a quiet machine),
 * with room; far less than a stuck file retried again and again would burn. CPU time, as the limit
 * itself counts: at load 25 the wall time of the same run was 22 s, since a starved helper is
 * stopped at the wall-time backstop, and a bound in wall time failed there.
 */
const CPU_BOUND_MS = 10_000;

/** CPU time this process used (all its threads) since `from`, in ms. */
const cpuMsSince = (from: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1_000;
};
const tmp = tempDir('parallax-limit-');
let workerFile: string;

beforeAll(async () => {
  workerFile = join(tmp.dir, 'slow-extract-worker.mjs');
  await build({ entryPoints: [join(ROOT, 'tests/security/support/slow-extract-worker.ts')], bundle: true, platform: 'node', format: 'esm', outfile: workerFile, logLevel: 'error' });
});
afterAll(() => tmp.cleanup());

const input = (name: string, text: string): PrepareInput => ({ name, path: null, locator: null, format: 'text', extractAs: 'text', encoding: 'utf-8', raw: Buffer.from(text), text });

describe('the extraction pool', () => {
  it('gives up an input that runs past the limit and goes on with the rest of its batch', async () => {
    const pool = workerPool(workerFile, { size: 1, timeLimitMs: LIMIT_MS });
    const started = process.cpuUsage();
    try {
      const out = await pool.prepare([
        input('a', 'Erster Bericht\n\nText eins.'),
        input('stuck-1', `Hängt\n\n${NEVER_ENDS}`),
        input('b', 'Zweiter Bericht\n\nText zwei.'),
        input('stuck-2', `Hängt auch\n\n${NEVER_ENDS}`),
      ]);
      expect(out.map((o) => o.ok)).toEqual([true, false, true, false]);
      expect(out[1]).toMatchObject({ ok: false, timedOut: true, message: 'extraction took longer than 1 s' });
      // The pool still works after replacing its worker twice.
      const again = await pool.prepare([input('c', 'Dritter Bericht\n\nText drei.')]);
      expect(again[0]!.ok).toBe(true);
    } finally {
      await pool.close();
    }
    expect(cpuMsSince(started)).toBeLessThan(CPU_BOUND_MS);
  });
});

describe('ingest and re-extraction with the limit', () => {
  it('skips the file that never finishes, says so by name, and adds the others', async () => {
    const dir = join(tmp.dir, 'in');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a-gut.txt'), 'Guter Bericht\n\nDer Gipfel endete ohne Einigung.\n');
    writeFileSync(join(dir, 'b-endlos.txt'), `Endlos\n\nDiese Seite hält jede Extraktion auf. ${NEVER_ENDS}\n`);
    writeFileSync(join(dir, 'c-gut.txt'), 'Noch ein Bericht\n\nDie Gespräche gehen weiter.\n');
    const events: ParallaxEvent[] = [];
    const db = await openLibrary({ path: join(tmp.dir, 'lib.sqlite'), seedDir: null });
    const api = createParallaxService({ db, emit: (e) => events.push(e), host: 'test', libraryPath: '', version: '0', extractWorkerFile: workerFile, fileTimeLimitMs: LIMIT_MS });
    try {
      const started = process.cpuUsage();
      const report = await api.ingestPaths([dir]);
      expect(cpuMsSince(started)).toBeLessThan(CPU_BOUND_MS);
      expect(report.added.map((a) => a.name).sort()).toEqual(['a-gut.txt', 'c-gut.txt']);
      expect(report.skipped).toEqual([
        {
          name: 'b-endlos.txt',
          code: 'TIMEOUT',
          reason: 'ingest: "b-endlos.txt": extraction took longer than 1 s, so it was skipped; the rest goes on',
          reasonCoded: { code: 'ingest.timed-out', params: { name: 'b-endlos.txt', locator: '', seconds: 1 } },
        },
      ]);

      // Re-extraction meets the same page (its kept bytes changed under it): reported, the article left as it was.
      const id = report.added[0]!.articleId;
      const before = await api.getArticle(id);
      db.prepare('UPDATE sources SET raw = ? WHERE id = (SELECT source_id FROM articles WHERE id = ?)').run(Buffer.from(`Guter Bericht\n\n${NEVER_ENDS}\n`), id);
      const re = await api.reextractArticles();
      expect(re.updated).toBe(1);
      expect(re.failed).toEqual([{ id, reason: 'reextract: extraction took longer than 1 s', reasonCoded: { code: 'reextract.timed-out', params: { seconds: 1 } } }]);
      expect((await api.getArticle(id)).text).toBe(before.text);
      const progress = events.filter((e) => e.type === 'taskProgress');
      expect(progress.at(-1)).toEqual({ type: 'taskProgress', task: 'reextract', done: 2, total: 2 });
    } finally {
      db.close();
    }
  });
});

describe('a file too big for a helper', () => {
  it('is skipped as too large, by name and in words, and the rest is added', async () => {
    const dir = join(tmp.dir, 'oom');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a-gut.txt'), 'Guter Bericht\n\nDer Gipfel endete ohne Einigung.\n');
    writeFileSync(join(dir, 'b-riesig.html'), `<html><body><p>Zu viel ${NEEDS_ALL_MEMORY}</p></body></html>`);
    writeFileSync(join(dir, 'c-gut.txt'), 'Noch ein Bericht\n\nDie Gespräche gehen weiter.\n');
    const db = await openLibrary({ path: join(tmp.dir, 'oom.sqlite'), seedDir: null });
    const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: '', version: '0', extractWorkerFile: workerFile });
    try {
      const report = await api.ingestPaths([dir]);
      expect(report.added.map((a) => a.name).sort()).toEqual(['a-gut.txt', 'c-gut.txt']);
      // It was an INTERNAL "extraction worker failed: Worker terminated due to reaching memory limit".
      expect(report.skipped).toEqual([
        {
          name: 'b-riesig.html',
          code: 'TOO_LARGE',
          reason: 'ingest: "b-riesig.html": too large or too deeply nested to read in 160 MB of memory, so it was skipped; the rest goes on',
          reasonCoded: { code: 'ingest.out-of-memory', params: { name: 'b-riesig.html', locator: '', megabytes: 160 } },
        },
      ]);
    } finally {
      db.close();
    }
  });
});
