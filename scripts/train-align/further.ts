/**
 * `--further D1,D2`: the further-partner model (`src/core/compare/align-further.ts`), fitted and
 * measured out of fold. Its rows are the candidates the assignment leaves beside a paired
 * sentence; each event's rows are collected as an unseen event's would be, with the first model
 * that left that event out, at `--further-at` (the shipped threshold). Then, per event left out,
 * trees fitted on the other events' rows join that event's first model, at every threshold of the
 * grid (the further model's own threshold that plus each Δ). Nested only in part: the first model
 * that collected event x's rows saw the event left out (its labels, never its rows here).
 */
import { writeFileSync } from 'node:fs';
import { alignPair } from '../../src/core/compare/align';
import { FURTHER_FEATURES } from '../../src/core/compare/align-further';
import { pairProbability, type PairModel } from '../../src/core/compare/align-pair';
import { fitPairTrees, type EventRow } from './boost';
import { emptyTally, tally, type Compare, type Tally } from './data';

export interface FurtherRun {
  dev: Compare[];
  events: string[];
  grid: number[];
  models: Map<string, PairModel>;
  opts: { candidateMin: number; showMin: number; minShared: number; furtherMin?: number; furtherDefer?: boolean };
}

/** Every further-partner row of an event, labelled, with the first model that left it out at `at`. */
export function furtherRows(run: FurtherRun, at: number): EventRow[] {
  const out: EventRow[] = [];
  for (const c of run.dev) {
    const model = { ...run.models.get(c.set)!, threshold: at };
    alignPair(c.A, c.B, c.va, c.vb, c.maxIdf, { ...run.opts, model, further: null, collectFurther: (rows) => {
      for (const r of rows) out.push({ row: r.row, set: c.set, y: c.facts.some((f) => f.a.has(r.a) && f.b.has(r.b)) ? 1 : 0 });
    } });
  }
  return out;
}

export function fitFurther(rows: EventRow[]): PairModel {
  const pos = rows.filter((r) => r.y).length;
  const t = fitPairTrees(rows, (rows.length - pos) / Math.max(1, pos), { depths: [2], maxRounds: 400, step: 25 });
  return { kind: 'trees', features: FURTHER_FEATURES, base: t.base, trees: t.trees, threshold: 0.5 };
}

/** Out of fold, per event and threshold, for each Δ; writes `FILE.further-Δ.json` beside `--oof-out FILE`. */
export function furtherOutOfFold(run: FurtherRun, at: number, deltas: number[], oofOut: string, dumpFile = ''): Map<number, Map<string, Tally[]>> {
  const rows = furtherRows(run, at);
  console.log(`further rows: ${rows.length}, ${rows.filter((r) => r.y).length} state a fact`);
  const res = new Map(deltas.map((d) => [d, new Map<string, Tally[]>()]));
  const dump: string[] = [];
  for (const e of run.events) {
    const m2 = fitFurther(rows.filter((r) => r.set !== e));
    // Each row with its out-of-fold probability, for `--further-dump` (what the model tells apart, beside its features alone).
    for (const r of rows.filter((x) => x.set === e)) dump.push(JSON.stringify({ set: e, y: r.y, p2: Math.round(pairProbability(r.row, m2) * 1000) / 1000, row: Object.fromEntries(FURTHER_FEATURES.map((n, j) => [n, Math.round(r.row[j]! * 1000) / 1000])) }));
    const m1 = run.models.get(e)!;
    for (const d of deltas) {
      res.get(d)!.set(e, run.grid.map((threshold) => {
        const t = emptyTally();
        for (const c of run.dev.filter((x) => x.set === e)) tally(c, { ...run.opts, model: { ...m1, threshold }, further: { ...m2, threshold: threshold + d } }, t);
        return t;
      }));
    }
  }
  if (dumpFile) writeFileSync(dumpFile, dump.join('\n') + '\n');
  for (const [d, oof] of res) if (oofOut) writeFileSync(`${oofOut}.further${d}.json`, JSON.stringify({ kind: 'oof', args: ['--further', String(d)], grid: run.grid, events: Object.fromEntries(oof) }) + '\n');
  return res;
}
