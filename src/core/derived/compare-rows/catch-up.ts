/**
 * Catches the compare index up with the articles ingest marked as waiting: a few at once on
 * this thread, many on worker threads (the analysis is pure CPU, ~0.5 ms an article) while
 * this thread — the library thread, which serves the UI — reads sources and writes results,
 * a batch per turn, so other calls run between turns; in a catch-up a view waits for (and no
 * import runs) it also analyses a few articles a turn while nothing waits to be written.
 */
import type { ResourceLimits } from 'node:worker_threads';
import { ANALYSIS_LIMITS, favouringMemory, helperThreads, memoryFavoured } from '../../worker/limits';
import { compilingLean } from '../../worker/lean-compile';
import { compactHeapNow } from '../../heap';
import { withWriteCache } from '../../store/db';
import type { ArticleId } from '../../../shared/api';
import type { WriteDb } from '../../store/db';
import { getCompareSource, type CompareSourceRow } from '../../store/queries/compare';
import { withNameIndexAfter } from '../../store/queries/name-index';
import { analysisPool, analyzeSources, type AnalysisOutcome } from './analysis-pool';
import { beginAnalyses, endAnalysis } from './in-flight';
import type { CompareRowCells } from '../../store/queries/compare-writes';
import { catchUpCompare, pendingCompareCount, pendingCompareIds, writeAnalyses } from './rows';

/**
 * Articles per turn of the library thread: per write transaction, and per batch sent to a
 * worker. 64 keep a turn near 10 ms (reading the next batch and writing one) while the
 * messages stay few.
 */
const BATCH_SIZE = 64;
/**
 * From this many waiting articles on, workers do the analysis. Starting one costs ~60 ms
 * (loading the bundle and the word lists), the analysis of 250 articles about as much.
 */
const POOL_MIN = 250;
/** Batches out per worker, so none waits for the library thread between two batches. */
const BATCHES_PER_WORKER = 3;
/**
 * Batches written per transaction (128 articles; a turn of ~20 ms on a quiet machine): each
 * commit writes out every page it changed, and any batch changes pages all over the entity name
 * index, so writing batch by batch wrote that index out again and again. Two batches per commit
 * cut the catch-up by ~5 %; three, ~7 %, with turns half as long again.
 */
const WRITE_BATCHES = 2;
/**
 * Articles this thread analyses itself in a turn when it has nothing to write, in an urgent
 * catch-up (a view waits, no import runs): on two cores there is one helper, and the library
 * thread, which only read and wrote, sat idle over half of a 10k catch-up. 16 keep such a turn
 * near 10 ms. Not after an import: that held a 10k import through the window at 372 MB peak,
 * over its 350 MB cap (319 MB without).
 */
const OWN_BATCH = 16;

/**
 * From this many full batches per worker before the end, workers are sent batches of
 * `OWN_BATCH`: at 64 a batch, a worker held up to 192 articles queued (~0.1–0.2 s) when this
 * thread took the last ones.
 */
const TAIL_BATCHES = 6;

/** How a compare indexer runs. */
export interface CompareIndexerOptions {
  /** The built `compare-worker.js`; without it every analysis runs on this thread. */
  workerFile?: string | undefined;
  /** Worker threads for a large catch-up. Default: one per core but one (`helperThreads`). */
  workers?: number;
  /** Waiting articles from which workers are used. Default 250. */
  poolMin?: number;
  /** Articles per turn and per batch sent to a worker. Default 64. */
  batchSize?: number;
  /** Called after each write: articles indexed so far in this run, and waiting when it began. */
  onProgress?: (done: number, total: number) => void;
}

/** Keeps the compare index of one connection up to date. */
export interface CompareIndexer {
  /**
   * Indexes every waiting article and resolves with how many it indexed. One run at a time: a
   * call during a run waits for it, then runs again if articles wait still (marked meanwhile).
   * Rejects when an article's analysis fails (the article stays waiting).
   *
   * `urgent`: a person waits for it (a view). Then, unless an import runs, a large catch-up
   * runs at full speed (`ANALYSIS_LIMITS`, no `favouringMemory`), at the cost of some 40 MB
   * more while it runs; otherwise (after an import, in the background, from the CLI) it stays
   * within an import's memory cap.
   */
  catchUp(options?: { urgent?: boolean }): Promise<number>;
}

/** A compare indexer for `db` (see `CompareIndexer`). */
export function compareIndexer(db: WriteDb, options: CompareIndexerOptions = {}): CompareIndexer {
  const poolMin = options.poolMin ?? POOL_MIN;
  const batch = Math.max(1, options.batchSize ?? BATCH_SIZE);
  const workers = Math.max(1, options.workers ?? helperThreads());
  let running: Promise<number> | null = null;
  const run = async (urgent: boolean): Promise<number> => {
    const ids = pendingCompareIds(db);
    const progress = options.onProgress ? (done: number) => options.onProgress!(done, ids.length) : undefined;
    progress?.(0);
    if (!options.workerFile || ids.length < poolMin) return withNameIndexAfter(db, 0, () => inTurns(db, batch, progress));
    // What an import left on this thread goes before the worker starts (see compactHeapNow).
    compactHeapNow();
    const onPool = (mode: PoolMode) => withWriteCache(db, () => onWorkers(db, ids, options.workerFile!, workers, batch, progress, mode));
    // A fresh worker and this thread compile the analysis as it runs: with less inlining, for less.
    // A view waits for it: the name index is made once at the end (after an import, a person
    // may browse meanwhile, and making it at 100k would hold this thread ~0.5 s in one turn).
    if (urgent && !memoryFavoured()) return withNameIndexAfter(db, ids.length, () => compilingLean(() => onPool({ limits: ANALYSIS_LIMITS, help: true })));
    // Otherwise with V8 favouring memory, as an import does (see favouringMemory).
    return withNameIndexAfter(db, 0, () => favouringMemory(() => onPool({ help: false })));
  };
  return {
    async catchUp(how = {}) {
      const urgent = how.urgent === true;
      let total = 0;
      for (;;) {
        while (running) total += await running;
        if (!db.open || pendingCompareCount(db) === 0) return total;
        running = run(urgent).finally(() => (running = null));
        const n = await running;
        total += n;
        // Nothing written (every result went stale while it was computed): finish here.
        if (n === 0 && db.open) total += catchUpCompare(db);
      }
    },
  };
}

