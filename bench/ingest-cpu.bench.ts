import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { ingestPaths } from '../src/core/ingest/ingest';
import { openLibrary } from '../src/core/library';
import { corpusFile } from './lib/corpus';
import { now, report, summarise } from './lib/measure';
import { ROOT, tempDir } from './lib/paths';
import { watchThreads } from './lib/thread-cpu';

/**
 * Where a 10k JSON Lines import spends CPU, per article and per thread: the library thread
 * (reading, decoding the helpers' results, writing SQLite), the extraction helpers, and V8's
 * platform threads (concurrent garbage collection for all of them). CPU time holds still on a
 * loaded machine where the wall time of `ingest` does not; the sum over two cores bounds it.
 */
export async function run(): Promise<void> {
  const tmp = tempDir();
  const file = corpusFile(10_000);
  // Start libuv's pool before the first snapshot, so its threads count as platform, not workers.
  await readFile(file);
  const runs: { wall: number; main: number; platform: number; workers: number; rssMb: number; heapMb: number; busy: number; n: number }[] = [];
  // BENCH_RUNS=1 while trying a change; three for a figure to report.
  const n = Number(process.env.BENCH_RUNS ?? 3);
  for (let i = 0; i < n; i++) {
    const lib = await openLibrary({ path: join(tmp.dir, `lib-${i}.sqlite`), seedDir: null });
    const watch = watchThreads();
    const elu = performance.eventLoopUtilization();
    const t = now();
    const rep = await ingestPaths({ db: lib, emit: () => {}, jobId: null, extractWorkerFile: join(ROOT, 'out/node/extract-worker.js') }, [file]);
    const wall = now() - t;
    runs.push({ wall, ...watch.stop(), busy: performance.eventLoopUtilization(elu).utilization, n: rep.added.length });
    lib.close();
  }
  const per = (k: 'wall' | 'main' | 'platform' | 'workers') => summarise(runs.map((r) => r[k] / r.n));
  report({ scenario: 'ingest-cpu', metric: '10k: wall per article', ...per('wall'), unit: 'ms' });
  report({ scenario: 'ingest-cpu', metric: '10k: library thread CPU per article', ...per('main'), unit: 'ms' });
  report({ scenario: 'ingest-cpu', metric: '10k: extraction helpers CPU per article', ...per('workers'), unit: 'ms' });
  report({ scenario: 'ingest-cpu', metric: '10k: V8 platform threads (GC) CPU per article', ...per('platform'), unit: 'ms' });
  // Below 1: the library thread waited for the helpers (they are the bottleneck).
  report({ scenario: 'ingest-cpu', metric: '10k: library thread busy share (event loop)', ...summarise(runs.map((r) => r.busy)), unit: '' });
  report({ scenario: 'ingest-cpu', metric: '10k: peak RSS of this process (first run: fresh)', ...summarise(runs.slice(0, 1).map((r) => r.rssMb)), unit: 'MB' });
  report({ scenario: 'ingest-cpu', metric: '10k: library thread heap at that peak', ...summarise(runs.slice(0, 1).map((r) => r.heapMb)), unit: 'MB' });
  tmp.cleanup();
}
