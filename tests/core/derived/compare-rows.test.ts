import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import { compareIndexer } from '../../../src/core/derived/compare-rows/catch-up';
import { beginAnalyses } from '../../../src/core/derived/compare-rows/in-flight';
import { analyzeCompareSource } from '../../../src/core/analysis/article-rows';
import { catchUpCompare, markComparePending, pendingCompareCount, writeAnalyses } from '../../../src/core/derived/compare-rows/rows';
import { analysisCells } from '../../../src/core/derived/compare-rows/cells';
import { getCompareSource } from '../../../src/core/store/queries/compare';
import type { WriteDb } from '../../../src/core/store/db';
import type { ArticleId } from '../../../src/shared/api';
import type { ParallaxEvent } from '../../../src/shared/events';
import { ROOT, SEEDS, tempDir } from '../../support/temp';

// The worker path runs the built bundle (out/node/compare-worker.js), as the hosts do;
// `npm test` builds first (`node scripts/build-node.mjs` alone is enough).
const WORKER = join(ROOT, 'out/node/compare-worker.js');

/** The seeds and 30 variants of them (each with a sentence of its own, so none is a duplicate). */
function texts(): { name: string; text: string }[] {
  const seeds = readdirSync(SEEDS).sort().map((f) => ({ name: f, text: readFileSync(join(SEEDS, f), 'utf8') }));
  const variants = Array.from({ length: 30 }, (_, k) => {
    const s = seeds[k % seeds.length]!;
    return { name: `variant-${k}.txt`, text: `${s.text}\n\nNachtrag ${k}: Außenminister Karl Beispiel${k} sprach am Montag in Wien mit ${k + 3} Journalisten.\n` };
  });
  return [...seeds, ...variants];
}

/** A library holding `texts()`, every article waiting for the compare index. */
async function library(dir: string, name: string): Promise<WriteDb> {
  const db = await openLibrary({ path: join(dir, name), seedDir: null });
  const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: name, version: '0' });
  for (const t of texts()) await api.ingestText(t);
  return db;
}

/** Everything the compare index holds, in a fixed order. */
function compareRows(db: WriteDb): unknown {
  return {
    entities: db.prepare('SELECT * FROM entity_mentions ORDER BY article_id, kind, name').all(),
    timeline: db.prepare('SELECT * FROM timeline_mentions ORDER BY article_id, kind, start').all(),
    docs: db.prepare('SELECT * FROM compare_docs ORDER BY article_id').all(),
  };
}

const tmp = tempDir();
let inThread: WriteDb;
let expected: unknown;

beforeAll(async () => {
  inThread = await library(tmp.dir, 'in-thread.sqlite');
  expect(pendingCompareCount(inThread)).toBe(35);
  catchUpCompare(inThread);
  expected = compareRows(inThread);
});
afterAll(() => {
  inThread.close();
  tmp.cleanup();
});

