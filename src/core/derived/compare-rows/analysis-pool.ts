/**
 * Compare analyses on worker threads (`src/core/worker/compare-worker.ts`), for the catch-up
 * after a large import: the library thread sends articles as the store holds them (strings,
 * cheap to copy) and gets back what to write, as the cells of its rows (`CompareRowCells`).
 */
import type { ResourceLimits } from 'node:worker_threads';
import type { ArticleId } from '../../../shared/api';
import type { CompareSourceRow } from '../../store/queries/compare';
import { analyzeCompareSource } from '../../analysis/article-rows';
import type { CompareRowCells } from '../../store/queries/compare-writes';
import { analysisCells } from './cells';
import { workerPool, type WorkerPool } from '../../worker/pool';

/** What analysing one article gave: the analysis (null: nothing to compare), or why it failed. */
export type AnalysisOutcome = { ok: true; id: ArticleId; value: CompareRowCells | null } | { ok: false; id: ArticleId; message: string };

/** Analyses a batch on this thread, exactly as a worker does. */
export function analyzeSources(sources: CompareSourceRow[]): AnalysisOutcome[] {
  return sources.map((s) => {
    try {
      return { ok: true, id: s.id, value: analysisCells(analyzeCompareSource(s)) } as const;
    } catch (e) {
      return { ok: false, id: s.id, message: (e as Error).message } as const;
    }
  });
}

/** Compare analyses on a fixed set of worker threads. */
export type AnalysisPool = WorkerPool<CompareSourceRow[], AnalysisOutcome[]>;

/** Starts `size` compare workers from the built `compare-worker.js` (under the pool's default limits unless given). */
export function analysisPool(workerFile: string, size: number, limits?: ResourceLimits): AnalysisPool {
  return workerPool(workerFile, size, 'compare worker', limits);
}