/** Indexes on this thread, a batch per turn; the first batch at once, so a handful costs no wait. */
async function inTurns(db: WriteDb, batch: number, progress?: (done: number) => void): Promise<number> {
  let total = 0;
  for (;;) {
    const n = catchUpCompare(db, batch);
    total += n;
    progress?.(total);
    if (n < batch || !db.open) return total;
    await nextTurn();
    if (!db.open) return total;
  }
}

/** How `onWorkers` runs: the workers' heap limits, and whether this thread analyses too. */
interface PoolMode {
  limits?: ResourceLimits;
  /** This thread analyses a few articles a turn while nothing waits to be written (urgent, no import). */
  help: boolean;
}

/**
 * Indexes `ids` with the analysis on `size` workers; this thread reads and writes, a batch per
 * turn, and with `mode.help` analyses a few itself while it has nothing to write.
 */
async function onWorkers(db: WriteDb, ids: ArticleId[], workerFile: string, size: number, batch: number, progress: ((done: number) => void) | undefined, mode: PoolMode): Promise<number> {
  const pool = analysisPool(workerFile, size, mode.limits);
  /** Analyses back (from the workers or this thread), not written yet. */
  const arrived: AnalysisOutcome[] = [];
  const perWrite = WRITE_BATCHES * batch;
  let outstanding = 0;
  let next = 0;
  let written = 0;
  let wake: (() => void) | null = null;
  /** The next `n` articles' sources, their analyses begun. */
  const take = (n: number) => {
    const sources = sourcesOf(db, ids.slice(next, next + n));
    next += n;
    beginAnalyses(db, sources.map((s) => s.id));
    return sources;
  };
  const send = () => {
    // The last articles go out in small batches: once this thread has none left to take, it
    // waits for what the workers hold queued, and the grouping after the catch-up waits too.
    const from = next;
    const n = ids.length - next <= TAIL_BATCHES * size * batch ? Math.min(batch, OWN_BATCH) : batch;
    outstanding++;
    // The sources are let go once sent (`once`: no closure here holds them): kept until their
    // analyses came back, ~0.8 MB a batch, three batches out, they outlived every young
    // collection and were promoted, ~120 MB of old generation in a 10k catch-up.
    void pool
      .run(take(n), { once: true })
      .catch(() => analyzeSources(sourcesOf(db, ids.slice(from, from + n)))) // a batch whose worker fails is analysed here instead
      .then((outcomes) => {
        outstanding--;
        for (const o of outcomes) arrived.push(o);
        wake?.();
      });
  };
  const refill = () => {
    while (outstanding < size * BATCHES_PER_WORKER && next < ids.length) send();
  };
  try {
    refill();
    while (outstanding > 0 || arrived.length > 0 || (mode.help && next < ids.length)) {
      // Write a few batches at a time: a commit rewrites every page it touched (the name index
      // is touched all over by any batch), so fewer, larger commits cost less in all.
      if (arrived.length < perWrite && (outstanding > 0 || (mode.help && next < ids.length))) {
        if (mode.help && next < ids.length) {
          // Nothing to write yet: analyse a few here rather than wait (the workers are fed first).
          for (const o of analyzeSources(take(Math.min(OWN_BATCH, batch)))) arrived.push(o);
        } else {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
          if (!db.open) return written;
          refill();
          continue;
        }
      } else {
        written += writeOutcomes(db, arrived.splice(0, perWrite));
        progress?.(written);
        refill();
      }
      await nextTurn();
      if (!db.open) return written;
      refill();
    }
    return written;
  } finally {
    await pool.close();
  }
}

/** The sources of the articles `ids` still in the library. */
function sourcesOf(db: WriteDb, ids: ArticleId[]): CompareSourceRow[] {
  const sources: CompareSourceRow[] = [];
  for (const id of ids) {
    const row = getCompareSource(db, id);
    if (row) sources.push(row);
  }
  return sources;
}

/** Writes a batch's analyses; an article whose analysis failed stays waiting (a later catch-up on this thread reports why). */
function writeOutcomes(db: WriteDb, outcomes: AnalysisOutcome[]): number {
  const results: { id: ArticleId; cells: CompareRowCells | null }[] = [];
  for (const o of outcomes) {
    if (o.ok) results.push({ id: o.id, cells: o.value });
    else endAnalysis(db, o.id);
  }
  return writeAnalyses(db, results);
}

/** Lets other calls on this thread run. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
