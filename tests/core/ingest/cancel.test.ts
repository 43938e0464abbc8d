import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/core/library';
import { createParallaxService } from '../../../src/core/service';
import { countArticles } from '../../../src/core/store/queries/article-reads';
import type { JobId } from '../../../src/shared/api';
import type { ParallaxEvent } from '../../../src/shared/events';
import { tempDir, writeUnder } from '../../support/temp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const records = (n: number) =>
  Array.from({ length: n }, (_, i) => JSON.stringify({ id: `c${i}`, title: `Bericht ${i} über den Hafen`, text: `Der Rat beriet am Montag den Fall ${i}. Bericht ${i} nennt Einzelheiten zur Lage im Hafen von Lindenau.` })).join('\n');

describe('cancelIngest', () => {
  it('stops a running import between batches: what was written stays, whole, and the report says it stopped', async () => {
    const db = await openLibrary({ path: join(tmp.dir, 'stop.sqlite'), seedDir: null });
    const jobId = 'job-stop' as JobId;
    let api: ReturnType<typeof createParallaxService> | null = null;
    const asked: Promise<boolean>[] = [];
    const emit = (e: ParallaxEvent) => {
      // Stopped once a batch is written (reports count as written, told during the write).
      if (e.type === 'ingestProgress' && e.phase === 'importing' && e.jobId === jobId && e.reports >= 300 && asked.length === 0) asked.push(api!.cancelIngest(jobId));
    };
    api = createParallaxService({ db, emit, host: 'test', libraryPath: 'x', version: '0' });
    const report = await api.ingestPaths([writeUnder(tmp.dir, 'many.jsonl', records(3000))], { jobId });
    expect(await asked[0]).toBe(true);
    expect(report.cancelled).toBe(true);
    expect(report.added.length).toBeGreaterThan(0);
    expect(report.added.length).toBeLessThan(3000);
    // Written in whole batches of 250, and nothing else.
    expect(report.added.length % 250).toBe(0);
    expect(countArticles(db)).toBe(report.added.length);
    // The job is over: asking again changes nothing.
    expect(await api.cancelIngest(jobId)).toBe(false);
    db.close();
  });

  it('answers false for a job that is not running, and an import without a stop runs to its end', async () => {
    const db = await openLibrary({ path: join(tmp.dir, 'none.sqlite'), seedDir: null });
    const api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: 'x', version: '0' });
    expect(await api.cancelIngest('nobody' as JobId)).toBe(false);
    const report = await api.ingestPaths([writeUnder(tmp.dir, 'few.jsonl', records(40))], { jobId: 'job-few' as JobId });
    expect(report.cancelled).toBeUndefined();
    expect(report.added).toHaveLength(40);
    db.close();
  });
});

describe('cancelReextract', () => {
  it('stops a re-extraction of the library between batches: what was written stays, the report says it stopped', async () => {
    const db = await openLibrary({ path: join(tmp.dir, 'reextract.sqlite'), seedDir: null });
    let api: ReturnType<typeof createParallaxService> | null = null;
    const asked: Promise<boolean>[] = [];
    const emit = (e: ParallaxEvent) => {
      if (e.type === 'taskProgress' && e.task === 'reextract' && e.done >= 200 && asked.length === 0) asked.push(api!.cancelReextract());
    };
    api = createParallaxService({ db, emit, host: 'test', libraryPath: 'x', version: '0' });
    expect(await api.cancelReextract()).toBe(false);
    await api.ingestPaths([writeUnder(tmp.dir, 're.jsonl', records(1000))]);
    const report = await api.reextractArticles();
    expect(await asked[0]).toBe(true);
    expect(report.cancelled).toBe(true);
    expect(report.updated).toBeGreaterThan(0);
    expect(report.updated).toBeLessThan(1000);
    // Whole batches of 200 only.
    expect(report.updated % 200).toBe(0);
    expect(await api.cancelReextract()).toBe(false);
    db.close();
  });
});