describe('compareIndexer', () => {
  it('writes, with the analysis on worker threads, exactly the rows the in-thread catch-up writes', async () => {
    expect(existsSync(WORKER), `${WORKER} is missing: run node scripts/build-node.mjs`).toBe(true);
    const db = await library(tmp.dir, 'workers.sqlite');
    const n = await compareIndexer(db, { workerFile: WORKER, workers: 2, poolMin: 1, batchSize: 4 }).catchUp();
    expect(n).toBe(35);
    expect(pendingCompareCount(db)).toBe(0);
    expect(compareRows(db)).toEqual(expected);
    db.close();
  });

  it('writes the same rows when a person waits for them (the urgent catch-up of a view, at full speed)', async () => {
    const db = await library(tmp.dir, 'urgent.sqlite');
    const n = await compareIndexer(db, { workerFile: WORKER, workers: 2, poolMin: 1, batchSize: 4 }).catchUp({ urgent: true });
    expect(n).toBe(35);
    expect(pendingCompareCount(db)).toBe(0);
    expect(compareRows(db)).toEqual(expected);
    db.close();
  });

  it('keeps a handful of articles on this thread: no worker starts below the threshold', async () => {
    const marker = join(tmp.dir, 'started');
    const spy = join(tmp.dir, 'spy-worker.mjs');
    writeFileSync(spy, `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'x');\n`);
    const db = await library(tmp.dir, 'small.sqlite');
    const n = await compareIndexer(db, { workerFile: spy, poolMin: 36 }).catchUp();
    expect(n).toBe(35);
    expect(existsSync(marker)).toBe(false);
    expect(compareRows(db)).toEqual(expected);
    db.close();
  });

  it('analyses on this thread the batches of a worker that fails', async () => {
    const broken = join(tmp.dir, 'broken-worker.mjs');
    writeFileSync(broken, `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n`);
    const db = await library(tmp.dir, 'broken.sqlite');
    const n = await compareIndexer(db, { workerFile: broken, workers: 2, poolMin: 1, batchSize: 4 }).catchUp();
    expect(n).toBe(35);
    expect(compareRows(db)).toEqual(expected);
    db.close();
  });

  it('lets concurrent callers share one run, and a view called meanwhile reads complete rows', async () => {
    const db = await library(tmp.dir, 'shared.sqlite');
    const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: 'x', version: '0', compareWorkerFile: WORKER });
    const indexer = compareIndexer(db, { workerFile: WORKER, poolMin: 1, batchSize: 4 });
    const [a, b] = await Promise.all([indexer.catchUp(), indexer.catchUp()]);
    expect(a + b).toBeGreaterThanOrEqual(35);
    expect(compareRows(db)).toEqual(expected);
    // A service's views do their own catch-up first: with nothing waiting, they read at once.
    expect((await api.getTimeline({ limit: 100 })).length).toBeGreaterThan(0);
    db.close();
  });
});

describe('writeAnalyses', () => {
  it('drops a result for an article that was marked again while it was analysed, and leaves it waiting', async () => {
    const db = await openLibrary({ path: join(tmp.dir, 'stale.sqlite'), seedDir: SEEDS });
    const id = (db.prepare('SELECT article_id FROM compare_pending LIMIT 1').pluck().get() as ArticleId);
    const row = getCompareSource(db, id)!;
    beginAnalyses(db, [id]);
    const cells = analysisCells(analyzeCompareSource(row));
    markComparePending(db, id); // a date edit, say, while the worker had it
    expect(writeAnalyses(db, [{ id, cells }])).toBe(0);
    expect(db.prepare('SELECT count(*) AS n FROM compare_pending WHERE article_id = ?').get(id)).toEqual({ n: 1 });
    // Analysed again from the current rows, it is written.
    beginAnalyses(db, [id]);
    expect(writeAnalyses(db, [{ id, cells: analysisCells(analyzeCompareSource(getCompareSource(db, id)!)) }])).toBe(1);
    expect(db.prepare('SELECT count(*) AS n FROM compare_pending WHERE article_id = ?').get(id)).toEqual({ n: 0 });
    db.close();
  });

  it('drops a result for an article indexed in place meanwhile (re-extraction), which no longer waits', async () => {
    const db = await openLibrary({ path: join(tmp.dir, 'inplace.sqlite'), seedDir: SEEDS });
    const id = (db.prepare('SELECT article_id FROM compare_pending LIMIT 1').pluck().get() as ArticleId);
    beginAnalyses(db, [id]);
    catchUpCompare(db);
    const rows = compareRows(db);
    expect(writeAnalyses(db, [{ id, cells: null }])).toBe(0);
    expect(compareRows(db)).toEqual(rows);
    db.close();
  });

  it("tells the windows how far a view's catch-up is: progress in reports, up to all of them", async () => {
    const db = await library(tmp.dir, 'progress.sqlite');
    const events: ParallaxEvent[] = [];
    const api = createParallaxService({ db, emit: (e) => events.push(e), host: 'test', libraryPath: 'x', version: '0', compareWorkerFile: WORKER });
    expect((await api.listStories()).length).toBeGreaterThan(0);
    const progress = events.flatMap((e) => (e.type === 'taskProgress' && e.task === 'compareIndex' ? [[e.done, e.total]] : []));
    expect(progress[0]).toEqual([0, 35]);
    expect(progress.at(-1)).toEqual([35, 35]);
    for (let i = 1; i < progress.length; i++) expect(progress[i]![0]).toBeGreaterThanOrEqual(progress[i - 1]![0]!);
    db.close();
  });
});
