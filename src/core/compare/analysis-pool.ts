/**
 * Compare analyses on worker threads (`src/core/worker/compare-worker.ts`), for the catch-up
 * after a large import: the library thread sends articles as the store holds them (strings,
 * cheap to copy) and gets back what to write.
 */
import { Worker } from 'node:worker_threads';
import { HELPER_LIMITS } from '../worker/limits';
import type { ArticleId } from '../../shared/types';
import type { CompareSourceRow } from '../store/queries/compare';
import { analyzeCompareSource, type CompareAnalysis } from './index-analysis';

/** What analysing one article gave: the analysis (null: nothing to compare), or why it failed. */
export type AnalysisOutcome = { ok: true; id: ArticleId; value: CompareAnalysis | null } | { ok: false; id: ArticleId; message: string };

/** A batch for a compare worker. */
export interface AnalysisRequest {
  seq: number;
  sources: CompareSourceRow[];
}

/** A compare worker's answer to one request. */
export interface AnalysisReply {
  seq: number;
  out: AnalysisOutcome[];
}

/** Analyses a batch on this thread, exactly as a worker does. */
export function analyzeSources(sources: CompareSourceRow[]): AnalysisOutcome[] {
  return sources.map((s) => {
    try {
      return { ok: true, id: s.id, value: analyzeCompareSource(s) } as const;
    } catch (e) {
      return { ok: false, id: s.id, message: (e as Error).message } as const;
    }
  });
}

/** Compare analyses on a fixed set of worker threads. */
export interface AnalysisPool {
  readonly size: number;
  /** Analyses a batch on the least busy worker; rejects if that worker fails. */
  analyze(sources: CompareSourceRow[]): Promise<AnalysisOutcome[]>;
  /** Stops the workers; batches still out reject. */
  close(): Promise<void>;
}

/** Starts `size` compare workers from the built `compare-worker.js`. */
export function analysisPool(workerFile: string, size: number): AnalysisPool {
  let seq = 0;
  const workers = Array.from({ length: size }, () => {
    const w = new Worker(workerFile, { resourceLimits: HELPER_LIMITS });
    const waiting = new Map<number, { resolve: (out: AnalysisOutcome[]) => void; reject: (e: Error) => void }>();
    const slot = { w, waiting, alive: true };
    const failAll = (e: Error) => {
      slot.alive = false;
      for (const p of waiting.values()) p.reject(e);
      waiting.clear();
    };
    w.on('message', (m: AnalysisReply) => {
      waiting.get(m.seq)?.resolve(m.out);
      waiting.delete(m.seq);
    });
    w.on('error', (e) => failAll(new Error(`compare worker failed: ${e.message}`)));
    w.on('exit', (code) => failAll(new Error(`compare worker stopped (exit code ${code})`)));
    return slot;
  });
  return {
    size,
    analyze(sources) {
      const alive = workers.filter((x) => x.alive);
      if (alive.length === 0) return Promise.reject(new Error('compare worker: none left running'));
      const slot = alive.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
      const s = ++seq;
      return new Promise((resolve, reject) => {
        slot.waiting.set(s, { resolve, reject });
        slot.w.postMessage({ seq: s, sources } satisfies AnalysisRequest);
      });
    },
    async close() {
      for (const x of workers) x.alive = false;
      await Promise.all(workers.map((x) => x.w.terminate()));
    },
  };
}
